// State of the incoming-dossiers screen: the list, region names, and one import at a time (upload, check, outcome).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { DossierRow } from '../../../shared/api/contract-dossier';
import { call, callResult } from '../../api/client';
import type { UploadJob } from '../../api/upload-swanilai';
import { useSwanilaiImport, type ImportOutcome } from '../dossier/useSwanilaiImport';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { M } from './messages';

type Problem = OutputOf<'dossier.importUpload'>['problems'][number];
export type Job = UploadJob;
export type Outcome = ImportOutcome<{ lks: string; version: number; id: number }, Problem>;

export function useInbox() {
  const { lang } = useI18n();
  const t = useMessages(M);
  const [rows, setRows] = useState<DossierRow[] | null>(null);
  const [regions, setRegions] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const texts = useRef({ lang, network: t('errNetwork') });
  texts.current = { lang, network: t('errNetwork') };

  const reload = useCallback(async (): Promise<DossierRow[] | null> => {
    try {
      const list = await call('dossier.list', {});
      setRows(list);
      setLoadError(null);
      // Names for the province and regency of every row (resolve takes at most 10 codes per call).
      const codes = [...new Set(list.flatMap((r) => [r.region.province, r.region.regency]).filter((c): c is string => !!c))];
      const names: Record<string, string> = {};
      for (let i = 0; i < codes.length; i += 10) {
        const r = await callResult('regions.resolve', { codes: codes.slice(i, i + 10) });
        if (r.ok) Object.assign(names, r.value);
      }
      setRegions(names);
      return list;
    } catch (e) {
      setLoadError(plainError(e, texts.current.lang, texts.current.network));
      return null;
    }
  }, []);

  useEffect(() => { void reload(); }, [reload]);

  const { job, outcome, importFile } = useSwanilaiImport(
    (uploadId) => call('dossier.importUpload', { uploadId }),
    async (imported) => {
      const row = (await reload())?.find((d) => d.id === imported.id);
      return { lks: row?.lksName ?? '', version: imported.version, id: imported.id };
    },
    { network: t('errNetwork'), tooLarge: t('tooLarge'), wrongKind: t('notDossier') },
    // Opened dossiers, and opened files that are neither kind (refused here, where a dossier was expected).
    { kinds: ['dossier', 'unknown'], send: (id) => call('dossier.importPending', { id }) },
  );

  return { rows, regions, loadError, job, outcome, importFile, reload };
}
