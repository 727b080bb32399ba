// The progress diff: rounds in year order, deltas biggest first, grade/typology changes, standards newly scored or
// missing, rounds without per-standard scores, a single round and equal rounds.
import { describe, expect, it } from 'vitest';
import { buildProgress, type ProgressLabels, type ProgressRecord } from '../../../shared/mentor/progress';

const labels: ProgressLabels = {
  standards: { S1: { id: 'Program Pelayanan', en: 'Service Programme' }, S2: { id: 'Proses Pelayanan', en: 'Service Process' } },
  principles: { transparansi: { id: 'Transparansi', en: 'Transparency' } },
};
const rec = (r: Partial<ProgressRecord> & { year: number }): ProgressRecord =>
  ({ source: 'dossier', typology: null, grade: null, score: null, standards: null, gcg: null, ...r });
const ids = (lines: { id: string }[]) => lines.map((l) => l.id);
const ens = (lines: { en: string }[]) => lines.map((l) => l.en);

describe('buildProgress', () => {
  it('orders rounds by year and source, labels standards and principles, and falls back to the code', () => {
    const p = buildProgress([
      rec({ year: 2025, standards: { S10: 50, S2: 40, S1: 30 }, gcg: { overall: 70, transparansi: 60, kewajaran: 80 } }),
      rec({ year: 2024, source: 'import', typology: 'C' }),
      rec({ year: 2024, source: 'dossier', score: 55 }),
    ], labels);
    expect(p.rounds.map((r) => [r.year, r.source])).toEqual([[2024, 'import'], [2024, 'dossier'], [2025, 'dossier']]);
    expect(p.rounds[2].standards.map((s) => s.code)).toEqual(['S1', 'S2', 'S10']);
    expect(p.rounds[2].standards[0].label).toEqual({ id: 'S1 Program Pelayanan', en: 'S1 Service Programme' });
    expect(p.rounds[2].standards[2].label).toEqual({ id: 'S10', en: 'S10' });
    expect(p.rounds[2].principles.map((x) => [x.code, x.principle, x.label.en])).toEqual([['T', 'transparansi', 'T Transparency'], ['F', 'kewajaran', 'F']]);
    expect(p.rounds[2].gcgOverall).toBe(70);
    expect(p.standardCodes).toEqual(['S1', 'S2', 'S10']);
    expect(p.principleCodes).toEqual(['T', 'F']);
    expect(p.changes).toHaveLength(2);
  });

  it('says what changed: score, grade, typology, per-standard deltas biggest first, GCG, newly scored and missing', () => {
    const p = buildProgress([
      rec({ year: 2024, grade: 'C', typology: 'C', score: 50.04, standards: { S1: 40, S2: 60, S3: 70 }, gcg: { transparansi: 50 } }),
      rec({ year: 2026, grade: 'B', typology: 'B', score: 62.5, standards: { S1: 45, S2: 80, S4: 30 }, gcg: { transparansi: 75 } }),
    ], labels);
    const [c] = p.changes;
    expect(c.scoreDelta).toBe(12.5);
    expect(c.standards.map((d) => [d.code, d.delta])).toEqual([['S2', 20], ['S1', 5]]);
    expect(c.newlyScored).toEqual(['S4']);
    expect(c.missing).toEqual(['S3']);
    expect(ids(c.lines)).toEqual([
      'Nilai 50 → 62,5 (+12,5)', 'Peringkat C → B', 'Tipologi C → B',
      'S2 Proses Pelayanan: 60 → 80 (+20)', 'S1 Program Pelayanan: 40 → 45 (+5)', 'GCG T Transparansi: 50 → 75 (+25)',
      'Baru dinilai per standar: S4', 'Tanpa nilai per standar di putaran ini: S3',
    ]);
    expect(ens(c.lines)[0]).toBe('Score 50 → 62.5 (+12.5)');
  });

  it('a drop is shown with a minus sign and sorts by size, not sign', () => {
    const p = buildProgress([rec({ year: 2024, standards: { S1: 80, S2: 50 } }), rec({ year: 2025, standards: { S1: 50.25, S2: 55 } })], labels);
    expect(p.changes[0].standards.map((d) => d.code)).toEqual(['S1', 'S2']);
    expect(p.changes[0].lines[0].en).toBe('S1 Service Programme: 80 → 50.3 (−29.7)');
  });

  it('rounds without per-standard scores: a list record then a dossier, and the other way round', () => {
    const p = buildProgress([
      rec({ year: 2023, source: 'import', typology: 'C' }),
      rec({ year: 2024, typology: 'B', score: 60, standards: { S1: 40, S2: 60 } }),
      rec({ year: 2025, source: 'manual', typology: 'B' }),
    ], labels);
    expect(p.rounds[0].standards).toEqual([]);
    expect(ids(p.changes[0].lines)).toEqual(['Nilai pertama tercatat: 60', 'Tipologi C → B', 'Baru dinilai per standar: S1, S2']);
    expect(p.changes[1].missing).toEqual(['S1', 'S2']);
    expect(p.changes[1].scoreDelta).toBeNull();
    expect(ens(p.changes[1].lines)).toEqual(['No standard score in this round: S1, S2']);
  });

  it('a single round has no changes; equal rounds say there is no change', () => {
    const one = rec({ year: 2024, score: 60, grade: 'B', standards: { S1: 40 }, gcg: { overall: 70, transparansi: 60 } });
    expect(buildProgress([one], labels).changes).toEqual([]);
    expect(buildProgress([], labels)).toEqual({ rounds: [], changes: [], standardCodes: [], principleCodes: [] });
    const same = buildProgress([one, { ...one, year: 2025, standards: { S1: 40.01 } }], labels);
    expect(same.changes[0]).toMatchObject({ scoreDelta: 0, standards: [], principles: [], newlyScored: [], missing: [] });
    expect(same.changes[0].lines).toEqual([{ id: 'Tidak ada perubahan nilai.', en: 'No change in the scores.' }]);
  });
});
