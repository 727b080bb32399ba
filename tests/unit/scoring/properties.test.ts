// Property-based tests on random small instruments: bounds, monotonicity, exact renormalisation, planner, gaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade, Instrument } from '../../../shared/instrument/schema';
import {
  applyPlan, fillUnanswered, findGaps, gradeRank, gradeScore, planNextGrade, scoreAnswers, type Answers, type Facts,
} from '../../../shared/scoring';
import { makeInstrument, type InstrumentSpec } from './fixtures';
import { bruteForce } from './oracle';

const grades = fc.option(fc.subarray(['A', 'B', 'C'] as Grade[], { minLength: 1 }), { nil: undefined });
const indArb = fc.record({
  weight: fc.constantFrom(0.3, 0.5, 1, 1.5, 2, 2.7, 3, 4),
  mustHave: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  allowNa: fc.boolean(),
  effort: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  ruled: fc.integer({ min: 0, max: 5 }),
});
const specArb = fc.record({
  max: fc.integer({ min: 1, max: 4 }),
  comps: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 40 }), inds: fc.array(indArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  bands: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }).map((xs) => xs.sort((a, b) => b - a)),
  minComp: fc.option(fc.record({ min: fc.integer({ min: 0, max: 70 }), grades }), { nil: undefined }),
  maxBelow: fc.option(fc.record({ threshold: fc.integer({ min: 10, max: 90 }), maxCount: fc.integer({ min: 0, max: 2 }), grades }), { nil: undefined }),
  mustHave: fc.option(grades, { nil: null }),
  equalEffort: fc.boolean(),
});
type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

const code = (j: number, k: number) => `C${j}I${k}`;
function build(s: Spec, drop?: string): Instrument {
  const t = (x: string) => ({ id: x, en: x });
  const components: InstrumentSpec['components'] = s.comps.map((c, j) => ({
    id: `c${j}`, code: `K${j}`, weight: c.weight,
    indicators: c.inds.map((i, k) => ({
      code: code(j, k), weight: i.weight, allowNa: i.allowNa,
      ...(i.mustHave ? { mustHave: Math.min(i.mustHave, s.max) } : {}),
      ...(i.effort && !s.equalEffort ? { effort: i.effort } : {}),
      // about one in six indicators only applies to larger LKS (staffCount ≥ 10)
      ...(i.ruled === 0 ? { applicability: { condition: { fact: 'staffCount' as const, op: 'gte' as const, value: 10 } } } : {}),
    })).filter((i) => i.code !== drop),
  })).filter((c) => c.indicators.length > 0);
  return makeInstrument({
    max: s.max, components,
    bands: (['A', 'B', 'C'] as const).map((grade, k) => ({ grade, minTotal: s.bands[k], label: t(grade) })),
    gates: [
      ...(s.minComp ? [{ kind: 'minComponent' as const, min: s.minComp.min, ...(s.minComp.grades ? { grades: s.minComp.grades } : {}) }] : []),
      ...(s.maxBelow ? [{ kind: 'maxComponentsBelow' as const, threshold: s.maxBelow.threshold, maxCount: s.maxBelow.maxCount, ...(s.maxBelow.grades ? { grades: s.maxBelow.grades } : {}) }] : []),
      ...(s.mustHave !== null ? [{ kind: 'mustHave' as const, ...(s.mustHave ? { grades: s.mustHave } : {}) }] : []),
    ],
  });
}

/** choice per indicator: 0..max = level, max+1 = unanswered, max+2 = N/A (invalid where not allowed → unanswered + problem). */
function answersFor(inst: Instrument, choices: number[]): Answers {
  const out: Answers = {};
  inst.components.flatMap((c) => c.indicators).forEach((ind, k) => {
    const v = choices[k % choices.length] % (inst.scale.max + 3);
    if (v <= inst.scale.max) out[ind.code] = { level: v };
    else if (v === inst.scale.max + 2) out[ind.code] = { notApplicable: true, reason: 'tidak ada' };
  });
  return out;
}
const choicesArb = fc.array(fc.nat({ max: 1000 }), { minLength: 16, maxLength: 16 });
const factsArb = fc.constantFrom<Facts>({}, { staffCount: 5 }, { staffCount: 15 });
const gradeOf = (inst: Instrument, a: Answers, f: Facts) => gradeScore(inst, scoreAnswers(inst, a, f));
// With a missing fact, filled-in answers still have no exact grade (undecided items); the worst case is the planner's view.
const worstGrade = (inst: Instrument, a: Answers, f: Facts) => gradeOf(inst, fillUnanswered(scoreAnswers(inst, a, f), a, 0), f).range.worst;

