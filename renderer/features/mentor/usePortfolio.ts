// The portfolio list and its changes: load, add, update, remove, take from incoming dossiers; one message at a time.
import { useCallback, useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { call } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

export interface Message { text: string; bad?: boolean }

export function usePortfolio() {
  const { lang } = useI18n();
  const t = useMessages(M);
  const [rows, setRows] = useState<PortfolioRow[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setRows(await call('portfolio.list', {}));
    } catch (e) {
      setMessage({ text: t('loadFailed', { message: plainError(e, lang, '') }), bad: true });
    }
  }, [lang]); // t follows lang

  useEffect(() => { void reload(); }, [reload]);

  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ text: await what() });
      await reload();
      return true;
    } catch (e) {
      setMessage({ text: t('saveFailed', { message: plainError(e, lang, '') }), bad: true });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    rows, message, setMessage, busy, reload,
    add: (i: InputOf<'portfolio.add'>) => run(async () => t('added', { name: (await call('portfolio.add', i)).name })),
    update: (i: InputOf<'portfolio.update'>) => run(async () => t('saved', { name: (await call('portfolio.update', i)).name })),
    remove: (r: PortfolioRow) => run(async () => { await call('portfolio.remove', { id: r.id }); return t('removed', { name: r.name }); }),
    fromDossiers: () => run(async () => {
      const s = await call('portfolio.fromDossiers', {});
      return s.created + s.updated + s.records === 0 ? t('syncedNothing') : t('synced', { created: s.created, updated: s.updated, records: s.records });
    }),
  };
}
