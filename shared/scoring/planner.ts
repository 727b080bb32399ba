// Planner: the fewest indicator steps (or least effort) that reach the next grade, gates included, verified by re-scoring.
import type { Grade, Instrument, Text } from '../instrument/schema';
import type { Facts } from './applicability';
import { evaluateGrade, gradeOfAnswered, gradeView, whyNot } from './grade';
import {
  bandReq, buildModel, forced, PlanState, prune, satisfies, searchSpace, solveByRatio, solveEqualEffort, solveExhaustive,
  type BandReq, type PlanModel,
} from './planner-model';
import { answeredTotal, fillUnanswered, scoreAnswers, type Answers } from './score';
import { plural } from '../text/plural';
import { atLeast, fmt, gradeRank, isBelow, text } from './util';

export interface PlanOptions {
  /** Aim for this grade instead of the next one up. */
  targetGrade?: Grade;
  /** Indicators the LKS cannot change now (e.g. a building it cannot afford); the plan never raises them. */
  locked?: string[];
}

/** `mustHave`: the indicator is a must-have still below its minimum level; `effort` = steps × effortPerStep. */
export interface PlanStep { code: string; componentId: string; fromLevel: number; toLevel: number; unanswered: boolean; mustHave: boolean; effort: number }

export interface Plan {
  currentGrade: Grade | null;
  targetGrade: Grade | null;
  reachable: boolean;
  alreadyTop: boolean;
  /** In instrument order; each raises one indicator from its current level (unanswered = 0) to `toLevel`. */
  steps: PlanStep[];
  totalSteps: number;
  totalEffort: number;
  currentTotal: number | null;
  resultingTotal: number | null;
  /** Grade after the steps (re-scored); at least the target, sometimes higher. */
  resultingGrade: Grade | null;
  /** exact = proven minimal; heuristic = near-minimal (unequal efforts on a large instrument); none = no steps. */
  method: 'exact' | 'heuristic' | 'none';
  /** Unanswered indicators, which the plan counts as level 0. */
  unansweredAsZero: number;
  reason: Text;
}

/** Above this many floor combinations (maxComponentsBelow choices) the planner picks the cheapest lifts instead. */
const MAX_ASSIGNMENTS = 4096;
/** Unequal efforts: exhaustive search when at most this many level combinations exist. */
const MAX_EXHAUSTIVE = 20_000;

/**
 * Unanswered indicators count as level 0 (what is secured today). Steps: compute the next band up, check that
 * raising every unlocked indicator to the top reaches it (grades only rise with levels, so otherwise nothing
 * does), solve each band at or above the target on the linear model (planner-model.ts), keep the cheapest, then
 * re-score the result with the real scorer and grader before returning it.
 */
