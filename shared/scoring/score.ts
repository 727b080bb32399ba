// Accreditation score: per-indicator status, component scores and the weighted total (with ranges when incomplete).
import type { Instrument, Text } from '../instrument/schema';
import { indicatorApplicability, type FactName, type Facts } from './applicability';
import { text, uniq } from './util';

export type IndicatorAnswer = { level: number } | { notApplicable: true; reason: string };
/** Answers by indicator code; an unanswered indicator is simply absent. */
export type Answers = Record<string, IndicatorAnswer>;

/**
 * scored = answered with a level; unanswered = applies but no (valid) answer yet; na = marked not applicable by
 * the user (only where the indicator allows it); not-applicable = excluded by the instrument's rule for this profile.
 */
export type IndicatorStatus = 'scored' | 'unanswered' | 'na' | 'not-applicable';

export interface IndicatorScore {
  code: string;
  componentId: string;
  weight: number;
  status: IndicatorStatus;
  level: number | null;
  /** level / scale.max, exact. */
  ratio: number | null;
  reason?: Text;
  unknownFacts: FactName[];
  mustHave?: { minLevel: number };
  effortPerStep: number;
}

export interface ScoreRange { min: number; max: number }

export interface ComponentScore {
  id: string;
  code: string;
  title: Text;
  weight: number;
  /** True when at least one indicator is scorable (applicable, not N/A); only those count in the total. */
  scored: boolean;
  /** Exact score 0..100 when every scorable indicator is answered and decided, else null (see `range`). */
  score: number | null;
  /** Unanswered at level 0 (min) versus at the top level (max); min = max = score when complete. */
  range: ScoreRange | null;
  scorableWeight: number;
  counts: Record<IndicatorStatus, number>;
  indicators: IndicatorScore[];
}

export type ScoreProblemKind = 'unknown-indicator' | 'invalid-answer' | 'invalid-level' | 'not-applicable-not-allowed';
export interface ScoreProblem { code: string; kind: ScoreProblemKind; message: Text }

export interface ScoreResult {
  instrument: { id: string; version: string };
  scaleMax: number;
  /** All answered and every applicability decided; when false, `total` is null and `range` shows what is possible. */
  complete: boolean;
  total: number | null;
  range: ScoreRange | null;
  components: ComponentScore[];
  problems: ScoreProblem[];
  unknownFacts: FactName[];
  counts: Record<IndicatorStatus, number>;
}

const zeroCounts = (): Record<IndicatorStatus, number> => ({ scored: 0, unanswered: 0, na: 0, 'not-applicable': 0 });

/**
 * Formula (docs/scoring.md): ratio = level / scale.max; component = 100 × Σ(w·ratio) / Σ(w) over scorable
 * indicators (applicable by rule and not marked N/A; excluding the others renormalises the remaining weights);
 * total = Σ(componentWeight × component) / Σ(componentWeight) over components with a scorable indicator.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers, facts: Facts): ScoreResult {
  return combineComponents(instrument, answers, instrument.components.map((c) => scoreComponent(instrument, c, answers, facts)));
}

/** One component's score with the problems and profile facts it raised; depends only on its own answers. */
export interface ComponentPart { score: ComponentScore; problems: ScoreProblem[]; unknownFacts: FactName[] }

/** Split from scoreAnswers so the incremental scorer (incremental.ts) can reuse a component whose answers did not change. */
export function scoreComponent(instrument: Instrument, component: Instrument['components'][number], answers: Answers, facts: Facts): ComponentPart {
  const max = instrument.scale.max;
  const problems: ScoreProblem[] = [];
  const unknownFacts: FactName[] = [];
  const cCounts = zeroCounts();
  let scorableWeight = 0, answeredSum = 0, unansweredWeight = 0;
  const indicators = component.indicators.map((ind): IndicatorScore => {
    const app = indicatorApplicability(instrument, ind, facts);
    unknownFacts.push(...app.unknownFacts);
    const base = {
      code: ind.code, componentId: component.id, weight: ind.weight, unknownFacts: app.unknownFacts,
      effortPerStep: ind.effortPerStep ?? 1, ...(ind.mustHave ? { mustHave: ind.mustHave } : {}),
    };
    const answer = Object.hasOwn(answers, ind.code) ? readAnswer(answers[ind.code], ind.code, ind.allowNotApplicable, max, problems) : undefined;
    let r: IndicatorScore;
    // Undecided (a deciding profile fact is missing): it may apply, so it counts like any scorable indicator and
    // the result stays incomplete until the profile says. Dropping it would let an empty field raise the grade.
    const undecided = !app.applies && app.unknownFacts.length > 0;
    if (!app.applies && !undecided) r = { ...base, status: 'not-applicable', level: null, ratio: null, ...(app.reason ? { reason: app.reason } : {}) };
    else if (answer && 'na' in answer) r = { ...base, status: 'na', level: null, ratio: null, reason: answer.na };
    else if (answer) r = { ...base, status: 'scored', level: answer.level, ratio: answer.level / max };
    else r = { ...base, status: 'unanswered', level: null, ratio: null };
    if (undecided && app.reason) r.reason = app.reason;
    cCounts[r.status]++;
    if (r.status === 'scored' || r.status === 'unanswered') scorableWeight += ind.weight;
    if (r.status === 'scored') answeredSum += ind.weight * (r.ratio as number);
    if (r.status === 'unanswered') unansweredWeight += ind.weight;
    return r;
  });
  const scored = scorableWeight > 0;
  const range = scored ? { min: (100 * answeredSum) / scorableWeight, max: (100 * (answeredSum + unansweredWeight)) / scorableWeight } : null;
  const undecided = indicators.some((i) => i.unknownFacts.length > 0);
  return {
    score: {
      id: component.id, code: component.code, title: component.title, weight: component.weight, scored,
      score: scored && cCounts.unanswered === 0 && !undecided ? (range as ScoreRange).min : null,
      range, scorableWeight, counts: cCounts, indicators,
    },
    problems, unknownFacts,
  };
}

