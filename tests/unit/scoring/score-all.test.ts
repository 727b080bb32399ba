// scoreAll: the one call behind the dashboard and the CLI, on the MINI instrument and the GCG fixture.
import { describe, expect, it } from 'vitest';
import { scoreAll, type GcgAnswers } from '../../../shared/scoring';
import { CHECKLIST, levels, MINI } from './fixtures';

const facts = { lksType: 'lansia' as const, staffCount: 12, annualAidIdr: 100_000_000 };
const answers = { ...levels({ P1: 4, P2: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), P3: { notApplicable: true as const, reason: 'x' } };
const gcgAnswers: GcgAnswers = { T1: 'met', A1: 'partial', I1: 'not-met', K1: 'met', K2: { notApplicable: true, reason: 'tidak ada pihak terafiliasi' } };

describe('scoreAll', () => {
  it('puts score, grade, validity, GCG, typology, gaps and plan together (hand-worked)', () => {
    const r = scoreAll(MINI, answers, facts, { checklist: CHECKLIST, gcgAnswers, assessedOn: '2026-11-25', linkedEvidence: { R1: ['foto'] } });
    expect(r.score.total).toBeCloseTo(65, 9);
    expect(r.grade.grade).toBe('C');
    expect(r.validity).toEqual({ grade: 'C', years: 2, expiresOn: '2028-11-25', origin: 'estimate' });
    expect(r.gcg!.overall.score).toBeCloseTo(70, 9);
    // typology = (65·70 + 70·30) / 100 = 66.5 → C (Tumbuh, 55 ≤ 66.5 < 70)
    expect(r.typology!.score).toBeCloseTo(66.5, 9);
    expect(r.typology).toMatchObject({ typology: 'C', usedGcg: true });
    expect(r.gaps.map((g) => g.code)).toEqual(['R3', 'R1', 'P2', 'S2', 'S1']);
    expect(r.plan).toMatchObject({ currentGrade: 'C', targetGrade: 'B', reachable: true });
    expect(r.unknownFacts).toEqual([]);
    expect(r.origins.note.id).toContain('perkiraan');
    expect(r.instrument).toMatchObject({ id: 'test-instrument', version: '1.0' });
  });

  it('an unfinished GCG checklist gives a typology range only', () => {
    const r = scoreAll(MINI, answers, facts, { checklist: CHECKLIST });
    expect(r.typology).toBeNull();
    // worst: (65·70 + 0·30)/100 = 45.5 → D; best: (65·70 + 100·30)/100 = 75.5 → B
    expect(r.typologyRange!.worst.score).toBeCloseTo(45.5, 9);
    expect([r.typologyRange!.worst.typology, r.typologyRange!.best.typology]).toEqual(['D', 'B']);
  });

  it('without a checklist the typology uses the accreditation total; missing facts are collected', () => {
    const r = scoreAll(MINI, answers, { lksType: 'lansia', staffCount: 12 });
    expect(r.gcg).toBeNull();
    expect(r.typology).toMatchObject({ usedGcg: false, typology: 'C' }); // total 65
    expect(r.validity).toBeNull();
    // A missing fact no longer drops R3 (which raised the total to 75 and the typology to B): no exact result.
    const missing = scoreAll(MINI, answers, { lksType: 'lansia' });
    expect(missing.unknownFacts).toEqual(['staffCount']);
    expect(missing.typology).toBeNull();
    expect(missing.grade.grade).toBeNull();
    expect(missing.grade.range).toEqual({ best: 'C', worst: 'C' });
    expect(missing.grade.summary.id).toContain('lengkapi profil (jumlah pegawai)');
  });
});
