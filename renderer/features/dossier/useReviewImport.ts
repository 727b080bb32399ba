// LKS side: the review files received for a round, importing one (uploaded like a dossier), and the "revised" marks.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { swanilaiFileProblem, uploadSwanilai, type UploadJob } from '../../api/upload-swanilai';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { R } from './messages-review';

export type Received = OutputOf<'review.received'>[number];
export type Mark = OutputOf<'revision.list'>['marks'][number];
type Problem = OutputOf<'review.importUpload'>['problems'][number];
export type Job = UploadJob;
export type Outcome =
  | { kind: 'imported' | 'already'; name: string; id: number; assessmentId: number | null }
  | { kind: 'refused'; name: string; problems: Problem[] }
  | { kind: 'failed'; name: string; message: string };

export function useReviewImport(roundId: number) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const [received, setReceived] = useState<Received[] | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = useRef(false);
  const texts = useRef({ lang, network: t('errNetwork'), tooLarge: t('tooLarge'), notSwanilai: t('notSwanilai') });
  texts.current = { lang, network: t('errNetwork'), tooLarge: t('tooLarge'), notSwanilai: t('notSwanilai') };

  const reload = useCallback(async () => {
    try {
      const [list, m] = await Promise.all([call('review.received', { assessmentId: roundId }), call('revision.list', { assessmentId: roundId })]);
      setReceived(list);
      setMarks(m.marks);
      setLoadError(null);
    } catch (e) {
      setLoadError(plainError(e, texts.current.lang, texts.current.network));
    }
  }, [roundId]);
  useEffect(() => { void reload(); }, [reload]);

  const importFile = useCallback(async (file: File) => {
    if (busy.current) return;
    const name = file.name;
    const bad = swanilaiFileProblem(file);
    if (bad) { setOutcome({ kind: 'failed', name, message: bad === 'tooLarge' ? texts.current.tooLarge : texts.current.notSwanilai }); return; }
    busy.current = true;
    setOutcome(null);
    try {
      const uploadId = await uploadSwanilai(file, setJob);
      const r = await call('review.importUpload', { uploadId });
      if (!r.ok || !r.imported) setOutcome({ kind: 'refused', name, problems: r.problems });
      else {
        await reload();
        setOutcome({ kind: r.imported.alreadyImported ? 'already' : 'imported', name, id: r.imported.id, assessmentId: r.imported.assessmentId });
      }
    } catch (e) {
      setOutcome({ kind: 'failed', name, message: plainError(e, texts.current.lang, texts.current.network) });
    } finally {
      busy.current = false;
      setJob(null);
    }
  }, [reload]);

  /** Marks an item revised (with the note) or clears the mark; the list comes back from the back end. */
  const mark = useCallback(async (target: 'indicator' | 'gcg', code: string, note: string | null, clear = false) => {
    const r = await call('revision.mark', { assessmentId: roundId, target, code, note: clear ? null : note?.trim() || null, ...(clear ? { clear: true } : {}) });
    setMarks(r.marks);
  }, [roundId]);

  return { received, marks, loadError, job, outcome, importFile, mark, reload };
}
