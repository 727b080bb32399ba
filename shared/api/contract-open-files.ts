// Contract entries for files the host was asked to open: a double-clicked or dropped *.swanilai file on the desktop,
// `npm run start:web -- --open-file FILE` on the web host. The host (never the renderer) registers the path; the
// renderer sees only an id, a name, a size and the kind read from the file's manifest, then imports it by id.
import { z } from 'zod';
import { DossierProblem } from './contract-dossier';

const Id = z.number().int().positive();
/** The opaque handle of one pending file (random, 32 hex digits); the path itself never reaches the renderer. */
export const PendingId = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * kind comes from the `format` in the file's manifest.json (dossier or review), never from the file name:
 * 'unknown' for anything else (not a zip, no manifest, another format); importing it is then refused.
 */
export const PendingOpenFile = z.object({
  id: PendingId,
  name: z.string(),
  size: z.number().int().nonnegative(),
  kind: z.enum(['dossier', 'review', 'unknown']),
});
export type PendingOpenFile = z.infer<typeof PendingOpenFile>;

export const openFilesContract = {
  /** Files waiting to be imported, oldest first; each stays listed until imported or dismissed. */
  'app.pendingOpenFiles': {
    input: z.object({}).strict(),
    output: z.object({ files: z.array(PendingOpenFile) }),
  },
  /** Drops a pending file without importing it (the file on disk is left alone). */
  'app.dismissPending': {
    input: z.object({ id: PendingId }).strict(),
    output: z.object({ dismissed: z.boolean() }),
  },
  /**
   * Verifies and imports a pending dossier as dossier.importUpload does (same answer shape); the entry leaves the
   * list whatever the outcome, the user's file is never moved or deleted. NOT_FOUND for an unknown id.
   */
  'dossier.importPending': {
    input: z.object({ id: PendingId }).strict(),
    output: z.object({
      ok: z.boolean(),
      problems: z.array(DossierProblem),
      imported: z.object({ id: Id, alreadyImported: z.boolean(), version: z.number().int() }).nullable(),
    }),
  },
  /** The same for a review file, answered as review.importUpload is. */
  'review.importPending': {
    input: z.object({ id: PendingId }).strict(),
    output: z.object({
      ok: z.boolean(),
      problems: z.array(DossierProblem),
      imported: z.object({ id: Id, alreadyImported: z.boolean(), assessmentId: Id.nullable() }).nullable(),
    }),
  },
} as const;
