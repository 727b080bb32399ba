// Contract entries for receiving dossiers (BALKS / BK3S side): verify a file, import it read-only, list and open imports.
import { z } from 'zod';

const Id = z.number().int().positive();
/** Desktop and CLI pass a local path; the web host will upload the file instead (transport not built yet). */
const FilePath = z.object({ path: z.string().min(1).max(4000) }).strict();

export const DossierProblem = z.object({ code: z.string(), message: z.object({ id: z.string(), en: z.string() }), entry: z.string().optional() });

export const DossierSummary = z.object({
  dossierId: z.string(), formatVersion: z.number(), appVersion: z.string(), exportedAt: z.string(), lksName: z.string().nullable(),
  roundUid: z.string(), roundName: z.string(), signerFingerprint: z.string(), evidenceCount: z.number(), documentCount: z.number(), findingCount: z.number(),
});

export const DossierRow = z.object({
  id: Id, dossierId: z.string(), roundUid: z.string(), version: z.number().int(), lksName: z.string().nullable(), lksType: z.string().nullable(),
  region: z.object({ province: z.string().nullable(), regency: z.string().nullable(), district: z.string().nullable(), village: z.string().nullable() }),
  roundName: z.string(), exportedAt: z.string(), importedAt: z.string(), signerFingerprint: z.string(), integrity: z.literal('verified'), evidenceCount: z.number(),
});
export type DossierRow = z.infer<typeof DossierRow>;

export const dossierContract = {
  /** Checks a file without writing anything; `problems` names every reason when it is not sound. */
  'dossier.verify': { input: FilePath, output: z.object({ ok: z.boolean(), problems: z.array(DossierProblem), summary: DossierSummary.nullable() }) },
  /** Refused files fail with BAD_FILE and the problem list in details; the workspace is then unchanged. */
  'dossier.import': { input: FilePath, output: z.object({ id: Id, alreadyImported: z.boolean(), version: z.number().int() }) },
  'dossier.list': { input: z.object({}).strict(), output: z.array(DossierRow) },
  /** One import with its manifest summarised (the full snapshots stay in the database). */
  'dossier.get': {
    input: z.object({ id: Id }).strict(),
    output: DossierRow.extend({
      summary: DossierSummary, profile: z.unknown(), results: z.unknown(), findings: z.array(z.unknown()),
      evidence: z.array(z.object({ sha256: z.string(), size: z.number(), mediaType: z.string(), originalName: z.string(), title: z.string(), links: z.array(z.string()) })),
      documents: z.array(z.object({ path: z.string(), form: z.string(), title: z.object({ id: z.string(), en: z.string() }) })),
      instrument: z.object({ id: z.string(), version: z.string() }).nullable(),
    }),
  },
} as const;
