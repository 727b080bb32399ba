// scoreAll: everything the dashboard and the CLI show, in one call; assembleAll is shared with the incremental scorer.
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
  const gcg = opts.checklist ? scoreGcg(opts.checklist, opts.gcgAnswers ?? {}, facts) : null;
  return assembleAll(instrument, answers, facts, opts, score, gcg, false);
}

/**
 * Everything after the per-indicator scores. With `lazy`, the gaps list and the plan (by far the costliest parts:
 * each re-scores the instrument once per indicator) are computed on first read and kept, so a screen that never
 * shows them never pays for them; the values are the same as the eager ones.
 */
export function assembleAll(instrument: Instrument, answers: Answers, facts: Facts, opts: ScoreAllOptions, score: ScoreResult, gcg: GcgResult | null, lazy: boolean): ScoreAllResult {
  const grade = gradeScore(instrument, score);
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
  const gaps = () => findGaps(instrument, answers, facts, opts.linkedEvidence);
  const plan = () => planNextGrade(instrument, answers, facts, opts.plan);
  const result = {
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
    gaps: lazy ? [] : gaps(),
    plan: lazy ? (null as unknown as Plan) : plan(),
    unknownFacts: uniq([...score.unknownFacts, ...(gcg?.unknownFacts ?? [])]),
    prerequisites: opts.prerequisites ? checkPrerequisites(instrument, facts, opts.prerequisites) : [],
  };
  if (lazy) { lazyProperty(result, 'gaps', gaps); lazyProperty(result, 'plan', plan); }
  return result;
}

/** An enumerable getter that computes once, so spreading, JSON and structured clone still see the value. */
function lazyProperty<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined, done = false;
  Object.defineProperty(obj, key, {
    enumerable: true, configurable: true,
    get: () => { if (!done) { value = compute(); done = true; } return value as T[K]; },
  });
}
