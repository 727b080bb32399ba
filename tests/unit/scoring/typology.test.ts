// Typology A–E from the accreditation total and the GCG score (basis 70/30, bands 85/70/55/40/0).
import { describe, expect, it } from 'vitest';
import { projectTypology, projectTypologyRange } from '../../../shared/scoring';
import { GATES } from './fixtures';

const rules = GATES.scoring.typology;

describe('projectTypology', () => {
  it('weights accreditation and GCG by the basis (hand-worked)', () => {
    // (80·70 + 90·30) / 100 = (5600 + 2700) / 100 = 83 → B (70 ≤ 83 < 85)
    const r = projectTypology(rules, 80, 90);
    expect(r.score).toBeCloseTo(83, 9);
    expect(r).toMatchObject({ typology: 'B', usedGcg: true, origin: 'estimate' });
    expect(r.label.id).toBe('Berkembang');
    expect(r.note.id).toBe('Skor tipologi 83 = 70% akreditasi (80) + 30% tata kelola (90). Pita tipologi adalah perkiraan.');
    // (90·70 + 60·30) / 100 = 81 → B, although 90 alone would be A
    expect(projectTypology(rules, 90, 60)).toMatchObject({ typology: 'B' });
  });

  it('without GCG uses the accreditation total alone and says so', () => {
    const r = projectTypology(rules, 90, null);
    expect(r).toMatchObject({ score: 90, typology: 'A', usedGcg: false });
    expect(r.note.en).toContain('accreditation total only');
  });

  it('band edges: exactly 85 is A, just under is B, 0 is E', () => {
    expect(projectTypology(rules, 85, null).typology).toBe('A');
    expect(projectTypology(rules, 84.99, null).typology).toBe('B');
    expect(projectTypology(rules, 40, null).typology).toBe('D');
    expect(projectTypology(rules, 39.9, null).typology).toBe('E');
    expect(projectTypology(rules, 0, 0).typology).toBe('E');
  });

  it('a basis of 100% GCG uses GCG only', () => {
    expect(projectTypology({ ...rules, basis: { accreditation: 0, gcg: 100 } }, 10, 72).score).toBe(72);
  });

  it('range: worst from the minimums, best from the maximums', () => {
    const r = projectTypologyRange(rules, { min: 50, max: 90 }, { min: 40, max: 100 });
    // worst: (50·70 + 40·30)/100 = 47 → D; best: (90·70 + 100·30)/100 = 93 → A
    expect(r.worst.score).toBeCloseTo(47, 9);
    expect([r.worst.typology, r.best.typology]).toEqual(['D', 'A']);
  });
});