export function planNextGrade(instrument: Instrument, answers: Answers, facts: Facts, opts: PlanOptions = {}): Plan {
  const first = scoreAnswers(instrument, answers, facts);
  const unanswered = new Set(first.components.flatMap((c) => c.indicators.filter((i) => i.status === 'unanswered').map((i) => i.code)));
  const filled = fillUnanswered(first, answers, 0);
  const base = scoreAnswers(instrument, filled, facts);
  const currentGrade = gradeOfAnswered(instrument, base);
  const bands = instrument.scoring.gradeBands.map((b) => b.grade).sort((a, b) => gradeRank(a) - gradeRank(b));
  const zeroNote = unanswered.size ? text(` ${unanswered.size} indikator yang belum dijawab dihitung level 0.`, ` ${plural(unanswered.size, 'unanswered indicator', 'unanswered indicators')} counted as level 0.`) : text('', '');
  const plan = (p: Partial<Plan> & Pick<Plan, 'reason'>): Plan => ({
    currentGrade, targetGrade: null, reachable: true, alreadyTop: false, steps: [], totalSteps: 0, totalEffort: 0,
    currentTotal: answeredTotal(base), resultingTotal: answeredTotal(base), resultingGrade: currentGrade, method: 'none', unansweredAsZero: unanswered.size,
    ...p, reason: text(p.reason.id + zeroNote.id, p.reason.en + zeroNote.en),
  });
  const curName = currentGrade ?? 'belum terakreditasi';
  if (!opts.targetGrade && currentGrade === bands[0]) {
    return plan({ alreadyTop: true, reason: text(`Sudah di peringkat tertinggi (${currentGrade}); pertahankan.`, `Already at the top grade (${currentGrade}); keep it.`) });
  }
  const target = opts.targetGrade ?? bands.filter((g) => gradeRank(g) < gradeRank(currentGrade)).at(-1)!;
  if (!bands.includes(target)) {
    return plan({ targetGrade: target, reachable: false, reason: text(`Instrumen ini tidak memiliki peringkat ${target}.`, `This instrument has no grade ${target}.`) });
  }
  if (gradeRank(currentGrade) <= gradeRank(target)) {
    return plan({ targetGrade: target, reason: text(`Peringkat saat ini (${curName}) sudah memenuhi ${target}.`, `The current grade (${currentGrade}) already meets ${target}.`) });
  }
  const locked = new Set(opts.locked ?? []);
  const model = buildModel(instrument, base, locked, unanswered);
  const allMax = applyState(filled, model, (v) => v.up);
  const allMaxView = gradeView(scoreAnswers(instrument, allMax, facts), 'min');
  const atBest = evaluateGrade(instrument.scoring, allMaxView);
  if (gradeRank(atBest.grade) > gradeRank(target)) {
    const why = whyNot(atBest.checks, target);
    const lockNote = locked.size ? text(` (${locked.size} indikator dikunci)`, ` (${plural(locked.size, 'indicator', 'indicators')} locked)`) : text('', '');
    return plan({
      targetGrade: target, reachable: false,
      reason: text(`${target} tidak dapat dicapai walaupun semua indikator yang dapat diubah${lockNote.id} dinaikkan ke level tertinggi: ${why.id}.`,
        `${target} cannot be reached even with every changeable indicator${lockNote.en} at the top level: ${why.en}.`),
    });
  }
  let best: { s: PlanState; exact: boolean; grade: Grade } | null = null;
  const targetReq = bandReq(instrument, target);
  for (const g of bands.filter((b) => gradeRank(b) <= gradeRank(target))) {
    const req = bandReq(instrument, g);
    // A better band usually demands everything the target does and more; it can only win when it does not.
    if (g !== target && demandsAtLeast(req, targetReq)) continue;
    const r = solveBand(model, req);
    if (r && (!best || better(r.s, best.s))) best = { ...r, grade: g };
  }
  let state = best?.s ?? null;
  let exact = best?.exact ?? false;
  // The linear model and the real scorer agree up to float rounding; re-score, and repair if they ever differ.
  const reaches = (s: PlanState) => gradeRank(gradeOfAnswered(instrument, scoreAnswers(instrument, applyState(filled, model, (_, i) => s.x[i]), facts))) <= gradeRank(target);
  if (!state || !reaches(state)) { state = repair(state ?? new PlanState(model), reaches); exact = false; }
  const after = scoreAnswers(instrument, applyState(filled, model, (_, i) => state.x[i]), facts);
  const resultingGrade = gradeOfAnswered(instrument, after);
  const afterTotal = answeredTotal(after) as number;
  const steps: PlanStep[] = model.vars.flatMap((v, i) => state.x[i] === 0 ? [] : [{
    code: v.code, componentId: model.comps[v.comp].id,
    fromLevel: v.cur, toLevel: v.cur + state.x[i], unanswered: v.unanswered, mustHave: v.mustMin > v.cur, effort: state.x[i] * v.effort,
  }]);
  const totalSteps = state.steps(), totalEffort = state.cost();
  const effortNote = totalEffort !== totalSteps ? text(`, usaha ${fmt(totalEffort)}`, `, effort ${fmt(totalEffort)}`) : text('', '');
  const methodNote = exact ? text('', '') : text(' Rencana ini mendekati minimal (usaha per langkah berbeda-beda).', ' This plan is near-minimal (steps differ in effort).');
  return plan({
    targetGrade: target, steps, totalSteps, totalEffort, resultingTotal: afterTotal, resultingGrade, method: exact ? 'exact' : 'heuristic',
    reason: text(
      `Dari ${curName} ke ${target}: ${totalSteps} langkah pada ${steps.length} indikator${effortNote.id}; total menjadi ${fmt(afterTotal)}.${methodNote.id}`,
      `From ${currentGrade ?? 'not accredited'} to ${target}: ${plural(totalSteps, 'step', 'steps')} on ${plural(steps.length, 'indicator', 'indicators')}${effortNote.en}; total becomes ${fmt(afterTotal)}.${methodNote.en}`,
    ),
  });
}

/** The user's answers with the plan's levels applied; other unanswered indicators stay unanswered (the plan counts them as 0). */
export function applyPlan(answers: Answers, plan: Pick<Plan, 'steps'>): Answers {
  const out: Answers = { ...answers };
  for (const s of plan.steps) out[s.code] = { level: s.toLevel };
  return out;
}

/** True when every state meeting `h` also meets `t`, so `h` can never be cheaper to reach. */
function demandsAtLeast(h: BandReq, t: BandReq): boolean {
  return h.minTotal >= t.minTotal && h.minComponent >= t.minComponent && (h.mustHave || !t.mustHave) &&
    t.maxBelow.every((tg) => h.maxBelow.some((hg) => hg.threshold >= tg.threshold && hg.maxCount <= tg.maxCount) || h.minComponent >= tg.threshold);
}

