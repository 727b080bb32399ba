// Zod schema for instruments (accreditation) and checklists (GCG) loaded as versioned data files.
import { z } from 'zod';
import { LegalForm, LksType } from '../profile';

export const Text = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

/** Whether a number or rule comes from an official source or is our estimate. */
export const Origin = z.enum(['official', 'estimate']);

/** Whether a legal citation has been checked against the official text; shown as a small badge, never inline. */
export const CitationStatus = z.enum(['verified', 'to-verify']);
export type CitationStatus = z.infer<typeof CitationStatus>;

export const Provenance = z.object({
  status: z.enum(['official', 'estimate', 'mixed']),
  note: Text,
  sources: z.array(z.object({
    id: z.string().min(1), title: z.string().min(1), note: z.string().optional(), status: CitationStatus.optional(),
  })).min(1),
});

/** Profile facts that applicability conditions can test. */
export const FACTS = [
  'lksType', 'legalForm', 'annualAidIdr', 'totalAssetsIdr', 'publicFundraisingIdr', 'clientsServed', 'staffCount', 'foundingYear',
  'runsBusinessUnit', 'receivesGovernmentGrants', 'collectsZakat', 'operatesInMultipleRegencies',
] as const;
export const Fact = z.enum(FACTS);

export type Condition =
  | { fact: z.infer<typeof Fact>; op: 'eq' | 'neq'; value: string | number | boolean }
  | { fact: z.infer<typeof Fact>; op: 'gte' | 'lt'; value: number }
  | { fact: z.infer<typeof Fact>; op: 'in'; value: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: Fact, op: z.enum(['eq', 'neq']), value: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ fact: Fact, op: z.enum(['gte', 'lt']), value: z.number() }).strict(),
    z.object({ fact: Fact, op: z.literal('in'), value: z.array(z.string()).min(1) }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
);

/**
 * When an indicator or item applies. All given parts must hold. `reason` is shown to the user when it
 * does not apply (and when it does, to explain why it is there).
 */
export const Applicability = z.object({
  lksTypes: z.array(LksType).min(1).optional(),
  legalForms: z.array(LegalForm).min(1).optional(),
  condition: Condition.optional(),
  reason: Text.optional(),
}).strict();
export type Applicability = z.infer<typeof Applicability>;

export const EvidenceKind = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: Text });

export const RubricLevel = z.object({ level: z.number().int().min(0), label: Text, description: Text });

export const Indicator = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Za-z0-9.\-]*$/),
  question: Text,
  guidance: Text.optional(),
  levels: z.array(RubricLevel).min(2),
  weight: z.number().positive().max(10),
  evidence: z.array(z.string()).default([]),
  applicability: Applicability.optional(),
  /** Module this indicator belongs to (e.g. the LKSA module); inherits the module's applicability. */
  module: z.string().optional(),
  allowNotApplicable: z.boolean().default(false),
  /** A must-have indicator must reach at least this level for any grade (checked by the mustHave gate). */
  mustHave: z.object({ minLevel: z.number().int().min(1) }).optional(),
  /** Relative effort of raising this indicator by one level (default 1); used by the planner. */
  effortPerStep: z.number().positive().optional(),
}).strict();
export type Indicator = z.infer<typeof Indicator>;

export const Component = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  code: z.string().min(1),
  title: Text,
  description: Text.optional(),
  weight: z.number().positive(),
  indicators: z.array(Indicator).min(1),
}).strict();
export type Component = z.infer<typeof Component>;

export const GRADES = ['A', 'B', 'C'] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;
export const TYPOLOGIES = ['A', 'B', 'C', 'D', 'E'] as const;
export const Typology = z.enum(TYPOLOGIES);

/**
 * A typology override caps the projected typology (e.g. at E) when a condition holds, with the reason shown:
 * a must-have indicator below its minimum, an expired operating permit or registration, or an LKS founded
 * fewer than `years` years before the assessment.
 */
export const TypologyOverride = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mustHaveFailed'), cap: Typology, label: Text }).strict(),
  z.object({ kind: z.literal('permitExpired'), cap: Typology, label: Text }).strict(),
  z.object({ kind: z.literal('youngerThan'), years: z.number().positive(), cap: Typology, label: Text }).strict(),
]);
export type TypologyOverride = z.infer<typeof TypologyOverride>;

/**
 * A prerequisite of applying for accreditation: not scored, but checked (results screen, dossier pre-export).
 * Met when its check holds: profile fields filled in, a valid (unexpired) operating permit, or a stored evidence
 * file of one of the kinds that has not expired.
 */
export const PrerequisiteCheck = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('profile'), fields: z.array(z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)?$/)).min(1) }).strict(),
  z.object({ kind: z.literal('permitValid') }).strict(),
  z.object({ kind: z.literal('evidence'), evidenceKinds: z.array(z.string()).min(1) }).strict(),
]);
export type PrerequisiteCheck = z.infer<typeof PrerequisiteCheck>;

export const Prerequisite = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: Text,
  guidance: Text.optional(),
  check: PrerequisiteCheck,
  applicability: Applicability.optional(),
}).strict();
export type Prerequisite = z.infer<typeof Prerequisite>;

/**
 * What changed in a version, relative to the versions before it. Codes listed as `editorial` had only their
 * wording improved (register, typos): answers carry over to this version even though the text differs.
 */
