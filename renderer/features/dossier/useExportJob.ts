// Runs one background export: start, poll its status until it ends, cancel; the screen only renders the state.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus } from '../../../shared/api/contract-dossier-export';
import { call } from '../../api/client';

export type JobView =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; jobId: string; result: NonNullable<ExportJobStatus['result']>; path?: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const POLL_MS = 150;

export function useExportJob() {
  const [view, setView] = useState<JobView>({ kind: 'idle' });
  const live = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => { live.current = false; clearTimeout(timer.current); }, []);

  const poll = useCallback(async (jobId: string) => {
    if (!live.current) return;
    try {
      const s = await call('dossier.exportStatus', { jobId });
      if (!live.current) return;
      if (s.state === 'running') {
        setView((v) => ({ kind: 'running', jobId, done: s.done, total: s.total, cancelling: v.kind === 'running' && v.cancelling }));
        timer.current = setTimeout(() => void poll(jobId), POLL_MS);
      } else if (s.state === 'done' && s.result) setView({ kind: 'done', jobId, result: s.result, path: s.path });
      else if (s.state === 'cancelled') setView({ kind: 'cancelled' });
      else setView({ kind: 'failed', message: s.error?.message ?? '' });
    } catch (e) {
      if (live.current) setView({ kind: 'failed', message: (e as Error).message });
    }
  }, []);

  const start = useCallback(async (roundId: number, language: 'id' | 'en') => {
    setView({ kind: 'running', jobId: '', done: 0, total: 0, cancelling: false });
    try {
      const { jobId } = await call('dossier.exportStart', { roundId, language });
      setView({ kind: 'running', jobId, done: 0, total: 0, cancelling: false });
      void poll(jobId);
    } catch (e) {
      setView({ kind: 'failed', message: (e as Error).message });
    }
  }, [poll]);

  /** Picks up the round's export that is running (or just finished) after the screen was reloaded or reopened. */
  const resume = useCallback(async (roundId: number) => {
    try {
      const { jobId } = await call('dossier.exportCurrent', { roundId });
      if (jobId && live.current) void poll(jobId);
    } catch {
      /* nothing to resume: the screen offers a new export */
    }
  }, [poll]);

  const cancel = useCallback(async () => {
    if (view.kind !== 'running' || !view.jobId) return;
    setView({ ...view, cancelling: true });
    // The next status poll reports "cancelled" (or "done" when the file was finished first).
    await call('dossier.exportCancel', { jobId: view.jobId }).catch(() => {});
  }, [view]);

  const reset = useCallback(() => setView({ kind: 'idle' }), []);
  return { view, start, cancel, reset, resume };
}
