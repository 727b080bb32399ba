// One .swanilai import at a time (a dossier on the BALKS side, a review file on the LKS side): check the file,
// upload it with progress, ask the back end to import it, and keep the outcome the screen shows.
import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { swanilaiFileProblem, uploadSwanilai, type UploadJob } from '../../api/upload-swanilai';

export type ImportOutcome<Done, Problem> =
  | ({ kind: 'imported' | 'already'; name: string } & Done)
  | { kind: 'refused'; name: string; problems: Problem[] }
  | { kind: 'failed'; name: string; message: string };

interface Answer<Imported, Problem> { ok: boolean; imported: (Imported & { alreadyImported: boolean }) | null; problems: Problem[] }

export interface ImportTexts { network: string; tooLarge: string; wrongKind: string }

/**
 * `send` imports an uploaded file; `done` turns what was imported into the outcome's details (after reloading what
 * the screen lists). `texts` is read when a message is needed, so the current language is used.
 */
export function useSwanilaiImport<Imported, Problem, Done>(
  send: (uploadId: string) => Promise<Answer<Imported, Problem>>,
  done: (imported: Imported) => Promise<Done>,
  texts: ImportTexts,
) {
  const { lang } = useI18n();
  const [job, setJob] = useState<UploadJob | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<Done, Problem> | null>(null);
  const busy = useRef(false);
  const latest = useRef({ send, done, texts, lang });
  latest.current = { send, done, texts, lang };

  const importFile = useCallback(async (file: File) => {
    if (busy.current) return;
    const { texts: x } = latest.current;
    const name = file.name;
    const bad = swanilaiFileProblem(file);
    if (bad) { setOutcome({ kind: 'failed', name, message: bad === 'tooLarge' ? x.tooLarge : x.wrongKind }); return; }
    busy.current = true;
    setOutcome(null);
    try {
      const uploadId = await uploadSwanilai(file, setJob);
      const r = await latest.current.send(uploadId);
      if (!r.ok || !r.imported) setOutcome({ kind: 'refused', name, problems: r.problems });
      else setOutcome({ kind: r.imported.alreadyImported ? 'already' : 'imported', name, ...(await latest.current.done(r.imported)) });
    } catch (e) {
      setOutcome({ kind: 'failed', name, message: plainError(e, latest.current.lang, latest.current.texts.network) });
    } finally {
      busy.current = false;
      setJob(null);
    }
  }, []);

  return { job, outcome, importFile };
}
