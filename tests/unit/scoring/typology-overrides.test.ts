// "Bermasalah" is a condition: override rules (data) cap the typology whatever the score band says, with the reason.
import { describe, expect, it } from 'vitest';
import type { TypologyOverride } from '../../../shared/instrument/schema';
import { projectTypology, scoreAll } from '../../../shared/scoring';
import { GATES, levels, MINI } from './fixtures';

const t = (x: string) => ({ id: x, en: x });
const overrides: TypologyOverride[] = [
  { kind: 'mustHaveFailed', cap: 'E', label: t('butir wajib belum terpenuhi') },
  { kind: 'permitExpired', cap: 'E', label: t('izin operasional kedaluwarsa') },
  { kind: 'youngerThan', years: 2, cap: 'D', label: t('LKS berdiri kurang dari 2 tahun') },
];
const rules = { ...GATES.scoring.typology, overrides, model: t('model verifikasi LKS DIY 2015') };

describe('typology overrides', () => {
  it('a failed must-have makes a high score "E Bermasalah", and says why', () => {
    const r = projectTypology(rules, 95, 95, { mustHaveFailed: true });
    expect(r).toMatchObject({ typology: 'E', band: 'A' });
    expect(r.label.id).toBe('Bermasalah');
    expect(r.capped.map((c) => c.kind)).toEqual(['mustHaveFailed']);
    expect(r.note.id).toContain('Dibatasi menjadi E: butir wajib belum terpenuhi');
    expect(r.model!.id).toContain('DIY 2015');
  });

  it('an expired permit caps at E; a permit ending later, or no date, does not', () => {
    expect(projectTypology(rules, 95, 95, { assessedOn: '2026-12-01', permitExpiresOn: '2026-11-30' }).typology).toBe('E');
    expect(projectTypology(rules, 95, 95, { assessedOn: '2026-12-01', permitExpiresOn: '2026-12-01' }).typology).toBe('A');
    expect(projectTypology(rules, 95, 95, { assessedOn: '2026-12-01' }).typology).toBe('A');
  });

  it('a very young LKS is capped at D, never raised: a D or E band stays', () => {
    expect(projectTypology(rules, 95, 95, { assessedOn: '2026-12-01', foundingYear: 2025 })).toMatchObject({ typology: 'D', band: 'A' });
    expect(projectTypology(rules, 95, 95, { assessedOn: '2026-12-01', foundingYear: 2024 }).typology).toBe('A');
    expect(projectTypology(rules, 10, 10, { assessedOn: '2026-12-01', foundingYear: 2026 }).typology).toBe('E');
  });

  it('several rules: the worst cap wins and every reason is listed', () => {
    const r = projectTypology(rules, 95, 95, { mustHaveFailed: true, assessedOn: '2026-12-01', foundingYear: 2026 });
    expect(r.typology).toBe('E');
    expect(r.capped.map((c) => c.cap)).toEqual(['E', 'D']);
  });

  it('scoreAll applies them from the answers: S2 (must-have ≥ 2) at 1 turns a C into E', () => {
    const inst = { ...MINI, scoring: { ...MINI.scoring, typology: { ...MINI.scoring.typology, overrides } } };
    const facts = { lksType: 'lansia' as const, staffCount: 12 };
    const ok = scoreAll(inst, levels({ P1: 4, P2: 2, P3: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), facts, { assessedOn: '2026-12-01' });
    const failed = scoreAll(inst, levels({ P1: 4, P2: 2, P3: 2, S1: 3, S2: 1, R1: 3, R3: 1 }), facts, { assessedOn: '2026-12-01' });
    expect(ok.typology!.capped).toEqual([]);
    expect(failed.typology).toMatchObject({ typology: 'E' });
    expect(failed.typology!.band).not.toBe('E');
    // expired permit from the profile's date
    const expired = scoreAll(inst, levels({ P1: 4, P2: 2, P3: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), facts, { assessedOn: '2026-12-01', permitExpiresOn: '2025-01-01' });
    expect(expired.typology!.typology).toBe('E');
  });
});
