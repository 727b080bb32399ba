// Linear model of "raise indicator levels to meet one grade band", and the exact and heuristic solvers over it.
import type { Grade, Instrument } from '../instrument/schema';
import { gatesFor } from './grade';
import { answeredComponent, answeredTotal, type ScoreResult } from './score';
import { atLeast, isBelow } from './util';

/**
 * Why a linear model is exact: ratio = level / max, so one step on indicator i always adds the same
 * a_i = 100·w_i / (max·W_j) points to its component j, and b_i = a_i·cw_j / CW points to the total (W_j = scorable
 * weight of j, CW = weight of scored components; neither changes when levels change). Within a component b_i is
 * proportional to a_i, which is what makes the unit-effort greedy below exact.
 */
export interface PlanVar {
  code: string;
  comp: number;
  cur: number;
  /** Most steps allowed (0 when locked or already at the top level). */
  up: number;
  mustMin: number;
  a: number;
  b: number;
  effort: number;
  unanswered: boolean;
}
export interface PlanModel { vars: PlanVar[]; comps: { id: string; code: string; c0: number }[]; t0: number }

/** The conditions of one band, flattened: the planner must meet all of them. */
export interface BandReq {
  grade: Grade;
  minTotal: number;
  minComponent: number;
  maxBelow: { threshold: number; maxCount: number }[];
  mustHave: boolean;
}

export function bandReq(instrument: Instrument, grade: Grade): BandReq {
  const band = instrument.scoring.gradeBands.find((b) => b.grade === grade)!;
  const gates = gatesFor(instrument.scoring, grade);
  let minComponent = -Infinity;
  const maxBelow: BandReq['maxBelow'] = [];
  for (const g of gates) {
    if (g.kind === 'minComponent') minComponent = Math.max(minComponent, g.min);
    if (g.kind === 'maxComponentsBelow') maxBelow.push({ threshold: g.threshold, maxCount: g.maxCount });
  }
  return { grade, minTotal: band.minTotal, minComponent, maxBelow, mustHave: gates.some((g) => g.kind === 'mustHave') };
}

/** `base` must be complete (unanswered already filled with level 0). */
export function buildModel(instrument: Instrument, base: ScoreResult, locked: ReadonlySet<string>, unanswered: ReadonlySet<string>): PlanModel {
  const max = instrument.scale.max;
  const scored = base.components.filter((c) => c.scored);
  const cw = scored.reduce((s, c) => s + c.weight, 0);
  const vars: PlanVar[] = [];
  scored.forEach((c, comp) => {
    for (const i of c.indicators) {
      if (i.status !== 'scored') continue;
      const cur = i.level as number;
      const a = (100 * i.weight) / (max * c.scorableWeight);
      vars.push({
        code: i.code, comp, cur, up: locked.has(i.code) ? 0 : max - cur, mustMin: i.mustHave?.minLevel ?? 0,
        a, b: (a * c.weight) / cw, effort: i.effortPerStep, unanswered: unanswered.has(i.code),
      });
    }
  });
  return { vars, comps: scored.map((c) => ({ id: c.id, code: c.code, c0: answeredComponent(c) as number })), t0: answeredTotal(base) ?? 0 };
}

/** Steps above the current level, with component scores and total kept in step. */
export class PlanState {
  x: number[];
  c: number[];
  t: number;
  constructor(readonly m: PlanModel) {
    this.x = m.vars.map(() => 0);
    this.c = m.comps.map((c) => c.c0);
    this.t = m.t0;
  }
  add(i: number, n = 1): void {
    const v = this.m.vars[i];
    this.x[i] += n; this.c[v.comp] += n * v.a; this.t += n * v.b;
  }
  clone(): PlanState {
    const s = new PlanState(this.m);
    s.x = [...this.x]; s.c = [...this.c]; s.t = this.t;
    return s;
  }
  cost(): number { return this.x.reduce((s, x, i) => s + x * this.m.vars[i].effort, 0); }
  steps(): number { return this.x.reduce((s, x) => s + x, 0); }
}

export const lowerBound = (v: PlanVar, req: BandReq): number => (req.mustHave ? Math.max(0, v.mustMin - v.cur) : 0);

/** The band's score conditions (total, minComponent, maxComponentsBelow); must-haves are kept as lower bounds. */
export function scoresOk(s: PlanState, req: BandReq): boolean {
  if (!atLeast(s.t, req.minTotal)) return false;
  if (s.c.some((c) => isBelow(c, req.minComponent))) return false;
  for (const g of req.maxBelow) if (s.c.filter((c) => isBelow(c, g.threshold)).length > g.maxCount) return false;
  return true;
}

export function satisfies(s: PlanState, req: BandReq): boolean {
  return scoresOk(s, req) && s.m.vars.every((v, i) => s.x[i] >= lowerBound(v, req));
}

/** Start state: must-have minimums applied; null when a locked must-have cannot reach its minimum. */
export function forced(m: PlanModel, req: BandReq): PlanState | null {
  const s = new PlanState(m);
  for (let i = 0; i < m.vars.length; i++) {
    const lb = lowerBound(m.vars[i], req);
    if (lb > m.vars[i].up) return null;
    if (lb > 0) s.add(i, lb);
  }
  return s;
}

