// State of the incoming-dossiers screen: the list, region names, and one import at a time (upload, check, outcome).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { DossierRow } from '../../../shared/api/contract-dossier';
import { call, callResult } from '../../api/client';
import { swanilaiFileProblem, uploadSwanilai, type UploadJob } from '../../api/upload-swanilai';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { M } from './messages';

type Problem = OutputOf<'dossier.importUpload'>['problems'][number];
export type Job = UploadJob;
export type Outcome =
  | { kind: 'imported' | 'already'; name: string; lks: string; version: number; id: number }
  | { kind: 'refused'; name: string; problems: Problem[] }
  | { kind: 'failed'; name: string; message: string };

export function useInbox() {
  const { lang } = useI18n();
  const t = useMessages(M);
  const [rows, setRows] = useState<DossierRow[] | null>(null);
  const [regions, setRegions] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = useRef(false);
  const texts = useRef({ lang, network: t('errNetwork'), tooLarge: t('tooLarge'), notDossier: t('notDossier') });
  texts.current = { lang, network: t('errNetwork'), tooLarge: t('tooLarge'), notDossier: t('notDossier') };

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

  const importFile = useCallback(async (file: File) => {
    if (busy.current) return;
    const name = file.name;
    const bad = swanilaiFileProblem(file);
    if (bad) { setOutcome({ kind: 'failed', name, message: bad === 'tooLarge' ? texts.current.tooLarge : texts.current.notDossier }); return; }
    busy.current = true;
    setOutcome(null);
    try {
      const uploadId = await uploadSwanilai(file, setJob);
      const r = await call('dossier.importUpload', { uploadId });
      if (!r.ok || !r.imported) setOutcome({ kind: 'refused', name, problems: r.problems });
      else {
        const row = (await reload())?.find((d) => d.id === r.imported!.id);
        setOutcome({ kind: r.imported.alreadyImported ? 'already' : 'imported', name, lks: row?.lksName ?? '', version: r.imported.version, id: r.imported.id });
      }
    } catch (e) {
      setOutcome({ kind: 'failed', name, message: plainError(e, texts.current.lang, texts.current.network) });
    } finally {
      busy.current = false;
      setJob(null);
    }
  }, [reload]);

  return { rows, regions, loadError, job, outcome, importFile, reload };
}
