// Contract entries for instruments, assessment rounds, answers and undo.
import { z } from 'zod';

const Id = z.number().int().positive();
const Code = z.string().min(1).max(40);
export const Target = z.enum(['indicator', 'gcg']);
export type Target = z.infer<typeof Target>;
export const DefinitionKind = z.enum(['instrument', 'checklist']);

export const DefinitionSummary = z.object({
  kind: DefinitionKind, id: z.string(), version: z.string(), title: z.object({ id: z.string(), en: z.string() }),
  source: z.enum(['bundled', 'imported']), provenanceStatus: z.enum(['official', 'estimate', 'mixed']), itemCount: z.number(),
});
export type DefinitionSummary = z.infer<typeof DefinitionSummary>;

export const IndicatorAnswerValue = z.union([
  z.object({ level: z.number().int().min(0).max(10) }).strict(),
  z.object({ notApplicable: z.literal(true), reason: z.string().trim().min(3, 'alasan wajib diisi (min. 3 huruf)').max(1000) }).strict(),
]);
export const GcgValue = z.enum(['met', 'partial', 'not-met', 'na']);
export type GcgValue = z.infer<typeof GcgValue>;

export const StoredAnswer = z.object({
  level: z.number().nullable(), notApplicable: z.boolean(), reason: z.string().nullable(), gcgValue: GcgValue.nullable(), note: z.string().nullable(), updatedAt: z.string(),
});
export type StoredAnswer = z.infer<typeof StoredAnswer>;

export const AssessmentSummary = z.object({
  id: Id, name: z.string(), instrument: z.object({ id: z.string(), version: z.string() }),
  checklist: z.object({ id: z.string(), version: z.string() }).nullable(), createdAt: z.string(), updatedAt: z.string(),
  answeredIndicators: z.number(), answeredGcg: z.number(),
  /** Set when this round was carried over from an older instrument version; reviewCodes changed meaning or are new. */
  carriedFrom: Id.nullable(), reviewCodes: z.array(z.string()),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentDetail = AssessmentSummary.extend({
  indicators: z.record(z.string(), StoredAnswer),
  gcg: z.record(z.string(), StoredAnswer),
  /** Evidence ids linked to each "indicator:CODE" or "gcg:CODE". */
  links: z.record(z.string(), z.array(Id)),
  /** Changes that can be undone: in all, and per screen (indicators vs GCG items). */
  undoDepth: z.number(),
  undoDepths: z.object({ indicator: z.number(), gcg: z.number() }),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const assessmentContract = {
  'instrument.list': { input: z.object({}).strict(), output: z.array(DefinitionSummary) },
  'instrument.get': {
    input: z.object({ kind: DefinitionKind, id: z.string(), version: z.string() }).strict(),
    output: z.unknown(),
  },
  'instrument.import': {
    input: z.object({ json: z.unknown() }).strict(),
    output: z.object({ summary: DefinitionSummary, alreadyPresent: z.boolean() }),
  },
  'assessment.list': { input: z.object({}).strict(), output: z.array(AssessmentSummary) },
  'assessment.create': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      instrument: z.object({ id: z.string(), version: z.string() }).optional(),
      checklist: z.object({ id: z.string(), version: z.string() }).nullable().optional(),
      copyFrom: Id.optional(),
    }).strict(),
    output: AssessmentSummary,
  },
  'assessment.rename': { input: z.object({ id: Id, name: z.string().trim().min(1).max(200) }).strict(), output: AssessmentSummary },
  'assessment.delete': { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  'assessment.get': { input: z.object({ id: Id }).strict(), output: AssessmentDetail },
  'assessment.setAnswer': {
    input: z.object({
      assessmentId: Id, code: Code,
      /** undefined = keep, null = clear. */
      answer: IndicatorAnswerValue.nullable().optional(),
      note: z.string().max(4000).nullable().optional(),
    }).strict(),
    output: z.object({ answer: StoredAnswer.nullable(), undoDepth: z.number() }),
  },
  'assessment.setGcgAnswer': {
    input: z.object({
      assessmentId: Id, code: Code, value: GcgValue.nullable().optional(),
      /** Required with value 'na', and only where the item allows "tidak berlaku". */
      reason: z.string().trim().min(3, 'alasan wajib diisi (min. 3 huruf)').max(1000).optional(),
      note: z.string().max(4000).nullable().optional(),
    }).strict(),
    output: z.object({ answer: StoredAnswer.nullable(), undoDepth: z.number() }),
  },
  'assessment.carryOverPreview': {
    input: z.object({ assessmentId: Id, to: z.object({ id: z.string(), version: z.string() }) }).strict(),
    output: z.object({
      from: z.object({ id: z.string(), version: z.string() }), to: z.object({ id: z.string(), version: z.string() }),
      unchanged: z.array(z.string()), changed: z.array(z.object({ code: z.string(), kinds: z.array(z.string()), carriesAnswer: z.boolean() })),
      added: z.array(z.string()), removed: z.array(z.string()), scaleChanged: z.boolean(),
      /** Of the answered indicators: how many keep their answer, and which lose it. */
      answersKept: z.number(), answersDropped: z.array(z.string()),
      /** The round's GCG checklist moves to its newest version too (null when it already is the newest). */
      checklist: z.object({
        from: z.object({ id: z.string(), version: z.string() }), to: z.object({ id: z.string(), version: z.string() }),
        answersKept: z.number(), answersDropped: z.array(z.string()), added: z.array(z.string()), changed: z.array(z.string()),
      }).nullable(),
    }),
  },
  'assessment.carryOver': {
    input: z.object({ assessmentId: Id, to: z.object({ id: z.string(), version: z.string() }), name: z.string().trim().min(1).max(200) }).strict(),
    output: AssessmentSummary,
  },
  'assessment.undo': {
    /** With a target, undoes the newest change of that kind only (the GCG screen never undoes an indicator). */
    input: z.object({ assessmentId: Id, target: Target.optional() }).strict(),
    output: z.object({ undone: z.object({ target: Target, code: z.string(), answer: StoredAnswer.nullable() }).nullable(), undoDepth: z.number() }),
  },
} as const;