describe('scoring properties', () => {
  it('every score is within 0..100 and min ≤ max', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, (s, ch, f) => {
      const inst = build(s);
      const r = scoreAnswers(inst, answersFor(inst, ch), f);
      for (const range of [r.range, ...r.components.map((c) => c.range)]) {
        if (!range) continue;
        expect(range.min).toBeGreaterThanOrEqual(0);
        expect(range.max).toBeLessThanOrEqual(100 + 1e-9);
        expect(range.min).toBeLessThanOrEqual(range.max + 1e-12);
      }
      if (r.complete && r.range) expect(r.total).toBe(r.range.min);
      const g = gradeScore(inst, r);
      expect(gradeRank(g.range.best)).toBeLessThanOrEqual(gradeRank(g.range.worst));
    }));
  });

  it('raising one answer never lowers the total, a component, or the grade', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, fc.nat(), (s, ch, f, pick) => {
      const inst = build(s);
      const a = answersFor(inst, ch);
      const before = scoreAnswers(inst, a, f);
      const raisable = before.components.flatMap((c) => c.indicators).filter((i) => i.status === 'scored' && (i.level as number) < inst.scale.max);
      fc.pre(raisable.length > 0);
      const target = raisable[pick % raisable.length];
      const after = scoreAnswers(inst, { ...a, [target.code]: { level: (target.level as number) + 1 } }, f);
      expect(after.range!.min).toBeGreaterThan(before.range!.min - 1e-9);
      expect(after.range!.max).toBeGreaterThan(before.range!.max - 1e-9);
      if (before.complete) expect(after.total!).toBeGreaterThan(before.total!);
      after.components.forEach((c, j) => { if (c.range) expect(c.range.min).toBeGreaterThan(before.components[j].range!.min - 1e-9); });
      const [gb, ga] = [gradeScore(inst, before), gradeScore(inst, after)];
      expect(gradeRank(ga.range.worst)).toBeLessThanOrEqual(gradeRank(gb.range.worst));
      expect(gradeRank(ga.range.best)).toBeLessThanOrEqual(gradeRank(gb.range.best));
    }));
  });

  it('marking an indicator N/A scores exactly as removing it from the instrument', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, fc.nat(), (s, ch, f, pick) => {
      const full = build(s);
      const allowing = full.components.flatMap((c) => c.indicators).filter((i) => i.allowNotApplicable);
      // an instrument needs one indicator left after the removal
      fc.pre(allowing.length > 0 && full.components.flatMap((c) => c.indicators).length > 1);
      const victim = allowing[pick % allowing.length].code;
      const base = answersFor(full, ch);
      const withNa = scoreAnswers(full, { ...base, [victim]: { notApplicable: true, reason: 'x' } }, f);
      const slim = build(s, victim);
      const { [victim]: _gone, ...rest } = base;
      const without = scoreAnswers(slim, rest, f);
      // An N/A answer does not supply a missing profile fact: an undecided victim keeps the result incomplete.
      const undecided = withNa.components.flatMap((c) => c.indicators).find((i) => i.code === victim)!.unknownFacts.length > 0;
      expect(withNa.complete).toBe(without.complete && !undecided);
      if (without.range === null) expect(withNa.range).toBeNull();
      else {
        expect(withNa.range!.min).toBeCloseTo(without.range.min, 9);
        expect(withNa.range!.max).toBeCloseTo(without.range.max, 9);
      }
      for (const c of without.components) {
        const twin = withNa.components.find((x) => x.id === c.id)!;
        expect(twin.scored).toBe(c.scored);
        if (c.range) expect(twin.range!.min).toBeCloseTo(c.range.min, 9);
      }
      expect(gradeScore(full, withNa).range).toEqual(gradeScore(slim, without).range);
    }));
  });

  it('gaps: each gain equals the closed form 100·w·(max−level)/max / Σw(component) × cw / Σcw', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, (s, ch, f) => {
      const inst = build(s);
      const a = answersFor(inst, ch);
      const r = scoreAnswers(inst, a, f);
      const cw = r.components.filter((c) => c.scored).reduce((sum, c) => sum + c.weight, 0);
      const gaps = findGaps(inst, a, f);
      const expectedCount = r.components.flatMap((c) => c.indicators).filter((i) => i.status === 'unanswered' || (i.status === 'scored' && (i.level as number) < inst.scale.max)).length;
      expect(gaps).toHaveLength(expectedCount);
      for (const g of gaps) {
        const c = r.components.find((x) => x.id === g.componentId)!;
        const expected = (((100 * g.weight * (inst.scale.max - g.currentLevel)) / inst.scale.max / c.scorableWeight) * c.weight) / cw;
        expect(g.gainToTotal).toBeCloseTo(expected, 9);
        expect(g.gainPerStep * (g.maxLevel - g.currentLevel)).toBeCloseTo(g.gainToTotal, 9);
      }
      for (let k = 1; k < gaps.length; k++) expect(gaps[k].gainToTotal).toBeLessThanOrEqual(gaps[k - 1].gainToTotal + 1e-9);
    }));
  });
});

