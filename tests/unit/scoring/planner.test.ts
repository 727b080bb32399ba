// Planner: hand-worked plans on GATES for each gate, unanswered as 0, locks, efforts, timing on 100 indicators.
import { describe, expect, it } from 'vitest';
import { applyPlan, fillUnanswered, gradeScore, planNextGrade, scoreAnswers, type Answers } from '../../../shared/scoring';
import { bigInstrument, GATES, levels, makeInstrument, randomAnswers } from './fixtures';
import { bruteForce } from './oracle';

// P1 3 → PROG 62.5; everything else 2 → 50. Total = 0.4·62.5 + 0.4·50 + 0.1·50 + 0.1·50 = 55 (no grade).
// One step on PROG/MAN adds 5 to the total, on SDM/SAR 1.25.
const START = levels({ P1: 3, P2: 2, M1: 2, M2: 2, S1: 2, S2: 2, R1: 2, R2: 2 });

/** Applies the plan, counts the remaining unanswered as 0 (as the planner does) and grades the result. */
const gradeAfter = (inst = GATES, answers: Answers, plan: ReturnType<typeof planNextGrade>) => {
  const applied = applyPlan(answers, plan);
  return gradeScore(inst, scoreAnswers(inst, fillUnanswered(scoreAnswers(inst, applied, {}), applied, 0), {})).grade;
};

