// Contract entries for the BALKS review (assessor side) and for review files received back (LKS side).
import { z } from 'zod';
import { ReviewItem, ReviewLogEntry, ReviewManifest, ReviewState } from '../review/model';
import { DossierProblem } from './contract-dossier';

const Id = z.number().int().positive();
const Target = z.enum(['indicator', 'gcg']);
const Code = z.string().min(1).max(40);
const Lang = z.enum(['id', 'en']).default('id');

export const ReviewMeta = z.object({
  id: Id, reviewUid: z.string(), roundUid: z.string(), dossierImportId: Id, blind: z.boolean(), state: ReviewState,
  assessorName: z.string().nullable(), visitSummary: z.string().nullable(), findings: z.string().nullable(), recommendation: z.string().nullable(),
  revisionComment: z.string().nullable(), finalAt: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
});
export type ReviewMeta = z.infer<typeof ReviewMeta>;

export const ReviewListRow = z.object({
  id: Id, reviewUid: z.string(), dossierImportId: Id, version: z.number(), lksName: z.string().nullable(), state: ReviewState,
  final: z.boolean(), blind: z.boolean(), scored: z.number(), needComment: z.number(), updatedAt: z.string(),
});
export type ReviewListRow = z.infer<typeof ReviewListRow>;

const ItemView = ReviewItem.extend({ needsComment: z.boolean() });
const SelfView = z.union([
  z.object({ hidden: z.literal(true), note: z.string().nullable(), reason: z.null(), notApplicable: z.literal(false) }),
  z.object({
    hidden: z.literal(false), level: z.number().nullable(), notApplicable: z.boolean(), reason: z.string().nullable(),
    gcgValue: z.string().nullable(), note: z.string().nullable(), updatedAt: z.string(),
  }),
]);
const StoredLike = z.object({ level: z.number().nullable(), notApplicable: z.boolean(), reason: z.string().nullable(), gcgValue: z.string().nullable(), note: z.string().nullable() }).passthrough();

