// An LKS's progress from real dossiers: three yearly exports of the sample LKS (S4 and Transparansi rising), synced
// into a mentor workspace, plus a list record from an earlier year without per-standard scores.
import { describe, expect, it } from 'vitest';
import { exportProgressDossiers, PROGRESS_YEARS } from '../../helpers/progress-dossiers';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

describe('mentor.progress', () => {
  it('gives the rounds in year order with labelled standard and TARIF scores, and what changed between them', async () => {
    const files = await exportProgressDossiers(tempDir(), tempDir());
    const mentor = testWorkspace();
    for (const f of files) expect((await mentor.call('dossier.import', { path: f })).ok).toBe(true);
    expect(await mentor.value('portfolio.fromDossiers')).toMatchObject({ created: 1, records: 3 });
    // Idempotent, with the per-principle scores in the stored JSON.
    expect(await mentor.value('portfolio.fromDossiers')).toEqual({ created: 0, updated: 0, records: 0, skipped: 0 });
    const stored = mentor.ws.db.prepare("SELECT gcg_scores FROM mentor_record WHERE source = 'dossier' ORDER BY year").all() as { gcg_scores: string }[];
    const gcg = stored.map((s) => JSON.parse(s.gcg_scores));
    expect(Object.keys(gcg[0])).toEqual(['overall', 'transparansi', 'akuntabilitas', 'responsibilitas', 'independensi', 'kewajaran']);
    expect(gcg[0].transparansi).toBe(0);
    expect(gcg[2].transparansi).toBe(100);

    const [lks] = await mentor.value('portfolio.list');
    await mentor.value('portfolio.update', { id: lks.id, record: { year: 2022, typology: 'D' } });
    const p = await mentor.value('mentor.progress', { lksId: lks.id });
    expect(p.rounds.map((r: { year: number; source: string }) => [r.year, r.source])).toEqual([[2022, 'manual'], ...PROGRESS_YEARS.map((y) => [y, 'dossier'])]);
    expect(p.rounds[0].standards).toEqual([]);
    expect(p.standardCodes).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(p.principleCodes).toEqual(['T', 'A', 'R', 'I', 'F']);
    expect(p.rounds[1].standards[3]).toMatchObject({ code: 'S4', label: { id: 'S4 Sumber Daya Manusia', en: 'S4 Human Resources' } });
    expect(p.rounds[1].principles[0]).toMatchObject({ code: 'T', principle: 'transparansi', score: 0, label: { id: 'T Transparansi', en: 'T Transparency' } });
    const s4 = p.rounds.slice(1).map((r: { standards: { code: string; score: number }[] }) => r.standards.find((s) => s.code === 'S4')!.score);
    expect(s4[0]).toBeLessThan(s4[1]);
    expect(s4[1]).toBeLessThan(s4[2]);

    const [first, second, third] = p.changes;
    expect(first.newlyScored).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(first.lines.map((l: { id: string }) => l.id)).toContain('Baru dinilai per standar: S1, S2, S3, S4, S5, S6');
    // 2024 → 2025: only S4 and Transparansi changed, S4 first among the standards.
    expect(second.standards.map((d: { code: string }) => d.code)).toEqual(['S4']);
    expect(second.principles.map((d: { code: string }) => d.code)).toEqual(['T']);
    expect(second.scoreDelta).toBeGreaterThan(0);
    expect(second.lines[0].id).toMatch(/^Nilai \d+(,\d)? → \d+(,\d)? \(\+\d+(,\d)?\)$/);
    expect(second.lines.some((l: { id: string; en: string }) => l.id.startsWith('S4 Sumber Daya Manusia: ') && l.en.startsWith('S4 Human Resources: '))).toBe(true);
    expect(second.lines.some((l: { id: string }) => /^GCG T Transparansi: 0 → \d/.test(l.id))).toBe(true);
    // 2025 → 2026: S4 and S6 changed, the bigger change first.
    expect(third.standards.map((d: { code: string }) => d.code).sort()).toEqual(['S4', 'S6']);
    expect(Math.abs(third.standards[0].delta)).toBeGreaterThanOrEqual(Math.abs(third.standards[1].delta));
    expect((await mentor.call('mentor.progress', { lksId: 9999 })).ok).toBe(false);
    mentor.ws.close();
  }, 120_000);
});
