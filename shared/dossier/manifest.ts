// The accreditation dossier's manifest (manifest.json inside a *.swanilai zip) and its signature file: zod schemas.
import { z } from 'zod';
import { StoredAnswer } from '../api/contract-assessment';
import { Profile } from '../profile';

/** Bumped when a reader of an older app could misread the file; a newer value gets "perbarui aplikasi". */
export const DOSSIER_FORMAT = 'swanilai-dossier';
export const DOSSIER_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Bilingual = z.object({ id: z.string(), en: z.string() });

/** Entry paths are generated, never taken from user input: evidence/<sha256>, documents/<fixed-name>.docx. */
export const EntryPath = z.string().regex(/^(evidence\/[0-9a-f]{64}|documents\/[a-z0-9-]{1,60}\.docx)$/);

/** Every entry other than the manifest and its signature, with the digest the reader must find. */
export const ManifestEntry = z.object({ path: EntryPath, sha256: Sha256, size: z.number().int().min(0) }).strict();

export const DossierEvidence = z.object({
  path: EntryPath,
  sha256: Sha256,
  size: z.number().int().min(0),
  mediaType: z.string().max(200),
  /** The user's own file name, sanitised; metadata only, never used as a path. */
  originalName: z.string().max(255),
  title: z.string().max(300),
  kind: z.string().max(60).nullable(),
  effectiveDate: Day.nullable(),
  expiryDate: Day.nullable(),
  /** Items the file supports in this round: "indicator:S1.01" / "gcg:T01". */
  links: z.array(z.string().regex(/^(indicator|gcg):[A-Za-z0-9.\-]{1,40}$/)).max(1000),
}).strict();
export type DossierEvidence = z.infer<typeof DossierEvidence>;

export const DossierDocument = z.object({ path: EntryPath, title: Bilingual, form: z.enum(['A', 'B', 'C', 'profile', 'letter']) }).strict();

/** One pre-export finding: what was missing when the LKS exported (exported anyway, so the assessor sees it). */
export const Finding = z.object({
  kind: z.enum(['unanswered-indicator', 'unanswered-gcg', 'missing-evidence', 'expired-evidence', 'profile-field', 'prerequisite', 'undecided-fact']),
  code: z.string().max(80).nullable(),
  message: Bilingual,
}).strict();
export type Finding = z.infer<typeof Finding>;

export const ChangeLogEntry = z.object({
  target: z.enum(['indicator', 'gcg']), code: z.string().max(40), before: StoredAnswer.nullable(), after: StoredAnswer.nullable(), at: Iso,
}).strict();

export const Manifest = z.object({
  format: z.literal(DOSSIER_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  createdAt: Iso,
  /** Random id of this export; a later export of the same round has another id and the same round.uid. */
  dossierId: z.string().uuid(),
  /** The sending workspace: its Ed25519 public key (SPKI DER, base64) and fingerprint, repeated in the signature. */
  sender: z.object({ publicKey: z.string().max(200), fingerprint: z.string().max(80) }).strict(),
  profile: Profile,
  round: z.object({
    /** Stable across exports of the same round (workspace fingerprint + round id), so versions can be grouped. */
    uid: z.string().max(120),
    id: z.number().int().positive(), name: z.string().max(200), createdAt: Iso, updatedAt: Iso,
  }).strict(),
  /** Full snapshots, so the receiver scores against exactly what the LKS used. Validated again on import. */
  instrument: z.unknown(),
  checklist: z.unknown().nullable(),
  answers: z.object({ indicators: z.record(z.string(), StoredAnswer), gcg: z.record(z.string(), StoredAnswer) }).strict(),
  /** Numbers as the sender's app computed them (ScoreAllResult summary); every one is an estimate, said in `origins`. */
  results: z.object({
    total: z.number().nullable(), range: z.object({ min: z.number(), max: z.number() }).nullable(),
    grade: z.string().nullable(), gradeRange: z.object({ best: z.string().nullable(), worst: z.string().nullable() }),
    typology: z.string().nullable(), gcg: z.number().nullable(),
    origins: z.object({ scoring: z.string(), typology: z.string(), validity: z.string(), note: Bilingual }).passthrough(),
  }).passthrough(),
  evidence: z.array(DossierEvidence).max(20_000),
  documents: z.array(DossierDocument).max(20),
  changeLog: z.array(ChangeLogEntry).max(100_000),
  findings: z.array(Finding).max(10_000),
  /**
   * Items the LKS marked as fixed ("diperbaiki") after BALKS asked for a revision, and the review it answers.
   * Optional: dossiers written before reviews existed have neither.
   */
  revisions: z.object({
    reviewUid: z.string().uuid().nullable(),
    items: z.array(z.object({ target: z.enum(['indicator', 'gcg']), code: z.string().max(40), note: z.string().max(2000).nullable(), markedAt: Iso }).strict()).max(5000),
  }).strict().optional(),
  /** Every other entry of the zip; the reader refuses any entry not listed here. */
  entries: z.array(ManifestEntry).max(20_100),
}).strict();
export type Manifest = z.infer<typeof Manifest>;

/** manifest.sig: an Ed25519 signature over the exact bytes of manifest.json. */
export const Signature = z.object({
  algorithm: z.literal('ed25519'),
  publicKey: z.string().max(200),
  fingerprint: z.string().max(80),
  manifestSha256: Sha256,
  signature: z.string().max(200),
}).strict();
export type Signature = z.infer<typeof Signature>;

/** Reader limits (zip bombs, absurd archives); the writer stays far inside them. */
export const DOSSIER_LIMITS = {
  maxEntries: 20_100,
  maxManifestBytes: 64 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024 * 1024,
  /** Stored evidence is already compressed; a ratio above this is a bomb, whatever the headers say. */
  maxCompressionRatio: 200,
  maxNameLength: 200,
} as const;