/** Totals, counts and problems from the component parts (in instrument order). Cheap: no per-indicator work. */
export function combineComponents(instrument: Instrument, answers: Answers, parts: ComponentPart[]): ScoreResult {
  const known = new Set<string>();
  for (const c of instrument.components) for (const ind of c.indicators) known.add(ind.code);
  const problems = parts.flatMap((p) => p.problems);
  const unknownFacts = parts.flatMap((p) => p.unknownFacts);
  const components = parts.map((p) => p.score);
  const counts = zeroCounts();
  for (const c of components) for (const k of Object.keys(counts) as IndicatorStatus[]) counts[k] += c.counts[k];
  for (const code of Object.keys(answers)) {
    if (!known.has(code)) problems.push({ code, kind: 'unknown-indicator', message: text(`Jawaban untuk kode ${code} yang tidak ada di instrumen diabaikan.`, `Answer for code ${code}, which is not in the instrument, was ignored.`) });
  }
  const range = totalRange(components);
  // Complete only when every scorable indicator is answered AND every applicability is decided.
  const complete = counts.unanswered === 0 && unknownFacts.length === 0;
  return {
    instrument: { id: instrument.id, version: instrument.version }, scaleMax: instrument.scale.max, complete,
    total: complete && range ? range.min : null, range, components, problems, unknownFacts: uniq(unknownFacts), counts,
  };
}

/** The weighted total's range over the components with a scorable indicator (null when there is none). */
export function totalRange(components: ComponentScore[]): ScoreRange | null {
  const counted = components.filter((c) => c.scored);
  const weightSum = counted.reduce((s, c) => s + c.weight, 0);
  return counted.length === 0 ? null : {
    min: counted.reduce((s, c) => s + c.weight * (c.range as ScoreRange).min, 0) / weightSum,
    max: counted.reduce((s, c) => s + c.weight * (c.range as ScoreRange).max, 0) / weightSum,
  };
}

type ReadAnswer = { level: number } | { na: Text } | undefined;

/** Answers may come from files or old databases, so their shape is checked here rather than trusted. */
function readAnswer(raw: unknown, code: string, allowNa: boolean, max: number, problems: ScoreProblem[]): ReadAnswer {
  if (raw && typeof raw === 'object' && (raw as { notApplicable?: unknown }).notApplicable === true) {
    if (!allowNa) {
      problems.push({ code, kind: 'not-applicable-not-allowed', message: text(`Indikator ${code} tidak boleh ditandai "tidak berlaku"; dianggap belum dijawab.`, `Indicator ${code} cannot be marked not applicable; treated as unanswered.`) });
      return undefined;
    }
    const reason = String((raw as { reason?: unknown }).reason ?? '');
    return { na: text(`Ditandai tidak berlaku: ${reason}`, `Marked not applicable: ${reason}`) };
  }
  const level = raw && typeof raw === 'object' ? (raw as { level?: unknown }).level : undefined;
  if (typeof level !== 'number') {
    problems.push({ code, kind: 'invalid-answer', message: text(`Jawaban indikator ${code} tidak dikenali; dianggap belum dijawab.`, `Answer for indicator ${code} is not recognised; treated as unanswered.`) });
    return undefined;
  }
  if (!Number.isInteger(level) || level < 0 || level > max) {
    problems.push({ code, kind: 'invalid-level', message: text(`Level ${level} untuk ${code} di luar skala 0–${max}; dianggap belum dijawab.`, `Level ${level} for ${code} is outside the scale 0–${max}; treated as unanswered.`) });
    return undefined;
  }
  return { level };
}

/**
 * The total once every scorable indicator has a level, counting undecided ones as applicable (the planner and
 * the gaps list work on filled-in answers, where only the profile's missing facts keep `total` null).
 */
export const answeredTotal = (r: ScoreResult): number | null => (r.counts.unanswered === 0 && r.range ? r.range.min : null);
export const answeredComponent = (c: ComponentScore): number | null => (c.counts.unanswered === 0 && c.range ? c.range.min : null);

/** Every indicator that counts towards the score (applicable and not N/A), answered or not, in instrument order. */
export function scorableIndicators(result: ScoreResult): IndicatorScore[] {
  return result.components.flatMap((c) => c.indicators.filter((i) => i.status === 'scored' || i.status === 'unanswered'));
}

/** The answers with every unanswered scorable indicator set to `level` (0 for "what is secured", max for "best case"). */
export function fillUnanswered(result: ScoreResult, answers: Answers, level: number | 'max'): Answers {
  const out: Answers = { ...answers };
  for (const i of scorableIndicators(result)) if (i.status === 'unanswered') out[i.code] = { level: level === 'max' ? result.scaleMax : level };
  return out;
}
