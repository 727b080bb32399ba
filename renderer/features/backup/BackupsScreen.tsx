// Backups (#/backups): the list with dates, kinds and sizes, "back up now", and a restore after confirming. The same
// screen is the recovery screen when the database is damaged (App shows it instead of everything else).
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { BackupInfo } from '../../../shared/api/contract-backup';
import { bytes } from '../../../shared/format';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { B } from './messages';
import './backup.css';

type Listing = OutputOf<'backup.list'>;

export function BackupsScreen() {
  const { lang } = useI18n();
  const t = useMessages(B);
  const [list, setList] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'create' | 'restore' | null>(null);
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const reload = useCallback(async () => {
    try {
      setList(await call('backup.list', {}));
      setError(null);
    } catch (e) {
      setError(t('loadError', { message: plainError(e, lang, '') }));
    }
  }, [lang]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { void reload(); }, [reload]);

  const create = async () => {
    setBusy('create');
    setNotice(null);
    try {
      const b = await call('backup.create', {});
      setNotice(t('created', { size: bytes(b.size, lang) }));
      await reload();
    } catch (e) {
      setError(t('failed', { message: plainError(e, lang, '') }));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (b: BackupInfo) => {
    setBusy('restore');
    try {
      await call('backup.restore', { id: b.id, confirm: true });
      setAsking(null);
      setNotice(t('restored', { date: when(b.createdAt) }));
      // Every screen holds state read from the old database: start the app afresh on the restored one.
      window.setTimeout(() => { window.location.hash = '#/backups'; window.location.reload(); }, 1200);
    } catch (e) {
      setAsking(null);
      setError(t('failed', { message: plainError(e, lang, '') }));
      setBusy(null);
    }
  };

  const damaged = list?.damaged ?? null;
  return (
    <section className="bk-screen">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <button className="btn" onClick={() => void create()} disabled={busy !== null || !!damaged}>{busy === 'create' ? t('creating') : t('create')}</button>
      </ScreenHeader>
      {damaged && (
        <div className="notice bad bk-damaged" role="alert">
          <h2>{t('damagedTitle')}</h2>
          <p>{t('damagedBody')}</p>
          <p className="muted bk-small">{damaged.message}</p>
          {list && list.backups.length === 0 && <p><strong>{t('damagedNoBackup')}</strong></p>}
        </div>
      )}
      {notice && <p className="notice ok" role="status">{notice}</p>}
      {error && <p className="notice bad" role="alert">{error}</p>}
      {list && <p className="muted bk-small">{t('keep', { days: list.retention.days, weeks: list.retention.weeks, manual: list.retention.manual, events: list.retention.perEvent })}</p>}
      {!list && !error && <p className="muted" aria-busy="true">…</p>}
      {list && list.backups.length === 0 && !damaged && <p className="empty">{t('empty')}</p>}
      {list && list.backups.length > 0 && (
        <table className="data bk-table" data-testid="backups">
          <thead><tr><th scope="col">{t('colDate')}</th><th scope="col">{t('colReason')}</th><th scope="col" className="num">{t('colSize')}</th><th scope="col">{t('colAction')}</th></tr></thead>
          <tbody>
            {list.backups.map((b) => (
              <tr key={b.id} data-id={b.id}>
                <td><time dateTime={b.createdAt}>{when(b.createdAt)}</time></td>
                <td>{t(`reason.${b.reason}`)}</td>
                <td className="num">{bytes(b.size, lang)}</td>
                <td><button className="btn secondary small" onClick={() => setAsking(b)} disabled={busy !== null} aria-label={`${t('restore')} ${when(b.createdAt)}`}>{t('restore')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <Dialog title={t('confirmTitle')} onClose={() => { if (busy !== 'restore') setAsking(null); }}>
          <p>{t('confirmBody', { date: when(asking.createdAt) })}</p>
          <p className="muted">{damaged ? t('confirmDamaged') : t('confirmSafe')}</p>
          <div className="dialog-buttons">
            <button className="btn secondary" data-autofocus onClick={() => setAsking(null)} disabled={busy === 'restore'}>{t('cancel')}</button>
            <button className="btn danger" onClick={() => void restore(asking)} disabled={busy === 'restore'}>{busy === 'restore' ? t('restoring') : t('confirmYes')}</button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
