// Contract entries for sending a round to BALKS: the workspace's signing key, the pre-export check and the export.
import { z } from 'zod';
import { Finding } from '../dossier/manifest';

const Id = z.number().int().positive();
const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const ExportJobStatus = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Bytes written so far and the (estimated) total. */
  done: z.number(), total: z.number(),
  /** Only the file name: the full path is shown on the desktop alone (see `path`). */
  result: z.object({ fileName: z.string(), size: z.number(), sha256: z.string(), findings: z.number() }).optional(),
  /** The full path of the finished file, given to the desktop app only (it can show it in its folder). */
  path: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ExportJobStatus = z.infer<typeof ExportJobStatus>;

export const dossierExportContract = {
  /** The workspace's public key (created on first use) and the fingerprint the LKS reads to BALKS. */
  'workspace.key': { input: z.object({}).strict(), output: z.object({ fingerprint: z.string(), publicKey: z.string() }) },
  'dossier.precheck': { input: z.object({ roundId: Id }).strict(), output: z.array(Finding) },
  /**
   * Writes the round as a signed *.swanilai file. `out` (from the desktop's save dialog) must be an absolute path
   * ending in .swanilai; without it the file goes to the workspace's exports/ folder under a generated name.
   */
  'dossier.export': {
    input: z.object({
      roundId: Id,
      out: z.string().max(1000).refine((p) => /\.swanilai$/i.test(p) && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')), 'harus path absolut berakhiran .swanilai / must be an absolute path ending in .swanilai').optional(),
      language: z.enum(['id', 'en']).optional(),
    }).strict(),
    output: z.object({ path: z.string(), size: z.number(), sha256: z.string(), findings: z.array(Finding) }),
  },
  /** Starts an export in the background into exports/ under a generated name (the UI polls exportStatus). */
  'dossier.exportStart': { input: z.object({ roundId: Id, language: z.enum(['id', 'en']) }).strict(), output: z.object({ jobId: JobId }) },
  'dossier.exportStatus': { input: z.object({ jobId: JobId }).strict(), output: ExportJobStatus },
  /** The round's running export, else its newest finished one still kept (a reloaded screen picks it up); null if none. */
  'dossier.exportCurrent': { input: z.object({ roundId: Id }).strict(), output: z.object({ jobId: JobId.nullable() }) },
  /** Stops a running export; the half-written file is removed. `cancelled` is false when the job had already ended. */
  'dossier.exportCancel': { input: z.object({ jobId: JobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Desktop: reveals the finished job's file in the OS's file manager. */
  'dossier.exportShowInFolder': { input: z.object({ jobId: JobId }).strict(), output: z.object({ shown: z.boolean(), path: z.string() }) },
  /** Web host: a short-lived URL that downloads the finished job's file once (the session token never goes in a URL). */
  'dossier.exportTicket': { input: z.object({ jobId: JobId }).strict(), output: z.object({ url: z.string(), expiresAt: z.string() }) },
} as const;