export const ChangelogEntry = z.object({
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/),
  note: Text,
  editorial: z.array(z.string()).default([]),
}).strict();

/** A gate restricts the grades listed in `grades` (default: all grades). */
export const GateRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minComponent'), min: z.number().min(0).max(100), grades: z.array(Grade).optional(), label: Text.optional() }).strict(),
  z.object({ kind: z.literal('maxComponentsBelow'), threshold: z.number().min(0).max(100), maxCount: z.number().int().min(0), grades: z.array(Grade).optional(), label: Text.optional() }).strict(),
  z.object({ kind: z.literal('mustHave'), grades: z.array(Grade).optional(), label: Text.optional() }).strict(),
]);
export type GateRule = z.infer<typeof GateRule>;

export const ScoringRules = z.object({
  origin: Origin,
  note: Text,
  gradeBands: z.array(z.object({ grade: Grade, minTotal: z.number().min(0).max(100), label: Text })).min(1),
  gates: z.array(GateRule).default([]),
  typology: z.object({
    origin: Origin,
    /** Which model the typology projects (e.g. the LKS verification of Dinas Sosial DIY, 2015); shown with it. */
    model: Text.optional(),
    /** Share of the accreditation total and of the GCG score in the typology score (sum 100). */
    basis: z.object({ accreditation: z.number().min(0), gcg: z.number().min(0) }),
    bands: z.array(z.object({ typology: Typology, minScore: z.number().min(0).max(100), label: Text })).length(5),
    /** Conditions that cap the typology whatever the score band says ("Bermasalah" is a condition). */
    overrides: z.array(TypologyOverride).default([]),
  }).strict(),
  validityYears: z.object({ A: z.number().positive(), B: z.number().positive(), C: z.number().positive(), origin: Origin }),
}).strict();
export type ScoringRules = z.infer<typeof ScoringRules>;

export const Module = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: Text, description: Text, applicability: Applicability }).strict();

export const Instrument = z.object({
  kind: z.literal('instrument'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/),
  title: Text,
  provenance: Provenance,
  scale: z.object({ min: z.literal(0), max: z.number().int().min(1).max(10) }),
  evidenceKinds: z.array(EvidenceKind).default([]),
  modules: z.array(Module).default([]),
  components: z.array(Component).min(1),
  scoring: ScoringRules,
  /** Unscored prerequisites of applying (recommendations, application letter, registration, permit). */
  prerequisites: z.array(Prerequisite).default([]),
  changelog: z.array(ChangelogEntry).default([]),
}).strict();
export type Instrument = z.infer<typeof Instrument>;
export type InstrumentInput = z.input<typeof Instrument>;

export const PRINCIPLES = ['transparansi', 'akuntabilitas', 'responsibilitas', 'independensi', 'kewajaran'] as const;
export const Principle = z.enum(PRINCIPLES);
export type Principle = z.infer<typeof Principle>;

/** One legal or professional reference behind a checklist item, with whether its article was verified. */
export const Reference = z.object({ cite: Text, status: CitationStatus }).strict();
export type Reference = z.infer<typeof Reference>;

const ChecklistItemShape = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Za-z0-9.\-]*$/),
  principle: Principle,
  text: Text,
  references: z.array(Reference).min(1),
  guidance: Text.optional(),
  evidence: z.array(z.string()).default([]),
  applicability: Applicability.optional(),
  /**
   * "Tidak berlaku" may be answered only where the item allows it, and always with a reason. Items every LKS
   * must meet (legal entity, registration, bookkeeping, …) never allow it.
   */
  allowNotApplicable: z.boolean().default(false),
  /**
   * When this holds, the law only recommends the item (e.g. a public audit for a non-yayasan): it is shown and
   * can be answered as advice, but does not count in the score.
   */
  advice: Applicability.optional(),
  weight: z.number().positive().max(10).default(1),
}).strict();

/** Checklists written before references were structured carry one free-text `basis`; read it as one unverified reference. */
export const ChecklistItem = z.preprocess(legacyBasis, ChecklistItemShape);
export type ChecklistItem = z.infer<typeof ChecklistItemShape>;

/** "(pasal perlu diverifikasi)" and the like, written inline before the status became a field. */
const INLINE_STATUS = /\s*\((?:[^()]*\b(?:perlu (?:di)?verifikasi|to be verified)\b[^()]*)\)/gi;

function legacyBasis(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('basis' in raw) || 'references' in raw) return raw;
  const { basis, ...rest } = raw as { basis: unknown };
  const clean = (v: unknown) => (typeof v === 'string' ? v.replace(INLINE_STATUS, '') : v);
  const cite = basis && typeof basis === 'object' ? Object.fromEntries(Object.entries(basis).map(([k, v]) => [k, clean(v)])) : basis;
  return { ...rest, references: [{ cite, status: 'to-verify' }] };
}

export const Checklist = z.object({
  kind: z.literal('checklist'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/),
  title: Text,
  provenance: Provenance,
  principles: z.array(z.object({ id: Principle, title: Text, description: Text })).length(5),
  /** Answer values: met = 1, partial = `partialCredit`, not met = 0; not applicable is excluded. */
  partialCredit: z.number().min(0).max(1).default(0.5),
  evidenceKinds: z.array(EvidenceKind).default([]),
  items: z.array(ChecklistItem).min(1),
  changelog: z.array(ChangelogEntry).default([]),
}).strict();
export type Checklist = z.infer<typeof Checklist>;
