// The unscored prerequisites of applying: profile fields, a valid operating permit, stored unexpired evidence.
import { describe, expect, it } from 'vitest';
import type { Prerequisite } from '../../../shared/instrument/schema';
import { checkPrerequisites, scoreAll } from '../../../shared/scoring';
import { levels, MINI } from './fixtures';

const t = (x: string) => ({ id: x, en: x });
const prerequisites: Prerequisite[] = [
  { id: 'rekomendasi-dinsos', label: t('Rekomendasi Dinas Sosial'), check: { kind: 'evidence', evidenceKinds: ['rekomendasi-dinsos'] } },
  { id: 'rekomendasi-lkks', label: t('Rekomendasi LKKS'), check: { kind: 'evidence', evidenceKinds: ['rekomendasi-lkks'] }, applicability: { condition: { fact: 'operatesInMultipleRegencies', op: 'eq', value: true } } },
  { id: 'tanda-daftar', label: t('Tanda daftar'), check: { kind: 'profile', fields: ['registration.tandaDaftarNumber'] } },
  { id: 'izin', label: t('Izin operasional berlaku'), check: { kind: 'permitValid' } },
];
const inst = { prerequisites };
const today = '2026-12-01';

describe('checkPrerequisites', () => {
  it('reports each one as met or missing, with what was found', () => {
    const r = checkPrerequisites(inst, { operatesInMultipleRegencies: false }, {
      today,
      profile: { registration: { tandaDaftarNumber: 'TD/1', izinOperasionalNumber: 'IO/2', izinOperasionalExpiry: '2027-01-01' } },
      evidence: [{ kind: 'rekomendasi-dinsos', expiryDate: null }],
    });
    expect(r.map((x) => [x.id, x.status])).toEqual([['rekomendasi-dinsos', 'met'], ['rekomendasi-lkks', 'not-applicable'], ['tanda-daftar', 'met'], ['izin', 'met']]);
  });

  it('expired files and permits, blank fields and unknown facts are not met', () => {
    const r = checkPrerequisites(inst, {}, {
      today,
      profile: { registration: { tandaDaftarNumber: '  ', izinOperasionalNumber: 'IO/2', izinOperasionalExpiry: '2026-11-30' } },
      evidence: [{ kind: 'rekomendasi-dinsos', expiryDate: '2026-06-30' }, { kind: 'foto', expiryDate: null }],
    });
    expect(r.map((x) => x.status)).toEqual(['missing', 'undecided', 'missing', 'missing']);
    expect(r[0].detail.id).toContain('kedaluwarsa');
    expect(r[1].unknownFacts).toEqual(['operatesInMultipleRegencies']);
    expect(r[3].detail.id).toContain('berakhir 2026-11-30');
  });

  it('never changes the score; scoreAll returns them only when given the inputs', () => {
    const answers = levels({ P1: 4, P2: 2, P3: 2, S1: 3, S2: 2, R1: 3, R3: 1 });
    const facts = { lksType: 'lansia' as const, staffCount: 12 };
    const withInputs = scoreAll({ ...MINI, prerequisites }, answers, facts, { prerequisites: { profile: null, evidence: [], today } });
    const without = scoreAll(MINI, answers, facts);
    expect(withInputs.score.total).toBe(without.score.total);
    expect(withInputs.prerequisites).toHaveLength(4);
    expect(without.prerequisites).toEqual([]);
  });
});
