// Contract entries for the evidence locker (files are sent in binary chunks over the blob channel, not JSON).
import { z } from 'zod';
import { IsoDate } from '../profile';
import { Target } from './contract-assessment';

const Id = z.number().int().positive();
const OptionalDate = IsoDate.nullable().optional();

export const EvidenceLink = z.object({ assessmentId: Id, target: Target, code: z.string().min(1).max(40) });
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const EvidenceItem = z.object({
  id: Id, sha256: z.string(), size: z.number(), originalName: z.string(), mediaType: z.string(), kind: z.string().nullable(),
  title: z.string(), effectiveDate: z.string().nullable(), expiryDate: z.string().nullable(), addedAt: z.string(),
  links: z.array(EvidenceLink),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const EvidenceMeta = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  kind: z.string().max(60).nullable().optional(),
  effectiveDate: OptionalDate,
  expiryDate: OptionalDate,
}).strict();

/** 1 GiB is the largest evidence file accepted (videos belong elsewhere). */
export const MAX_EVIDENCE_BYTES = 1024 * 1024 * 1024;

export const evidenceContract = {
  'evidence.list': { input: z.object({}).strict(), output: z.array(EvidenceItem) },
  'evidence.uploadBegin': {
    input: z.object({ name: z.string().min(1).max(500), size: z.number().int().min(0).max(MAX_EVIDENCE_BYTES), mediaType: z.string().max(200).default('') }).strict(),
    output: z.object({ uploadId: z.string(), chunkSize: z.number() }),
  },
  'evidence.uploadFinish': {
    input: z.object({ uploadId: z.string().max(100), meta: EvidenceMeta.default({}), link: EvidenceLink.optional() }).strict(),
    output: z.object({ evidence: EvidenceItem, duplicate: z.boolean() }),
  },
  'evidence.uploadCancel': { input: z.object({ uploadId: z.string().max(100) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'evidence.update': { input: z.object({ id: Id, meta: EvidenceMeta }).strict(), output: EvidenceItem },
  'evidence.link': { input: z.object({ evidenceId: Id, link: EvidenceLink }).strict(), output: EvidenceItem },
  'evidence.unlink': { input: z.object({ evidenceId: Id, link: EvidenceLink }).strict(), output: EvidenceItem },
  'evidence.remove': {
    input: z.object({ id: Id, force: z.boolean().default(false) }).strict(),
    output: z.object({ removed: z.boolean(), fileDeleted: z.boolean() }),
  },
  /** Desktop: documents and images only; anything else is refused (BAD_FILE) and can be shown in its folder. */
  'evidence.openExternal': { input: z.object({ id: Id }).strict(), output: z.object({ opened: z.boolean(), path: z.string() }) },
  /** A copy under its own name in a folder of its own; revealed on the desktop, returned for display on the web. */
  'evidence.showInFolder': { input: z.object({ id: Id }).strict(), output: z.object({ shown: z.boolean(), folder: z.string(), path: z.string() }) },
  /**
   * Web host: a URL that reads one evidence file for a short time (view inline or download), so the session
   * token never appears in a URL. The desktop reads files over IPC instead.
   */
  'evidence.ticket': {
    input: z.object({ id: Id, purpose: z.enum(['view', 'download']).default('view') }).strict(),
    output: z.object({ url: z.string(), expiresAt: z.string() }),
  },
} as const;
