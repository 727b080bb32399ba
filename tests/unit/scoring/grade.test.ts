// Hand-worked grades for each gate rule, incomplete grade ranges, reason texts and the validity projection.
import { describe, expect, it } from 'vitest';
import { evaluateGrade, gradeScore, projectValidity, scoreAnswers } from '../../../shared/scoring';
import { GATES, levels, MINI } from './fixtures';

const grade = (answers: Record<string, number>) => gradeScore(GATES, scoreAnswers(GATES, levels(answers), {}));
const ALL4 = { P1: 4, P2: 4, M1: 4, M2: 4, S1: 4, S2: 4, R1: 4, R2: 4 };

describe('gradeScore on GATES (weights 40/40/10/10; A ≥ 86, B ≥ 71, C ≥ 56)', () => {
  it('all at the top → A, with every check passed', () => {
    const g = grade(ALL4);
    expect(g.grade).toBe('A');
    expect(g.reasons.filter((r) => r.band === 'A').every((r) => r.passed)).toBe(true);
    expect(g.summary.id).toBe('Peringkat A (perkiraan).');
  });

  it('minComponent: total 93.75 meets A but SDM 37.5 < 40 blocks A and B → C', () => {
    // PROG 100, MAN 100, SDM (1+2)/8 = 37.5, SAR 100; total = 40 + 40 + 3.75 + 10 = 93.75
    const g = grade({ ...ALL4, S1: 1, S2: 2 });
    expect(g.grade).toBe('C');
    expect(g.reasons.find((r) => r.band === 'A' && r.gate === 'minComponent')).toMatchObject({ passed: false });
    expect(g.reasons.find((r) => r.band === 'A' && r.gate === 'minTotal')).toMatchObject({ passed: true });
    expect(g.summary.id).toContain('Tidak A: Total 93.8 memenuhi batas A (86) tetapi komponen SDM 37.5 di bawah 40.');
    expect(g.summary.en).toContain('Not B: Total 93.8 meets the B threshold (71) but component SDM 37.5 below 40.');
  });

  it('maxComponentsBelow: two components under 56 block A only → B', () => {
    // PROG 100, MAN 100, SDM 50, SAR 50; total = 40 + 40 + 5 + 5 = 90
    const g = grade({ ...ALL4, S1: 2, S2: 2, R1: 2, R2: 2 });
    expect(g.grade).toBe('B');
    const check = g.reasons.find((r) => r.band === 'A' && r.gate === 'maxComponentsBelow')!;
    expect(check.passed).toBe(false);
    expect(check.detail.id).toBe('2 komponen di bawah 56 (SDM 50, SAR 50); melebihi batas paling banyak 1');
    // One of them at 62.5 is enough for A: total = 40 + 40 + 6.25 + 5 = 91.25
    expect(grade({ ...ALL4, S1: 3, S2: 2, R1: 2, R2: 2 }).grade).toBe('A');
  });

  it('mustHave: P1 at 2 (< 3) fails every band even with total 90', () => {
    // PROG (2+4)/8 = 75; total = 30 + 40 + 10 + 10 = 90
    const g = grade({ ...ALL4, P1: 2 });
    expect(g.grade).toBeNull();
    expect(g.reasons.filter((r) => r.gate === 'mustHave').map((r) => r.passed)).toEqual([false, false, false]);
    expect(g.summary.id).toContain('Tidak C: Total 90 memenuhi batas C (56) tetapi indikator wajib belum mencapai level minimum: P1 (2 < 3).');
    expect(g.summary.id.startsWith('Belum memenuhi peringkat mana pun (perkiraan).')).toBe(true);
  });

  it('English reasons count in words: "1 component", "Components …", "1 indicator unanswered", never "(s)"', () => {
    const one = grade({ ...ALL4, S1: 2, S2: 2 }).reasons.find((r) => r.band === 'A' && r.gate === 'maxComponentsBelow')!;
    expect(one.detail.en).toBe('1 component below 56 (SDM 50); within the limit of 1');
    const two = grade({ ...ALL4, S1: 1, S2: 1, R1: 1, R2: 1 }).reasons.find((r) => r.band === 'B' && r.gate === 'minComponent')!;
    expect(two.detail.en).toBe('Components SDM 25, SAR 25 below 40');
    const must = grade({ ...ALL4, P1: 2 }).reasons.find((r) => r.band === 'C' && r.gate === 'mustHave')!;
    expect(must.detail.en).toBe('Must-have indicator below its minimum level: P1 (2 < 3)');
    const met = grade(ALL4).reasons.find((r) => r.band === 'A' && r.gate === 'mustHave')!;
    expect(met.detail.en).toBe('The 1 must-have indicator reaches its minimum level');
    const { R2: _, ...missingOne } = ALL4;
    expect(grade(missingOne).summary.en).toContain('Incomplete: 1 indicator unanswered;');
    expect(grade(missingOne).summary.id).toContain('Belum lengkap: 1 indikator belum dijawab;');
  });

  it('minTotal alone: total 55 is below C', () => {
    // P1 3 → PROG 62.5, others 2 → 50: total = 25 + 20 + 5 + 5 = 55
    const g = grade({ P1: 3, P2: 2, M1: 2, M2: 2, S1: 2, S2: 2, R1: 2, R2: 2 });
    expect(g.grade).toBeNull();
    expect(g.reasons.find((r) => r.band === 'C' && r.gate === 'minTotal')!.detail.id).toBe('Total 55 di bawah batas C (56)');
  });

  it('exactly on a threshold counts as meeting it, within float tolerance only', () => {
    const view = (total: number) => ({ total, components: [{ code: 'X', score: 40 - 1e-12 }], mustHave: [] });
    expect(evaluateGrade(GATES.scoring, view(86 - 1e-12)).grade).toBe('A');
    expect(evaluateGrade(GATES.scoring, view(86 - 1e-6)).grade).toBe('B');
    const low = evaluateGrade(GATES.scoring, { total: 90, components: [{ code: 'X', score: 39.96 }], mustHave: [] });
    expect(low.grade).toBe('C');
    // one decimal would print "40 di bawah 40"; the text keeps enough digits not to contradict itself
    expect(low.checks.find((c) => c.gate === 'minComponent')!.detail.id).toBe('Komponen X 39.96 di bawah 40');
  });

  it('incomplete: grade null with the best/worst reachable range (hand-worked on MINI)', () => {
    const answers = { ...levels({ P1: 4, P2: 2, S1: 3, R1: 3, R3: 1 }), P3: { notApplicable: true as const, reason: 'x' } };
    const g = gradeScore(MINI, scoreAnswers(MINI, answers, { lksType: 'lansia', staffCount: 12 }));
    // worst (S2 = 0): total 60, SDM 37.5 < 40 and S2 < 2 → none; best (S2 = 4): total 70, SDM 87.5 → C
    expect(g).toMatchObject({ grade: null, complete: false, range: { worst: null, best: 'C' } });
    expect(g.summary.id).toContain('Belum lengkap: 1 indikator belum dijawab');
  });

  it('complete MINI example is C (65 < 71)', () => {
    const answers = { ...levels({ P1: 4, P2: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), P3: { notApplicable: true as const, reason: 'x' } };
    const g = gradeScore(MINI, scoreAnswers(MINI, answers, { lksType: 'lansia', staffCount: 12 }));
    expect(g).toMatchObject({ grade: 'C', range: { best: 'C', worst: 'C' } });
    expect(g.summary.id).toContain('Tidak B: Total 65 di bawah batas B (71)');
  });
});

describe('projectValidity', () => {
  const rules = GATES.scoring;
  it('adds the validity years of the grade to the assessment date', () => {
    expect(projectValidity('A', '2026-11-25', rules)).toEqual({ grade: 'A', years: 5, expiresOn: '2031-11-25', origin: 'estimate' });
    expect(projectValidity('B', '2026-11-25', rules)!.expiresOn).toBe('2029-11-25');
    expect(projectValidity('C', '2026-11-25', rules)!.expiresOn).toBe('2028-11-25');
  });
  it('clamps 29 February and rounds fractional years to months', () => {
    expect(projectValidity('B', '2024-02-29', rules)!.expiresOn).toBe('2027-02-28');
    expect(projectValidity('A', '2024-02-29', { validityYears: { A: 4, B: 3, C: 2, origin: 'official' } })!.expiresOn).toBe('2028-02-29');
    expect(projectValidity('C', '2026-08-31', { validityYears: { A: 5, B: 3, C: 2.5, origin: 'estimate' } })!.expiresOn).toBe('2029-02-28');
  });
  it('no grade → no validity; a bad date throws', () => {
    expect(projectValidity(null, '2026-11-25', rules)).toBeNull();
    expect(() => projectValidity('A', '2026-02-30', rules)).toThrow(RangeError);
  });
});
