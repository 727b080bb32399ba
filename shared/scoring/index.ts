// Public API of the scoring engine, and scoreAll: everything the dashboard and the CLI show, in one call.
import type { Checklist, Instrument, ScoringRules, Text } from '../instrument/schema';
import type { FactName, Facts } from './applicability';
import { scoreGcg, type GcgAnswers, type GcgResult } from './gcg';
import { findGaps, type Gap } from './gaps';
import { gradeScore, gradeView, projectValidity, type GradeResult, type Validity } from './grade';
import { planNextGrade, type Plan, type PlanOptions } from './planner';
import { scoreAnswers, type Answers, type ScoreResult } from './score';
import { checkPrerequisites, type PrerequisiteInputs, type PrerequisiteResult } from './prerequisites';
import { projectTypology, projectTypologyRange, type TypologyResult } from './typology';
import { text, uniq } from './util';

export * from './applicability';
export * from './answers-file';
export * from './gaps';
export * from './gcg';
export * from './grade';
export * from './planner';
export * from './prerequisites';
export * from './score';
export * from './typology';
export * from './validate';
export { fmt, gradeRank } from './util';

export interface ScoreAllOptions {
  checklist?: Checklist;
  gcgAnswers?: GcgAnswers;
  /** YYYY-MM-DD; when given, the validity of the projected grade is projected from it. */
  assessedOn?: string;
  linkedEvidence?: Record<string, string[]>;
  plan?: PlanOptions;
  /** YYYY-MM-DD end of the operating permit (izin operasional), for the typology's "expired permit" rule. */
  permitExpiresOn?: string;
  /** Profile and stored evidence, to check the unscored prerequisites of applying. */
  prerequisites?: PrerequisiteInputs;
}

export interface ScoreAllResult {
  instrument: { id: string; version: string; title: Text };
  /** Which numbers are estimates (perkiraan); the UI and every export must say so. */
  origins: { scoring: ScoringRules['origin']; typology: ScoringRules['origin']; validity: ScoringRules['origin']; note: Text };
  score: ScoreResult;
  grade: GradeResult;
  /** Null when no exact grade yet (incomplete or not accredited) or no assessedOn. */
  validity: Validity | null;
  gcg: GcgResult | null;
  /** Exact typology when the accreditation (and GCG, if given) are complete; otherwise see typologyRange. */
  typology: TypologyResult | null;
  typologyRange: { worst: TypologyResult; best: TypologyResult } | null;
  gaps: Gap[];
  plan: Plan;
  /** Profile facts to fill in ("lengkapi profil") because some items could not be decided without them. */
  unknownFacts: FactName[];
  /** Unscored prerequisites of applying; empty when the caller gave no profile/evidence to check. */
  prerequisites: PrerequisiteResult[];
}

export function scoreAll(instrument: Instrument, answers: Answers, facts: Facts, opts: ScoreAllOptions = {}): ScoreAllResult {
  const score = scoreAnswers(instrument, answers, facts);
  const grade = gradeScore(instrument, score);
  const gcg = opts.checklist ? scoreGcg(opts.checklist, opts.gcgAnswers ?? {}, facts) : null;
  const rules = instrument.scoring;
  // An all-N/A checklist has no score; typology then falls back to the accreditation total, as without GCG.
  const gcgRange = gcg?.overall.range ?? null;
  const gcgComplete = !gcg || gcg.complete || gcgRange === null;
  const common = { assessedOn: opts.assessedOn, permitExpiresOn: opts.permitExpiresOn || undefined, foundingYear: facts.foundingYear };
  const mustHaveFailed = (side: 'min' | 'max') => gradeView(score, side).mustHave.some((m) => m.level < m.minLevel);
  const typology = score.total !== null && gcgComplete
    ? projectTypology(rules.typology, score.total, gcg?.overall.score ?? null, { ...common, mustHaveFailed: mustHaveFailed('min') }) : null;
  const typologyRange = score.range ? projectTypologyRange(rules.typology, score.range, gcgRange, {
    worst: { ...common, mustHaveFailed: mustHaveFailed('min') }, best: { ...common, mustHaveFailed: mustHaveFailed('max') },
  }) : null;
  return {
    instrument: { id: instrument.id, version: instrument.version, title: instrument.title },
    origins: {
      scoring: rules.origin, typology: rules.typology.origin, validity: rules.validityYears.origin,
      note: [rules.origin, rules.typology.origin, rules.validityYears.origin].includes('estimate')
        ? text('Bobot, batas peringkat, tipologi dan masa berlaku adalah perkiraan, bukan angka resmi BALKS.', 'Weights, grade bands, typology and validity are estimates, not official BALKS numbers.')
        : rules.note,
    },
    score,
    grade,
    validity: opts.assessedOn ? projectValidity(grade.grade, opts.assessedOn, rules) : null,
    gcg,
    typology,
    typologyRange,
    gaps: findGaps(instrument, answers, facts, opts.linkedEvidence),
    plan: planNextGrade(instrument, answers, facts, opts.plan),
    unknownFacts: uniq([...score.unknownFacts, ...(gcg?.unknownFacts ?? [])]),
    prerequisites: opts.prerequisites ? checkPrerequisites(instrument, facts, opts.prerequisites) : [],
  };
}
