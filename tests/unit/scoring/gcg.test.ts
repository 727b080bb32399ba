// GCG checklist: per-principle and overall scores, conditional items hidden with reasons, incomplete ranges.
import { describe, expect, it } from 'vitest';
import { scoreGcg, type GcgAnswers } from '../../../shared/scoring';
import { CHECKLIST } from './fixtures';

const answers: GcgAnswers = { T1: 'met', A1: 'partial', I1: 'not-met', K1: 'met', K2: { notApplicable: true, reason: 'tidak ada pihak terafiliasi' } };
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
    expect(r.principles.find((x) => x.id === 'kewajaran')!.counts).toEqual({ answered: 1, unanswered: 0, na: 1, 'not-applicable': 0, advice: 0 });
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

  it('an unknown aid amount keeps the audit item in (provisionally) and asks for the fact', () => {
    // Before issue 8 the item was hidden while the aid was unknown, so leaving the field empty raised the score.
    const r = scoreGcg(CHECKLIST, answers, { lksType: 'lksa' });
    expect(r.hidden).toEqual([]);
    expect(r.items.find((i) => i.code === 'T2')).toMatchObject({ status: 'unanswered', unknownFacts: ['annualAidIdr'] });
    expect(r.unknownFacts).toEqual(['annualAidIdr']);
    expect(r.complete).toBe(false);
    expect(r.overall.score).toBeNull();
    // R1 applies for LKSA and is unanswered
    expect(r.items.find((i) => i.code === 'R1')!.status).toBe('unanswered');
  });

  it('answered items whose applicability is undecided count but leave no exact score', () => {
    const r = scoreGcg(CHECKLIST, { ...answers, T2: 'met', R1: 'met' }, { lksType: 'lksa' });
    expect(r.overall.counts.unanswered).toBe(0);
    expect(r.overall.score).toBeNull();
    expect(r.overall.range!.min).toBeCloseTo(r.overall.range!.max, 9);
    expect(r.complete).toBe(false);
  });

  it('"tidak berlaku" only where the item allows it, and only with a reason', () => {
    const r = scoreGcg(CHECKLIST, { ...answers, T1: { notApplicable: true, reason: 'kami kecil' }, K2: 'na', A1: { notApplicable: true, reason: ' ' } }, small);
    expect(r.items.find((i) => i.code === 'T1')!.status).toBe('unanswered');
    expect(r.items.find((i) => i.code === 'K2')!.status).toBe('unanswered');
    expect(r.items.find((i) => i.code === 'A1')!.status).toBe('unanswered');
    expect(r.problems.map((p) => p.code).sort()).toEqual(['A1', 'K2', 'T1']);
    expect(r.problems.find((p) => p.code === 'T1')!.message.id).toContain('tidak boleh');
    expect(r.problems.find((p) => p.code === 'K2')!.message.id).toContain('tanpa alasan');
  });

  it('an item that is only advice for this legal form is shown with its answer but not counted', () => {
    const advised = { ...CHECKLIST, items: CHECKLIST.items.map((i) => i.code === 'T1' ? { ...i, advice: { legalForms: ['perkumpulan' as const], reason: { id: 'anjuran', en: 'advice' } } } : i) };
    const asYayasan = scoreGcg(advised, { ...answers, T1: 'not-met' }, { ...small, legalForm: 'yayasan' });
    const asPerkumpulan = scoreGcg(advised, { ...answers, T1: 'not-met' }, { ...small, legalForm: 'perkumpulan' });
    expect(asYayasan.items[0]).toMatchObject({ status: 'answered', credit: 0 });
    expect(asPerkumpulan.items[0]).toMatchObject({ status: 'advice', answer: 'not-met', credit: null });
    expect(asPerkumpulan.items[0].reason!.id).toBe('anjuran');
    // without T1 counting: (0.5 + 0 + 2) / 4 = 62.5; with it as not met: 2.5 / 5 = 50
    expect(asPerkumpulan.overall.score).toBeCloseTo(62.5, 9);
    expect(asYayasan.overall.score).toBeCloseTo(50, 9);
    // an unknown legal form cannot turn an obligation into advice: it counts, and the result is incomplete
    const unknown = scoreGcg(advised, { ...answers, T1: 'not-met' }, small);
    expect(unknown.items[0]).toMatchObject({ status: 'answered', unknownFacts: ['legalForm'] });
    expect(unknown.complete).toBe(false);
  });

  it('reports unknown codes and values', () => {
    const r = scoreGcg(CHECKLIST, { ...answers, Z1: 'met', T1: 'yes' as never }, small);
    expect(r.problems.map((p) => p.code)).toEqual(['T1', 'Z1']);
    expect(r.items[0].status).toBe('unanswered');
  });

  it('reads a bare "na" from an old file as unanswered with a problem', () => {
    const r = scoreGcg(CHECKLIST, { ...answers, K2: 'na' }, small);
    expect(r.problems.map((p) => p.code)).toEqual(['K2']);
    expect(r.items.find((i) => i.code === 'K2')!.status).toBe('unanswered');
  });
});
