// Debounced autosave: saves the latest valid value shortly after the last change and when the page is hidden.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'failed'; message: string };

export function useAutosave<T>(save: (value: T, opts: { keepalive: boolean }) => Promise<void>, delayMs = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (keepalive = false) => {
    if (timer.current) { clearTimeout(timer.current); timer.current = null; }
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(value, { keepalive });
      setState({ kind: 'saved', at: new Date() });
    } catch (e) {
      // Keep the unsaved value so the next change or flush retries it.
      pending.current ??= value;
      setState({ kind: 'failed', message: (e as Error).message });
    }
  }, []);

  const schedule = useCallback((value: T) => {
    pending.current = value;
    // Never show "Tersimpan" for an edit that is still waiting for its save.
    setState({ kind: 'saving' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs, flush]);

  const markInvalid = useCallback(() => {
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    setState({ kind: 'invalid' });
  }, []);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(true); };
    const onUnload = () => void flush(true);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onUnload);
      void flush(true); // leaving the screen saves what is pending
    };
  }, [flush]);

  return { state, schedule, markInvalid, flush };
}