/** Takes single steps from `order` (best first) until `done()`; false when the steps run out first. */
function takeUntil(s: PlanState, order: number[], done: () => boolean): boolean {
  let k = 0;
  while (!done()) {
    while (k < order.length && s.x[order[k]] >= s.m.vars[order[k]].up) k++;
    if (k === order.length) return false;
    s.add(order[k]);
  }
  return true;
}

/**
 * Fewest steps for fixed component floors, exact when every step costs the same: any solution with k_j steps in
 * component j does at least as well with the k_j best steps of j (best for the component and for the total
 * alike, since b ∝ a inside a component); the minimal k_j for each floor is the greedy prefix; then the total
 * is a sum of concave step functions, so taking the globally largest remaining b first minimises Σ k_j.
 */
export function solveEqualEffort(m: PlanModel, req: BandReq, floors: number[], byA: number[][], byB: number[]): PlanState | null {
  const s = forced(m, req);
  if (!s) return null;
  for (let j = 0; j < m.comps.length; j++) {
    if (!takeUntil(s, byA[j], () => atLeast(s.c[j], floors[j]))) return null;
  }
  if (!takeUntil(s, byB, () => atLeast(s.t, req.minTotal))) return null;
  return satisfies(s, req) ? s : null;
}

/**
 * Unequal efforts make this a covering knapsack (NP-hard), so: greedy by points per effort for the floors and
 * the total, keeping as an alternative every "finish with one indicator" completion that is cheaper, then prune.
 */
export function solveByRatio(m: PlanModel, req: BandReq, floors: number[]): PlanState | null {
  const s = forced(m, req);
  if (!s) return null;
  const ratio = (key: 'a' | 'b') => (i: number, k: number) => m.vars[k][key] / m.vars[k].effort - m.vars[i][key] / m.vars[i].effort;
  const idx = m.vars.map((_, i) => i);
  for (let j = 0; j < m.comps.length; j++) {
    const order = idx.filter((i) => m.vars[i].comp === j).sort(ratio('a'));
    if (!takeUntil(s, order, () => atLeast(s.c[j], floors[j]))) return null;
  }
  const order = [...idx].sort(ratio('b'));
  let best: PlanState | null = null;
  let bestCost = Infinity;
  while (!atLeast(s.t, req.minTotal)) {
    const cost = s.cost();
    for (let i = 0; i < m.vars.length; i++) {
      const v = m.vars[i], room = v.up - s.x[i];
      if (room <= 0) continue;
      let n = Math.max(1, Math.ceil((req.minTotal - s.t) / v.b - 1e-9));
      while (n <= room && !atLeast(s.t + n * v.b, req.minTotal)) n++;
      if (n > room) continue;
      const finishCost = cost + n * v.effort;
      if (finishCost < bestCost) { best = s.clone(); best.add(i, n); bestCost = finishCost; }
    }
    if (!nextStep(s, order)) break;
  }
  const candidates = [s, best].filter((c): c is PlanState => c !== null && satisfies(c, req));
  if (!candidates.length) return null;
  const pick = candidates.sort((p, q) => p.cost() - q.cost())[0];
  return prune(pick, req);
}

function nextStep(s: PlanState, order: number[]): boolean {
  const k = order.find((i) => s.x[i] < s.m.vars[i].up);
  if (k === undefined) return false;
  s.add(k);
  return true;
}

/** Drops single steps, dearest first, as long as the band still holds. */
export function prune(s: PlanState, req: BandReq): PlanState {
  const m = s.m;
  const order = m.vars.map((_, i) => i).sort((i, k) => m.vars[k].effort - m.vars[i].effort || m.vars[i].b - m.vars[k].b);
  let changed = true;
  while (changed) {
    changed = false;
    for (const i of order) {
      while (s.x[i] > lowerBound(m.vars[i], req)) {
        s.add(i, -1);
        if (scoresOk(s, req)) { changed = true; continue; }
        s.add(i, 1);
        break;
      }
    }
  }
  return s;
}

/** Exhaustive search with cost bound, used for unequal efforts when the search space is small. */
export function solveExhaustive(m: PlanModel, req: BandReq): PlanState | null {
  const start = forced(m, req);
  if (!start) return null;
  const free = m.vars.map((_, i) => i).filter((i) => m.vars[i].up > start.x[i]);
  let best: PlanState | null = null;
  let bestKey = [Infinity, Infinity];
  const s = start.clone();
  const visit = (k: number, cost: number): void => {
    if (cost > bestKey[0]) return;
    if (k === free.length) {
      const steps = s.steps();
      if ((cost < bestKey[0] || (cost === bestKey[0] && steps < bestKey[1])) && scoresOk(s, req)) { best = s.clone(); bestKey = [cost, steps]; }
      return;
    }
    const i = free[k], v = m.vars[i], from = s.x[i];
    for (let x = from; x <= v.up; x++) {
      visit(k + 1, cost + (x - from) * v.effort);
      if (x < v.up) s.add(i, 1);
    }
    s.add(i, from - s.x[i]);
  };
  visit(0, start.cost());
  return best;
}

export const searchSpace = (m: PlanModel, req: BandReq): number =>
  m.vars.reduce((p, v) => p * (v.up - Math.min(v.up, lowerBound(v, req)) + 1), 1);