describe('planNextGrade (GATES)', () => {
  it('next grade C: one 5-point step (55 → 60)', () => {
    const p = planNextGrade(GATES, START, {});
    expect(p).toMatchObject({ currentGrade: null, targetGrade: 'C', reachable: true, totalSteps: 1, resultingGrade: 'C', method: 'exact' });
    expect(p.steps).toEqual([{ code: 'P1', componentId: 'prog', fromLevel: 3, toLevel: 4, unanswered: false, mustHave: false, effort: 1 }]);
    expect(p.resultingTotal).toBeCloseTo(60, 9);
    expect(p.reason.id).toBe('Dari belum terakreditasi ke C: 1 langkah pada 1 indikator; total menjadi 60.');
  });

  it('target B: 16 points needed → 4 big steps (3 would give 70 < 71)', () => {
    const p = planNextGrade(GATES, START, {}, { targetGrade: 'B' });
    expect(p.totalSteps).toBe(4);
    expect(p.resultingTotal).toBeCloseTo(75, 9);
    expect(gradeAfter(GATES, START, p)).toBe('B');
  });

  it('target A with maxComponentsBelow: 6 big steps + 1 step lifting SDM or SAR above 56 = 7', () => {
    // 7 big steps alone reach 90 but leave SDM and SAR both at 50 (< 56, only 1 allowed);
    // 6 big + 1 small = 55 + 30 + 1.25 = 86.25 ≥ 86 with one of them at 62.5.
    const p = planNextGrade(GATES, START, {}, { targetGrade: 'A' });
    expect(p.totalSteps).toBe(7);
    expect(p.resultingTotal).toBeCloseTo(86.25, 9);
    expect(p.steps.filter((s) => ['S1', 'S2', 'R1', 'R2'].includes(s.code))).toHaveLength(1);
    expect(gradeAfter(GATES, START, p)).toBe('A');
    expect(bruteForce(GATES, START, {}, 'A')!.steps).toBe(7);
  });

  it('minComponent for B: SDM at 25 must be lifted to 40 first', () => {
    // SDM (1+1)/8 = 25; B needs every component ≥ 40: one SDM step gives 37.5, so two are needed (→ 50)
    const start = { ...START, ...levels({ S1: 1, S2: 1, P1: 4, P2: 4, M1: 4 }) };
    // total now = 0.4·100 + 0.4·75 + 0.1·25 + 0.1·50 = 77.5 ≥ 71, but SDM 25 < 40 → C
    const p = planNextGrade(GATES, start, {});
    expect(p.currentGrade).toBe('C');
    expect(p.targetGrade).toBe('B');
    expect(p.steps.every((s) => s.componentId === 'sdm')).toBe(true);
    expect(p.totalSteps).toBe(2);
    expect(p.reason.en).toBe('From C to B: 2 steps on 1 indicator; total becomes 80.');
  });

  it('unanswered indicators count as 0; the must-have P1 is raised to 3 first', () => {
    // All 0. C needs P1 ≥ 3 (3 steps, +15) and total ≥ 56: 41 more = 9 big steps → 12 steps, total 60.
    const p = planNextGrade(GATES, {}, {});
    expect(p).toMatchObject({ currentGrade: null, targetGrade: 'C', totalSteps: 12, unansweredAsZero: 8 });
    expect(p.steps.find((s) => s.code === 'P1')).toMatchObject({ fromLevel: 0, unanswered: true, mustHave: true });
    expect(p.steps.find((s) => s.code === 'P1')!.toLevel).toBeGreaterThanOrEqual(3);
    expect(p.resultingTotal).toBeCloseTo(60, 9);
    expect(p.reason.id).toContain('8 indikator yang belum dijawab dihitung level 0.');
    expect(gradeAfter(GATES, {}, p)).toBe('C');
  });

  it('already at the top grade', () => {
    const all = levels({ P1: 4, P2: 4, M1: 4, M2: 4, S1: 4, S2: 4, R1: 4, R2: 4 });
    const p = planNextGrade(GATES, all, {});
    expect(p).toMatchObject({ currentGrade: 'A', alreadyTop: true, reachable: true, steps: [], totalSteps: 0, targetGrade: null });
    expect(p.reason.id).toBe('Sudah di peringkat tertinggi (A); pertahankan.');
    expect(planNextGrade(GATES, all, {}, { targetGrade: 'B' })).toMatchObject({ reachable: true, steps: [] });
  });

  it('not reachable when a locked must-have stays below its minimum', () => {
    const start = { ...START, P1: { level: 2 } };
    const p = planNextGrade(GATES, start, {}, { locked: ['P1'] });
    expect(p).toMatchObject({ reachable: false, targetGrade: 'C', steps: [] });
    expect(p.reason.id).toContain('C tidak dapat dicapai walaupun semua indikator yang dapat diubah (1 indikator dikunci)');
    expect(p.reason.id).toContain('P1 (2 < 3)');
    expect(bruteForce(GATES, start, {}, 'C', ['P1'])).toBeNull();
  });

  it('locks are respected when the grade is still reachable', () => {
    const p = planNextGrade(GATES, START, {}, { locked: ['P1', 'P2'] });
    expect(p.steps).toEqual([expect.objectContaining({ code: 'M1', fromLevel: 2, toLevel: 3 })]);
  });

  it('least effort when efforts differ (exact search on a small instrument)', () => {
    const inst = makeInstrument({
      components: [
        { id: 'prog', code: 'PROG', weight: 40, indicators: [{ code: 'P1', mustHave: 3, effort: 3 }, { code: 'P2', effort: 3 }] },
        { id: 'man', code: 'MAN', weight: 40, indicators: [{ code: 'M1', effort: 1 }, { code: 'M2', effort: 3 }] },
        { id: 'sdm', code: 'SDM', weight: 10, indicators: [{ code: 'S1', effort: 2 }, { code: 'S2', effort: 2 }] },
        { id: 'sar', code: 'SAR', weight: 10, indicators: [{ code: 'R1', effort: 2 }, { code: 'R2', effort: 2 }] },
      ],
      gates: GATES.scoring.gates,
    });
    const p = planNextGrade(inst, START, {});
    expect(p.steps).toEqual([expect.objectContaining({ code: 'M1', toLevel: 3, effort: 1 })]);
    expect(p).toMatchObject({ totalEffort: 1, method: 'exact' });
    const b = planNextGrade(inst, START, {}, { targetGrade: 'B' });
    // C needs 1 point: M1 (5 points, effort 1) beats a small step (1.25 points, effort 2). B needs 16 points.
    expect(b.totalEffort).toBe(bruteForce(inst, START, {}, 'B')!.effort);
    expect(b.reason.id).toContain(`usaha ${b.totalEffort}`);
  });
});

describe('planner on a 100-indicator instrument', () => {
  for (const withEffort of [false, true]) {
    it(`reaches the promised grade (${withEffort ? 'unequal efforts, heuristic' : 'equal efforts, exact'})`, () => {
      const inst = bigInstrument(100, 7, withEffort);
      // Correctness only; how long planning takes is measured by `npm run bench`, not asserted here.
      for (let seed = 1; seed <= 20; seed++) {
        const answers = randomAnswers(inst, seed, 3);
        const p = planNextGrade(inst, answers, {});
        if (!p.alreadyTop) {
          expect(p.reachable).toBe(true);
          expect(gradeAfter(inst, answers, p)).toBe(p.resultingGrade);
          expect(['A', 'B', 'C'].indexOf(p.resultingGrade!)).toBeLessThanOrEqual(['A', 'B', 'C'].indexOf(p.targetGrade!));
          expect(p.method).toBe(withEffort ? 'heuristic' : 'exact');
        }
      }
    });
  }
});
