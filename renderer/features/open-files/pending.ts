// Files the host was asked to open (desktop double-click or drop, web host --open-file): the app goes to the screen
// that imports that kind, and that screen's import hook takes the file (usePendingOpenFiles). The renderer only
// ever sees an id, a name and a kind; the path stays in the back end.
import { useEffect, useRef } from 'react';
import type { PendingOpenFile } from '../../../shared/api/contract-open-files';
import { call } from '../../api/client';

/** Fired after routing, so a screen that is already open looks again (no remount happens then). */
const PENDING_EVENT = 'swanilai:pending-open-files';

/** A dossier (or a file that is neither, refused there like a wrong pick) goes to Berkas masuk; a review file to Berkas akreditasi. */
export function screenFor(kind: PendingOpenFile['kind']): 'assessor' | 'dossier' {
  return kind === 'review' ? 'dossier' : 'assessor';
}

/** Ids already handed to an import in this page: a second look (focus, event) must not import the same file twice. */
const attempted = new Set<string>();

async function pendingFiles(): Promise<PendingOpenFile[]> {
  try {
    return (await call('app.pendingOpenFiles', {})).files.filter((f) => !attempted.has(f.id));
  } catch {
    return []; // an older back end or a damaged workspace: nothing to open, the app works as before
  }
}

async function routePending(): Promise<void> {
  const [first] = await pendingFiles();
  if (!first) return;
  const target = `#/${screenFor(first.kind)}`;
  if (window.location.hash !== target) window.location.hash = target;
  window.dispatchEvent(new Event(PENDING_EVENT));
}

/**
 * Looks for pending files at start and whenever the window gets focus again: the desktop app focuses its window
 * when a second launch or the OS hands it a file, so no extra channel is needed for that.
 */
export function watchPendingOpenFiles(): void {
  void routePending();
  window.addEventListener('focus', () => void routePending());
}

/**
 * For an import screen: hands each pending file of the given kinds to `take` (one at a time, oldest first), at
 * mount and whenever routing announces new files. `take` resolves when the import has finished.
 */
export function usePendingOpenFiles(kinds: readonly PendingOpenFile['kind'][], take: (file: PendingOpenFile) => Promise<void>): void {
  const latest = useRef({ kinds, take });
  latest.current = { kinds, take };
  useEffect(() => {
    let running = false;
    let stopped = false;
    const look = async () => {
      if (running) return;
      running = true;
      try {
        for (;;) {
          const next = (await pendingFiles()).find((f) => latest.current.kinds.includes(f.kind));
          if (!next || stopped) break;
          attempted.add(next.id);
          await latest.current.take(next);
        }
      } finally {
        running = false;
      }
    };
    void look();
    const onEvent = () => void look();
    window.addEventListener(PENDING_EVENT, onEvent);
    return () => { stopped = true; window.removeEventListener(PENDING_EVENT, onEvent); };
  }, []);
}

/** The refusal for a file that is neither a dossier nor a review file, in the same shape as the verifier's problems. */
export const NOT_SWANILAI_PROBLEM = {
  code: 'NOT_SWANILAI',
  message: {
    id: 'bukan berkas Swanilai yang dikenal (dossier akreditasi atau berkas tinjauan BALKS).',
    en: 'not a known Swanilai file (an accreditation dossier or a BALKS review file).',
  },
};
