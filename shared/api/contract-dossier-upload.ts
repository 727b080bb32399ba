// Contract entries for receiving a dossier by upload: the file travels in chunks (as evidence does), then is imported.
import { z } from 'zod';
import { DossierProblem } from './contract-dossier';

/** 4 GiB: the largest *.swanilai file accepted by upload (evidence/limits.ts MAX_DOSSIER_UPLOAD_BYTES). */
export const MAX_DOSSIER_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

export const dossierUploadContract = {
  /** Starts a chunked upload (chunks go over the evidence blob channel; evidence.uploadCancel cancels it). */
  'dossier.uploadBegin': {
    input: z.object({ name: z.string().min(1).max(500), size: z.number().int().min(1).max(MAX_DOSSIER_UPLOAD_BYTES) }).strict(),
    output: z.object({ uploadId: z.string(), chunkSize: z.number() }),
  },
  /**
   * Verifies and imports the uploaded file, then deletes it whatever the outcome. A refused file is an answer, not
   * an error: `ok: false` with every problem found; the workspace is then unchanged.
   */
  'dossier.importUpload': {
    input: z.object({ uploadId: z.string().max(100) }).strict(),
    output: z.object({
      ok: z.boolean(),
      problems: z.array(DossierProblem),
      imported: z.object({ id: z.number().int().positive(), alreadyImported: z.boolean(), version: z.number().int() }).nullable(),
    }),
  },
} as const;
