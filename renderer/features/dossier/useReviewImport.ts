// LKS side: the review files received for a round, importing one (uploaded like a dossier), and the "revised" marks.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import type { UploadJob } from '../../api/upload-swanilai';
import { useSwanilaiImport, type ImportOutcome } from './useSwanilaiImport';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { R } from './messages-review';

export type Received = OutputOf<'review.received'>[number];
export type Mark = OutputOf<'revision.list'>['marks'][number];
type Problem = OutputOf<'review.importUpload'>['problems'][number];
export type Job = UploadJob;
export type Outcome = ImportOutcome<{ id: number; assessmentId: number | null }, Problem>;

export function useReviewImport(roundId: number) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const [received, setReceived] = useState<Received[] | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const texts = useRef({ lang, network: t('errNetwork') });
  texts.current = { lang, network: t('errNetwork') };

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

  const { job, outcome, importFile } = useSwanilaiImport(
    (uploadId) => call('review.importUpload', { uploadId }),
    async (imported) => { await reload(); return { id: imported.id, assessmentId: imported.assessmentId }; },
    { network: t('errNetwork'), tooLarge: t('tooLarge'), wrongKind: t('notSwanilai') },
    { kinds: ['review'], send: (id) => call('review.importPending', { id }) },
  );

  /** Marks an item revised (with the note) or clears the mark; the list comes back from the back end. */
  const mark = useCallback(async (target: 'indicator' | 'gcg', code: string, note: string | null, clear = false) => {
    const r = await call('revision.mark', { assessmentId: roundId, target, code, note: clear ? null : note?.trim() || null, ...(clear ? { clear: true } : {}) });
    setMarks(r.marks);
  }, [roundId]);

  return { received, marks, loadError, job, outcome, importFile, mark, reload };
}
