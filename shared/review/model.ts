// The BALKS review of a dossier: states, per-item assessor answers, and the signed review file sent back to the LKS.
import { z } from 'zod';

/** One workflow for the dossier and for each item: submitted → under review → needs fixing → fixed → scored. */
export const REVIEW_STATES = ['diajukan', 'ditinjau', 'perlu-perbaikan', 'diperbaiki', 'dinilai'] as const;
export const ReviewState = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewState>;

export const REVIEW_FORMAT = 'swanilai-review';
export const REVIEW_FORMAT_VERSION = 1;

/** Self-scores this far apart from the assessor's level need a comment before the review can be final. */
export const COMMENT_GAP = 2;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
const Code = z.string().min(1).max(40);
const Text = (max: number) => z.string().max(max);

/** The assessor's answer to one indicator or GCG item, with the visit observation and the requested revision. */
export const ReviewItem = z.object({
  target: z.enum(['indicator', 'gcg']),
  code: Code,
  level: z.number().int().min(0).max(10).nullable(),
  notApplicable: z.boolean(),
  reason: Text(1000).nullable(),
  gcgValue: z.enum(['met', 'partial', 'not-met', 'na']).nullable(),
  note: Text(4000).nullable(),
  observation: Text(8000).nullable(),
  state: ReviewState,
  revisionRequest: Text(2000).nullable(),
  updatedAt: Iso,
}).strict();
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewLogEntry = z.object({ at: Iso, action: z.string().max(40), detail: Text(2000).nullable() }).strict();
export type ReviewLogEntry = z.infer<typeof ReviewLogEntry>;

export const ReviewResults = z.object({
  total: z.number().nullable(), grade: z.string().nullable(), typology: z.string().nullable(), gcg: z.number().nullable(),
  complete: z.boolean(), note: z.object({ id: z.string(), en: z.string() }),
}).strict();

/** manifest.json of a review file (format swanilai-review); signed like a dossier (manifest.sig). */
export const ReviewManifest = z.object({
  format: z.literal(REVIEW_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: Text(40),
  createdAt: Iso,
  /** Stable for one review (all its files); the LKS keeps the newest file per review. */
  reviewUid: z.string().uuid(),
  /** The dossier this review answers: its id and the digest of its signed manifest. */
  answers: z.object({ dossierId: z.string().uuid(), manifestSha256: Sha256, roundUid: Text(120), lksName: Text(300).nullable() }).strict(),
  sender: z.object({ publicKey: Text(200), fingerprint: Text(80) }).strict(),
  assessor: z.object({ name: Text(200).nullable() }).strict(),
  state: ReviewState,
  final: z.boolean(),
  finalizedAt: Iso.nullable(),
  summary: z.object({ visit: Text(20000).nullable(), findings: Text(20000).nullable(), recommendation: Text(20000).nullable() }).strict(),
  items: z.array(ReviewItem).max(5000),
  results: ReviewResults,
  log: z.array(ReviewLogEntry).max(10000),
  /** Entries besides manifest.json and manifest.sig (the report DOCX), with their digests. */
  entries: z.array(z.object({ path: z.string().regex(/^documents\/[a-z0-9-]{1,60}\.docx$/), sha256: Sha256, size: z.number().int().min(0) }).strict()).max(5),
}).strict();
export type ReviewManifest = z.infer<typeof ReviewManifest>;

/** Which state changes a user may make by hand (imports move states too: a new dossier version → diperbaiki). */
export const ALLOWED_MOVES: Record<ReviewState, ReviewState[]> = {
  diajukan: ['ditinjau'],
  ditinjau: ['perlu-perbaikan', 'dinilai'],
  'perlu-perbaikan': ['ditinjau', 'diperbaiki'],
  diperbaiki: ['ditinjau', 'perlu-perbaikan', 'dinilai'],
  dinilai: ['ditinjau'],
};
