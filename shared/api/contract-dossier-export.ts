// Contract entries for sending a round to BALKS: the workspace's signing key, the pre-export check and the export.
import { z } from 'zod';
import { Finding } from '../dossier/manifest';

const Id = z.number().int().positive();

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
} as const;