export const ReviewDetail = z.object({
  review: ReviewMeta, version: z.number(), dossierId: z.string(),
  dossiers: z.array(z.object({ id: Id, version: z.number(), exportedAt: z.string() })),
  lks: z.object({ name: z.string().nullable(), lksType: z.string().nullable(), region: z.record(z.string(), z.string().optional()) }),
  roundName: z.string(), exportedAt: z.string(),
  /** The dossier's own instrument and checklist snapshots (not the app's current ones). */
  instrument: z.unknown(), checklist: z.unknown().nullable(), profile: z.unknown(),
  evidence: z.array(z.object({ sha256: z.string(), size: z.number(), mediaType: z.string(), originalName: z.string(), title: z.string(), kind: z.string().nullable(), expiryDate: z.string().nullable(), links: z.array(z.string()) })),
  findings: z.array(z.unknown()),
  /** "indicator:CODE" / "gcg:CODE" → the LKS's answer, or hidden (blind review, not scored by the assessor yet). */
  self: z.record(z.string(), SelfView),
  /** The LKS's own totals; null while blind and not everything is scored. */
  selfResults: z.unknown().nullable(),
  items: z.record(z.string(), ItemView),
  revisions: z.object({ reviewUid: z.string().nullable(), items: z.array(z.object({ target: Target, code: z.string(), note: z.string().nullable(), markedAt: z.string() })) }).nullable(),
  changes: z.object({ fromVersion: z.number(), list: z.array(z.object({ target: Target, code: z.string(), before: StoredLike.nullable(), after: StoredLike.nullable() })) }).nullable(),
  undoDepth: z.number(),
  log: z.array(ReviewLogEntry),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;

const Group = z.object({ code: z.string(), title: z.object({ id: z.string(), en: z.string() }), self: z.number().nullable(), assessor: z.number().nullable(), diff: z.number().nullable() });
const Side = z.object({
  total: z.number().nullable(), range: z.object({ min: z.number(), max: z.number() }).nullable(), grade: z.string().nullable(),
  gradeRange: z.object({ best: z.string().nullable(), worst: z.string().nullable() }), typology: z.string().nullable(),
  gcg: z.number().nullable(), complete: z.boolean(),
  reasons: z.array(z.object({ id: z.string(), en: z.string() })), note: z.object({ id: z.string(), en: z.string() }),
});
export type ComparisonSide = z.infer<typeof Side>;

export const ComparisonView = z.object({
  hiddenSelf: z.boolean(),
  rows: z.array(z.object({
    target: Target, code: z.string(), group: z.string(), title: z.object({ id: z.string(), en: z.string() }),
    self: z.string().nullable(), assessor: z.string().nullable(), diff: z.number().nullable(), needsComment: z.boolean(), state: ReviewState.nullable(),
  })),
  standards: z.array(Group), principles: z.array(Group),
  self: Side.nullable(), assessor: Side,
});
export type ComparisonView = z.infer<typeof ComparisonView>;

const Docx = z.object({ fileName: z.string(), base64: z.string() });

export const reviewContract = {
  'review.list': { input: z.object({}).strict(), output: z.array(ReviewListRow) },
  /** Opens the review of an imported dossier's round (every imported dossier has one). */
  'review.forDossier': { input: z.object({ dossierImportId: Id }).strict(), output: z.object({ reviewId: Id }) },
  'review.get': { input: z.object({ id: Id }).strict(), output: ReviewDetail },
  'review.setItem': {
    input: z.object({
      reviewId: Id, target: Target, code: Code,
      level: z.number().int().min(0).max(10).nullable().optional(),
      notApplicable: z.object({ reason: z.string().trim().min(3).max(1000) }).nullable().optional(),
      gcgValue: z.enum(['met', 'partial', 'not-met', 'na']).nullable().optional(),
      note: z.string().max(4000).nullable().optional(),
      observation: z.string().max(8000).nullable().optional(),
    }).strict(),
    output: z.object({ item: ItemView.omit({ needsComment: true }).nullable(), undoDepth: z.number(), needsComment: z.boolean() }),
  },
  'review.undo': { input: z.object({ reviewId: Id }).strict(), output: z.object({ undone: z.object({ target: Target, code: z.string() }).nullable(), undoDepth: z.number() }) },
  'review.setItemState': {
    input: z.object({ reviewId: Id, target: Target, code: Code, state: ReviewState, revisionRequest: z.string().max(2000).nullable().optional() }).strict(),
    output: ReviewItem,
  },
  /** Moves the review's state by hand; "perlu-perbaikan" needs a comment naming what to fix (or flagged items). */
  'review.setState': { input: z.object({ reviewId: Id, state: ReviewState, comment: z.string().max(4000).nullable().optional() }).strict(), output: ReviewMeta },
  /** Only the fields given change; null clears a text. */
  'review.update': {
    input: z.object({
      reviewId: Id, blind: z.boolean().optional(), assessorName: z.string().max(200).nullable().optional(),
      visitSummary: z.string().max(20000).nullable().optional(), findings: z.string().max(20000).nullable().optional(), recommendation: z.string().max(20000).nullable().optional(),
    }).strict(),
    output: ReviewMeta,
  },
  /** Names and labels only (LKS, round, version, state, instrument snapshot): for screens that do not need the detail. */
  'review.meta': {
    input: z.object({ id: Id }).strict(),
    output: ReviewDetail.pick({ review: true, version: true, lks: true, roundName: true, instrument: true }),
  },
  'review.compare': { input: z.object({ id: Id }).strict(), output: ComparisonView },
  /** Locks the scores; refused (VALIDATION, with the open items in details) while items are unscored or uncommented. */
  'review.finalize': { input: z.object({ reviewId: Id }).strict(), output: ReviewMeta },
  'review.reopen': { input: z.object({ reviewId: Id, reason: z.string().max(2000) }).strict(), output: ReviewMeta },
  'review.reportDocx': { input: z.object({ reviewId: Id, language: Lang }).strict(), output: Docx },
  'review.visitKitDocx': { input: z.object({ reviewId: Id, language: Lang }).strict(), output: Docx },
  /** The signed review file for the LKS, as bytes (the desktop saves it where the user chooses, the browser downloads it). */
  'review.exportFile': { input: z.object({ reviewId: Id, language: Lang }).strict(), output: Docx },
  /**
   * Web host: a short-lived URL that reads one evidence file of a received dossier (view inline or download); the
   * sha256 must be listed by that dossier. The desktop reads the bytes over IPC instead (readDossierEvidence).
   */
  'review.evidenceTicket': {
    input: z.object({ dossierImportId: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/), purpose: z.enum(['view', 'download']).default('view') }).strict(),
    output: z.object({ url: z.string(), expiresAt: z.string() }),
  },
  /** A copy of a received dossier's evidence file under its own name, revealed in the file manager on the desktop. */
  'review.evidenceShowInFolder': {
    input: z.object({ dossierImportId: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    output: z.object({ shown: z.boolean(), folder: z.string(), path: z.string() }),
  },
  // LKS side.
  /** Imports a review file received from BALKS (uploaded like a dossier: dossier.uploadBegin, then this). */
  'review.importUpload': {
    input: z.object({ uploadId: z.string().max(100) }).strict(),
    output: z.object({ ok: z.boolean(), problems: z.array(DossierProblem), imported: z.object({ id: Id, alreadyImported: z.boolean(), assessmentId: Id.nullable() }).nullable() }),
  },
  'review.received': {
    input: z.object({ assessmentId: Id.optional() }).strict(),
    output: z.array(z.object({ id: Id, receivedAt: z.string(), assessorFingerprint: z.string(), dossierId: z.string(), manifest: ReviewManifest })),
  },
  /** Marks an item fixed ("diperbaiki") after a revision request, or clears the mark (note: null and clear: true). */
  'revision.mark': {
    input: z.object({ assessmentId: Id, target: Target, code: Code, note: z.string().max(2000).nullable(), clear: z.boolean().optional() }).strict(),
    output: z.object({ marks: z.array(z.object({ target: Target, code: z.string(), note: z.string().nullable(), markedAt: z.string() })) }),
  },
  'revision.list': {
    input: z.object({ assessmentId: Id }).strict(),
    output: z.object({ marks: z.array(z.object({ target: Target, code: z.string(), note: z.string().nullable(), markedAt: z.string() })) }),
  },
} as const;
