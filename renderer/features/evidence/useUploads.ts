// An upload queue: files are sent one after another in chunks, with progress, cancel and duplicate detection.
import { useCallback, useRef, useState } from 'react';
import { MAX_EVIDENCE_BYTES, type EvidenceItem, type EvidenceLink } from '../../../shared/api/contract-evidence';
import { call, uploadFile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from './helpers';
import { M } from './messages';

export type JobStatus = 'waiting' | 'uploading' | 'done' | 'duplicate' | 'failed' | 'cancelled';
export interface UploadJob { key: number; name: string; size: number; sent: number; status: JobStatus; error?: string; title?: string }

interface Queued { key: number; file: File; ctrl: AbortController }

export interface UploadOptions {
  /** Link each stored file to this item (the attach component); the locker screen passes nothing. */
  link?: EvidenceLink;
  /** Kind given to newly stored files. */
  kind?: string | null;
  onStored(item: EvidenceItem, duplicate: boolean): void;
}

let nextKey = 1;

export function useUploads(options: UploadOptions) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const [jobs, setJobs] = useState<UploadJob[]>([]);
  const queue = useRef<Queued[]>([]);
  const active = useRef<Queued | null>(null);
  const opts = useRef(options);
  opts.current = options;
  const texts = useRef({ lang, network: t('errNetwork'), tooLarge: t('tooLarge') });
  texts.current = { lang, network: t('errNetwork'), tooLarge: t('tooLarge') };

  const patch = useCallback((key: number, p: Partial<UploadJob>) => setJobs((js) => js.map((j) => (j.key === key ? { ...j, ...p } : j))), []);

  const pump = useCallback(async () => {
    if (active.current) return;
    while (queue.current.length) {
      const q = queue.current.shift()!;
      active.current = q;
      patch(q.key, { status: 'uploading', sent: 0 });
      let lastPaint = 0;
      try {
        const uploadId = await uploadFile(q.file, (p) => {
          // Repaint at most ~10 times a second; the final chunk always shows.
          const now = performance.now();
          if (p.sent === p.total || now - lastPaint > 100) { lastPaint = now; patch(q.key, { sent: p.sent }); }
        }, q.ctrl.signal);
        if (q.ctrl.signal.aborted) {
          void call('evidence.uploadCancel', { uploadId }).catch(() => {});
          patch(q.key, { status: 'cancelled' });
          continue;
        }
        const { link, kind } = opts.current;
        const r = await call('evidence.uploadFinish', { uploadId, meta: kind ? { kind } : {}, ...(link ? { link } : {}) });
        patch(q.key, { status: r.duplicate ? 'duplicate' : 'done', sent: q.file.size, title: r.evidence.title });
        opts.current.onStored(r.evidence, r.duplicate);
      } catch (e) {
        if (q.ctrl.signal.aborted) patch(q.key, { status: 'cancelled' });
        else patch(q.key, { status: 'failed', error: plainError(e, texts.current.lang, texts.current.network) });
      } finally {
        active.current = null;
      }
    }
  }, [patch]);

  const add = useCallback((files: Iterable<File>) => {
    const added: UploadJob[] = [];
    for (const file of files) {
      const key = nextKey++;
      if (file.size > MAX_EVIDENCE_BYTES) {
        added.push({ key, name: file.name, size: file.size, sent: 0, status: 'failed', error: texts.current.tooLarge });
        continue;
      }
      added.push({ key, name: file.name, size: file.size, sent: 0, status: 'waiting' });
      queue.current.push({ key, file, ctrl: new AbortController() });
    }
    setJobs((js) => [...js, ...added]);
    void pump();
  }, [pump]);

  const cancel = useCallback((key: number) => {
    if (active.current?.key === key) { active.current.ctrl.abort(); return; }
    queue.current = queue.current.filter((q) => q.key !== key);
    patch(key, { status: 'cancelled' });
  }, [patch]);

  /** Drops finished rows from the list (uploads still running stay). */
  const clearFinished = useCallback(() => setJobs((js) => js.filter((j) => j.status === 'waiting' || j.status === 'uploading')), []);

  const busy = jobs.some((j) => j.status === 'waiting' || j.status === 'uploading');
  return { jobs, add, cancel, clearFinished, busy };
}