const better = (p: PlanState, q: PlanState) => p.cost() < q.cost() - 1e-12 || (Math.abs(p.cost() - q.cost()) <= 1e-12 && p.steps() < q.steps());

function applyState(filled: Answers, m: PlanModel, steps: (v: PlanModel['vars'][number], i: number) => number): Answers {
  const out: Answers = { ...filled };
  m.vars.forEach((v, i) => { out[v.code] = { level: v.cur + steps(v, i) }; });
  return out;
}

function solveBand(m: PlanModel, req: BandReq): { s: PlanState; exact: boolean } | null {
  if (!forced(m, req)) return null;
  const top = new PlanState(m);
  m.vars.forEach((v, i) => top.add(i, v.up));
  if (!satisfies(top, req)) return null;
  const equal = new Set(m.vars.filter((v) => v.up > 0).map((v) => v.effort)).size <= 1;
  if (!equal && searchSpace(m, req) <= MAX_EXHAUSTIVE) {
    const s = solveExhaustive(m, req);
    return s ? { s, exact: true } : null;
  }
  const idx = m.vars.map((_, i) => i);
  const byA = m.comps.map((_, j) => idx.filter((i) => m.vars[i].comp === j).sort((i, k) => m.vars[k].a - m.vars[i].a || i - k));
  const byB = [...idx].sort((i, k) => m.vars[k].b - m.vars[i].b || i - k);
  const { floors, complete } = floorAssignments(m, req);
  let best: PlanState | null = null;
  for (const f of floors) {
    const fewest = solveEqualEffort(m, req, f, byA, byB);
    const candidates = equal ? [fewest] : [fewest && prune(fewest.clone(), req), solveByRatio(m, req, f)];
    for (const c of candidates) if (c && (!best || better(c, best))) best = c;
  }
  return best ? { s: best, exact: equal && complete } : null;
}

/**
 * A maxComponentsBelow gate is met by lifting enough low components to its threshold; which ones is a choice,
 * so every choice is tried (components already above a threshold stay above, so only low ones are chosen).
 * Returns per-component floors for each choice; `complete` is false when there were too many and the cheapest
 * lifts were taken instead.
 */
function floorAssignments(m: PlanModel, req: BandReq): { floors: number[][]; complete: boolean } {
  const gates = req.maxBelow.map((g) => {
    const low = m.comps.map((_, j) => j).filter((j) => isBelow(m.comps[j].c0, g.threshold));
    return { ...g, low, need: Math.max(0, low.length - g.maxCount) };
  });
  const count = gates.reduce((p, g) => p * binomial(g.low.length, g.need), 1);
  const floorsOf = (chosen: number[][]) => m.comps.map((_, j) =>
    Math.max(req.minComponent, ...gates.map((g, k) => (chosen[k].includes(j) ? g.threshold : -Infinity))));
  if (count > MAX_ASSIGNMENTS) {
    const chosen = gates.map((g) => [...g.low].sort((x, y) => liftEffort(m, req, x, g.threshold) - liftEffort(m, req, y, g.threshold)).slice(0, g.need));
    return { floors: [floorsOf(chosen)], complete: false };
  }
  let combos: number[][][] = [[]];
  for (const g of gates) combos = combos.flatMap((c) => subsets(g.low, g.need).map((s) => [...c, s]));
  return { floors: combos.map(floorsOf), complete: true };
}

function liftEffort(m: PlanModel, req: BandReq, j: number, threshold: number): number {
  const s = forced(m, req);
  if (!s) return Infinity;
  const order = m.vars.map((_, i) => i).filter((i) => m.vars[i].comp === j).sort((i, k) => m.vars[k].a / m.vars[k].effort - m.vars[i].a / m.vars[i].effort);
  for (const i of order) while (!atLeast(s.c[j], threshold) && s.x[i] < m.vars[i].up) s.add(i);
  return atLeast(s.c[j], threshold) ? s.cost() : Infinity;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

function subsets<T>(xs: T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [head, ...rest] = xs;
  return [...subsets(rest, k - 1).map((s) => [head, ...s]), ...subsets(rest, k)];
}

/** Safety net, never expected to run: add the best step by points per effort until the real grader agrees, then prune. */
function repair(start: PlanState, reaches: (s: PlanState) => boolean): PlanState {
  const s = start.clone();
  const m = s.m;
  const order = m.vars.map((_, i) => i).sort((i, k) => m.vars[k].b / m.vars[k].effort - m.vars[i].b / m.vars[i].effort);
  for (const i of order) while (!reaches(s) && s.x[i] < m.vars[i].up) s.add(i);
  for (const i of [...order].reverse()) while (s.x[i] > 0) { s.add(i, -1); if (!reaches(s)) { s.add(i, 1); break; } }
  return s;
}
