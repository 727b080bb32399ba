// GCG checklist: per-principle and overall scores, conditional items hidden with reasons, incomplete ranges.
import { describe, expect, it } from 'vitest';
import { scoreGcg, type GcgAnswers } from '../../../shared/scoring';
import { CHECKLIST } from './fixtures';

const answers: GcgAnswers = { T1: 'met', A1: 'partial', I1: 'not-met', K1: 'met', K2: 'na' };
const small = { lksType: 'lansia' as const, annualAidIdr: 100_000_000 };

describe('scoreGcg', () => {
  it('scores principles and overall by item weight (hand-worked)', () => {
    const r = scoreGcg(CHECKLIST, answers, small);
    const p = Object.fromEntries(r.principles.map((x) => [x.id, x.score]));
    // T2 hidden (aid < 500 juta), R1 hidden (not LKSA), K2 answered N/A
    expect(p).toEqual({ transparansi: 100, akuntabilitas: 50, responsibilitas: null, independensi: 0, kewajaran: 100 });
    // overall = (1·1 + 1·0.5 + 1·0 + 2·1) / (1 + 1 + 1 + 2) = 3.5 / 5 = 70 (weighted by item, not the mean of principles)
    expect(r.overall.score).toBeCloseTo(70, 9);
    expect(r.complete).toBe(true);
    expect(r.hidden.map((h) => h.code)).toEqual(['T2', 'R1']);
    expect(r.hidden[0].reason.id).toContain('bantuan per tahun (Rp) ≥ 500.000.000');
    expect(r.items.find((i) => i.code === 'K2')).toMatchObject({ status: 'na', credit: null });
    expect(r.principles.find((x) => x.id === 'kewajaran')!.counts).toEqual({ answered: 1, unanswered: 0, na: 1, 'not-applicable': 0 });
  });

  it('a big aid amount brings the audit item in; unanswered gives a range', () => {
    const r = scoreGcg(CHECKLIST, answers, { ...small, annualAidIdr: 600_000_000 });
    expect(r.complete).toBe(false);
    expect(r.overall.score).toBeNull();
    // credit 3.5 over answered weight 5 plus T2 (w1) unanswered: min 3.5/6, max 4.5/6, answered-only 3.5/5
    expect(r.overall.range!.min).toBeCloseTo(350 / 6, 9);
    expect(r.overall.range!.max).toBeCloseTo(75, 9);
    expect(r.overall.answeredScore).toBeCloseTo(70, 9);
    const t = r.principles.find((x) => x.id === 'transparansi')!;
    expect(t.range).toEqual({ min: 50, max: 100 });
    expect(t.answeredScore).toBe(100);
  });

  it('an unknown aid amount hides the item and asks for the fact', () => {
    const r = scoreGcg(CHECKLIST, answers, { lksType: 'lksa' });
    expect(r.hidden).toEqual([expect.objectContaining({ code: 'T2', unknownFacts: ['annualAidIdr'] })]);
    expect(r.unknownFacts).toEqual(['annualAidIdr']);
    // R1 applies for LKSA and is unanswered
    expect(r.items.find((i) => i.code === 'R1')!.status).toBe('unanswered');
  });

  it('reports unknown codes and values', () => {
    const r = scoreGcg(CHECKLIST, { ...answers, Z1: 'met', T1: 'yes' as never }, small);
    expect(r.problems.map((p) => p.code)).toEqual(['T1', 'Z1']);
    expect(r.items[0].status).toBe('unanswered');
  });
});