describe('planner properties', () => {
  it('the steps really reach the promised grade; "not reachable" means all-max does not either', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), (s, ch, f, lockBits) => {
      const inst = build(s);
      const a = answersFor(inst, ch);
      const codes = inst.components.flatMap((c) => c.indicators.map((i) => i.code));
      const locked = codes.filter((_, k) => lockBits[k % 16] && k % 3 === 0);
      const plan = planNextGrade(inst, a, f, { locked });
      const now = worstGrade(inst, a, f);
      expect(plan.currentGrade).toBe(now);
      if (plan.alreadyTop) { expect(gradeRank(now)).toBe(0); return; }
      if (!plan.reachable) {
        const r = scoreAnswers(inst, a, f);
        const allMax: Answers = { ...a };
        for (const i of r.components.flatMap((c) => c.indicators)) {
          if (i.status !== 'scored' && i.status !== 'unanswered') continue;
          allMax[i.code] = { level: locked.includes(i.code) ? (i.level ?? 0) : inst.scale.max };
        }
        expect(gradeRank(gradeOf(inst, allMax, f).range.worst)).toBeGreaterThan(gradeRank(plan.targetGrade));
        return;
      }
      const after = worstGrade(inst, applyPlan(a, plan), f);
      expect(after).toBe(plan.resultingGrade);
      expect(gradeRank(after)).toBeLessThanOrEqual(gradeRank(plan.targetGrade));
      for (const st of plan.steps) {
        expect(locked).not.toContain(st.code);
        expect(st.toLevel).toBeGreaterThan(st.fromLevel);
        expect(st.toLevel).toBeLessThanOrEqual(inst.scale.max);
      }
      expect(plan.totalSteps).toBe(plan.steps.reduce((sum, st) => sum + st.toLevel - st.fromLevel, 0));
    }), { numRuns: 300 });
  });

  it('on small instruments the plan is minimal (checked against brute force)', () => {
    fc.assert(fc.property(specArb, choicesArb, factsArb, (s, ch, f) => {
      const inst = build(s);
      const a = answersFor(inst, ch);
      const r = scoreAnswers(inst, a, f);
      const scorable = r.components.flatMap((c) => c.indicators).filter((i) => i.status === 'scored' || i.status === 'unanswered');
      fc.pre((inst.scale.max + 1) ** scorable.length <= 4096);
      const plan = planNextGrade(inst, a, f);
      fc.pre(plan.reachable && !plan.alreadyTop && plan.steps.length > 0);
      const best = bruteForce(inst, a, f, plan.targetGrade!)!;
      expect(plan.method).toBe('exact');
      if (s.equalEffort) expect(plan.totalSteps).toBe(best.steps);
      else expect(plan.totalEffort).toBe(best.effort);
    }), { numRuns: 300 });
  });
});
