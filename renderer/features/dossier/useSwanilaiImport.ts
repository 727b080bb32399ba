// One .swanilai import at a time (a dossier on the BALKS side, a review file on the LKS side): check the file,
// upload it with progress, ask the back end to import it, and keep the outcome the screen shows. A file the host was
// asked to open (double-click, --open-file) takes the same path minus the upload: the back end reads it by id.
import { useCallback, useRef, useState } from 'react';
import type { PendingOpenFile } from '../../../shared/api/contract-open-files';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { swanilaiFileProblem, uploadSwanilai, type UploadJob } from '../../api/upload-swanilai';
import { NOT_SWANILAI_PROBLEM, usePendingOpenFiles } from '../open-files/pending';

export type ImportOutcome<Done, Problem> =
  | ({ kind: 'imported' | 'already'; name: string } & Done)
  | { kind: 'refused'; name: string; problems: Problem[] }
  | { kind: 'failed'; name: string; message: string };

interface Answer<Imported, Problem> { ok: boolean; imported: (Imported & { alreadyImported: boolean }) | null; problems: Problem[] }

export interface ImportTexts { network: string; tooLarge: string; wrongKind: string }

/** Which opened files this screen imports (by id) and how; 'unknown' ones listed here are refused on this screen. */
export interface PendingImport<Imported, Problem> {
  kinds: readonly PendingOpenFile['kind'][];
  send(id: string): Promise<Answer<Imported, Problem>>;
}

/**
 * `send` imports an uploaded file; `done` turns what was imported into the outcome's details (after reloading what
 * the screen lists). `texts` is read when a message is needed, so the current language is used.
 */
export function useSwanilaiImport<Imported, Problem, Done>(
  send: (uploadId: string) => Promise<Answer<Imported, Problem>>,
  done: (imported: Imported) => Promise<Done>,
  texts: ImportTexts,
  pending?: PendingImport<Imported, Problem>,
) {
  const { lang } = useI18n();
  const [job, setJob] = useState<UploadJob | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<Done, Problem> | null>(null);
  const busy = useRef(false);
  const latest = useRef({ send, done, texts, lang });
  latest.current = { send, done, texts, lang };

  /** Runs one import (getting the answer may upload first) and keeps its outcome. */
  const run = useCallback(async (name: string, answer: () => Promise<Answer<Imported, Problem>>) => {
    busy.current = true;
    setOutcome(null);
    try {
      const r = await answer();
      if (!r.ok || !r.imported) setOutcome({ kind: 'refused', name, problems: r.problems });
      else setOutcome({ kind: r.imported.alreadyImported ? 'already' : 'imported', name, ...(await latest.current.done(r.imported)) });
    } catch (e) {
      setOutcome({ kind: 'failed', name, message: plainError(e, latest.current.lang, latest.current.texts.network) });
    } finally {
      busy.current = false;
      setJob(null);
    }
  }, []);

  const importFile = useCallback(async (file: File) => {
    if (busy.current) return;
    const { texts: x } = latest.current;
    const bad = swanilaiFileProblem(file);
    if (bad) { setOutcome({ kind: 'failed', name: file.name, message: bad === 'tooLarge' ? x.tooLarge : x.wrongKind }); return; }
    await run(file.name, async () => latest.current.send(await uploadSwanilai(file, setJob)));
  }, [run]);

  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  usePendingOpenFiles(pending?.kinds ?? [], async (file) => {
    const p = pendingRef.current;
    if (!p) return;
    // Another import is running (a picked file): the opened one waits for it rather than being dropped.
    while (busy.current) await new Promise((r) => setTimeout(r, 200));
    if (file.kind === 'unknown') {
      // Refused like a verifier refusal (nothing imported), and dropped from the list so it is not offered again.
      await call('app.dismissPending', { id: file.id }).catch(() => {});
      setOutcome({ kind: 'refused', name: file.name, problems: [NOT_SWANILAI_PROBLEM as Problem] });
      return;
    }
    // Nothing to upload: the back end reads the file itself, so the progress shows the check straight away.
    await run(file.name, () => { setJob({ name: file.name, phase: 'checking', pct: 100 }); return p.send(file.id); });
  });

  return { job, outcome, importFile };
}
