// Hand-worked component and total scores: renormalisation (N/A, rule, module), incomplete ranges, answer problems.
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers } from '../../../shared/scoring';
import { levels, makeInstrument, MINI } from './fixtures';

const facts = { lksType: 'lansia' as const, staffCount: 12 };
const full: Answers = { ...levels({ P1: 4, P2: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), P3: { notApplicable: true as const, reason: 'tidak ada program ini' } };

describe('scoreAnswers', () => {
  it('renormalises over applicable, non-N/A indicators (hand-worked)', () => {
    const r = scoreAnswers(MINI, full, facts);
    // PROG: P3 is N/A, so over P1 (w2) and P2 (w1): (2·4/4 + 1·2/4) / 3 = 2.5/3 → 83.333…
    // SDM: (3/4 + 2/4) / 2 = 0.625 → 62.5
    // SAR: R2 is in the LKSA module (lksType lansia → out); R1 w3 at 3/4, R3 w2 at 1/4: (2.25 + 0.5)/5 → 55
    // total = (30·83.333… + 20·62.5 + 50·55) / 100 = (2500 + 1250 + 2750) / 100 = 65
    const [prog, sdm, sar] = r.components;
    expect(prog.score).toBeCloseTo(250 / 3, 9);
    expect(sdm.score).toBeCloseTo(62.5, 9);
    expect(sar.score).toBeCloseTo(55, 9);
    expect(r.total).toBeCloseTo(65, 9);
    expect(r.complete).toBe(true);
    expect(r.range).toEqual({ min: r.total, max: r.total });
    expect(prog.indicators[2]).toMatchObject({ code: 'P3', status: 'na' });
    expect(sar.indicators[1]).toMatchObject({ code: 'R2', status: 'not-applicable' });
    expect(sar.indicators[1].reason?.id).toContain('Modul LKSA');
    expect(r.counts).toEqual({ scored: 6, unanswered: 0, na: 1, 'not-applicable': 1 });
    expect(r.problems).toEqual([]);
  });

  it('counts an indicator whose deciding fact is missing, and keeps the result incomplete until the fact is given', () => {
    // Before issue 8 a missing fact dropped R3 (not required) and gave an exact total of 75: a loophole.
    const r = scoreAnswers(MINI, full, { lksType: 'lansia' });
    // R3 counts provisionally at its answer: SAR = (2.25 + 0.5)/5 → 55, total 65 as with staffCount 12 — but not exact.
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.range!.min).toBeCloseTo(65, 9);
    expect(r.range!.max).toBeCloseTo(65, 9);
    expect(r.components[2].score).toBeNull();
    expect(r.unknownFacts).toEqual(['staffCount']);
    const r3 = r.components[2].indicators[2];
    expect(r3).toMatchObject({ status: 'scored', level: 1, unknownFacts: ['staffCount'] });
    expect(r3.reason?.id).toContain('Lengkapi profil');
  });

  it('an unknown LKS type keeps the LKSA module in: unanswered module items give a range, never an exact grade', () => {
    const r = scoreAnswers(MINI, full, { staffCount: 12 });
    const r2 = r.components[2].indicators[1];
    expect(r2).toMatchObject({ code: 'R2', status: 'unanswered', unknownFacts: ['lksType'] });
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    // SAR with R2 (w1) at 0 vs 4: (2.25 + 0 + 0.5)/6 → 45.83… vs (3.75)/6 → 62.5
    expect(r.components[2].range!.min).toBeCloseTo(275 / 6, 9);
    expect(r.components[2].range!.max).toBeCloseTo(62.5, 9);
  });

  it('gives ranges and a null total while incomplete (hand-worked)', () => {
    const { S2: _omit, ...partial } = full;
    const r = scoreAnswers(MINI, partial, facts);
    // SDM: S1 at 3/4, S2 unanswered: min (S2 = 0) = 0.75/2 → 37.5, max (S2 = 4) = 1.75/2 → 87.5
    // total min = (2500 + 20·37.5 + 2750)/100 = 60; max = (2500 + 20·87.5 + 2750)/100 = 70
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.components[1].score).toBeNull();
    expect(r.components[1].range!.min).toBeCloseTo(37.5, 9);
    expect(r.components[1].range!.max).toBeCloseTo(87.5, 9);
    expect(r.components[0].score).toBeCloseTo(250 / 3, 9);
    expect(r.range!.min).toBeCloseTo(60, 9);
    expect(r.range!.max).toBeCloseTo(70, 9);
    expect(r.counts.unanswered).toBe(1);
  });

  it('an LKSA profile brings the module in (unanswered R2 makes it incomplete)', () => {
    const r = scoreAnswers(MINI, full, { ...facts, lksType: 'lksa' });
    expect(r.components[2].indicators[1]).toMatchObject({ code: 'R2', status: 'unanswered' });
    // SAR with R2 (w1): min = 2.75/6, max = 3.75/6
    expect(r.components[2].range!.min).toBeCloseTo((100 * 2.75) / 6, 9);
    expect(r.components[2].range!.max).toBeCloseTo((100 * 3.75) / 6, 9);
  });

  it('reports bad answers and treats them as unanswered', () => {
    const r = scoreAnswers(MINI, {
      ...full, P1: { notApplicable: true, reason: 'x' }, S1: { level: 5 }, S2: { level: 1.5 }, X9: { level: 1 },
      R1: 'bad' as never,
    }, facts);
    expect(r.problems.map((p) => [p.code, p.kind])).toEqual([
      ['P1', 'not-applicable-not-allowed'], ['S1', 'invalid-level'], ['S2', 'invalid-level'], ['R1', 'invalid-answer'], ['X9', 'unknown-indicator'],
    ]);
    expect(r.components[0].indicators[0].status).toBe('unanswered');
    expect(r.counts.unanswered).toBe(4);
    expect(r.problems[0].message.en).toMatch(/cannot be marked not applicable/);
  });

  it('a component with nothing scorable is left out of the total', () => {
    const inst = makeInstrument({ components: [
      { id: 'a', code: 'A', weight: 70, indicators: [{ code: 'A1' }] },
      { id: 'b', code: 'B', weight: 30, indicators: [{ code: 'B1', allowNa: true }] },
    ] });
    const r = scoreAnswers(inst, { A1: { level: 2 }, B1: { notApplicable: true, reason: 'tidak ada' } }, {});
    // Only A counts: total = 70·50 / 70 = 50 (not 70·50/100 = 35)
    expect(r.components[1]).toMatchObject({ scored: false, score: null, range: null });
    expect(r.total).toBeCloseTo(50, 9);
    const none = scoreAnswers(makeInstrument({ components: [{ id: 'b', code: 'B', weight: 1, indicators: [{ code: 'B1', allowNa: true }] }] }),
      { B1: { notApplicable: true, reason: 'x' } }, {});
    expect(none).toMatchObject({ total: null, range: null, complete: true });
  });
});
