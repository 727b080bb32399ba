// The mentor's list import through the handler table on a real workspace: preview, commit, Table I.1 reproduced,
// no duplicates on re-import, other provinces' mangled codes, and bad rows that save nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryJson } from '../../../electron/transports/cli/mentor-commands';
import { MAX_PORTFOLIO_FILE_BYTES } from '../../../shared/api/contract-mentor';
import { sha256File, tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { fixture, listInput, TABLE_I_1 } from './helpers';

const count = (t: ReturnType<typeof testWorkspace>, table: string) => (t.ws.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('portfolio list import', () => {
  it('previews the DIY 2015 list without saving, then commits it and the summary is Table I.1', async () => {
    const t = testWorkspace();
    const preview = await t.value('portfolio.importPreview', listInput(fixture('diy-2015.csv')));
    expect(preview.errors).toEqual([]);
    expect(preview.format).toBe('csv');
    expect(preview.rows).toHaveLength(366);
    expect(preview.newLks).toBe(366);
    expect(count(t, 'mentor_lks')).toBe(0);
    // Spreadsheet row numbers: the header is row 1; a name with a line break is still one row.
    expect(preview.rows[0].row).toBe(2);
    expect(preview.rows.at(-1).row).toBe(367);
    const broken = preview.rows.find((r: { name: string }) => r.name === 'LKSA Griya Pertiwi');
    expect(broken).toMatchObject({ regionCode: '34.02', regionName: 'Kabupaten Bantul', lksType: 'lksa', typology: 'E', grade: null, year: 2015 });
    expect(preview.rows.filter((r: { regionCode: string }) => r.regionCode === '34.04')).toHaveLength(115);

    const done = await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    expect(done).toMatchObject({ ok: true, created: 366, updated: 0 });
    expect(count(t, 'mentor_lks')).toBe(366);
    expect(count(t, 'mentor_record')).toBe(366);
    expect(t.ws.db.prepare('SELECT file_name, row_count FROM mentor_import').all()).toEqual([{ file_name: 'diy-2015.csv', row_count: 366 }]);

    const summary = await t.value('summary.get', {});
    expect(summary.year).toBeNull();
    expect(summaryJson(summary)).toEqual(TABLE_I_1);
    expect(await t.value('summary.get', { year: 2015, region: '34' }).then(summaryJson)).toEqual(TABLE_I_1);
    const sleman = await t.value('summary.get', { region: '34.04' });
    expect(summaryJson(sleman).rows).toEqual([TABLE_I_1.rows[3]]);
    expect(summaryJson(sleman).total).toEqual({ A: 2, B: 29, C: 44, D: 16, E: 24, total: 115 });
    expect((await t.value('summary.get', { year: 2016 })).total.total).toBe(0);
    const grades = summary.grades;
    expect(grades.A + grades.B + grades.C + grades.none).toBe(366);
    expect(summary.years).toEqual([2015]);
    // By type: the types add up to the whole.
    let byType = 0;
    for (const lksType of ['lksa', 'lansia', 'disabilitas', 'lk3', 'rehsos', 'lainnya']) byType += (await t.value('summary.get', { lksType })).total.total;
    const untyped = t.ws.db.prepare('SELECT COUNT(*) AS n FROM mentor_lks WHERE lks_type IS NULL').get() as { n: number };
    expect(byType + untyped.n).toBe(366);
    t.ws.close();
  });

  it('importing the same list again duplicates nothing; a later year adds records and the latest year counts', async () => {
    const t = testWorkspace();
    await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    const again = await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    expect(again).toMatchObject({ ok: true, created: 0, updated: 366 });
    expect((await t.value('portfolio.importPreview', listInput(fixture('diy-2015.csv')))).existingLks).toBe(366);
    expect(count(t, 'mentor_lks')).toBe(366);
    expect(count(t, 'mentor_record')).toBe(366);

    // The 2016 list: the same LKS with names typed differently (case, spacing), Kota Yogyakarta's all moved up to B.
    const rows2015 = (await t.value('portfolio.importPreview', listInput(fixture('diy-2015.csv')))).rows as { name: string; regionCode: string }[];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const moved = ['NAMA;KODE_WILAYAH;TIPOLOGI;TAHUN', ...rows2015.filter((r) => r.regionCode === '34.71')
      .map((r) => [quote(r.name.toUpperCase().replace(/ /g, '  ')), '3471', 'b', '2016'].join(';'))].join('\n');
    const file = path.join(tempDir(), 'daftar-2016.csv');
    fs.writeFileSync(file, moved);
    const r2016 = await t.value('portfolio.importCommit', listInput(file));
    expect(r2016).toMatchObject({ ok: true, created: 0, updated: 68 });
    expect(count(t, 'mentor_lks')).toBe(366);
    const latest = summaryJson(await t.value('summary.get', {}));
    expect(latest.rows.find((r) => r.kode_wilayah === '34.71')).toMatchObject({ A: 0, B: 68, C: 0, D: 0, E: 0, total: 68 });
    expect(summaryJson(await t.value('summary.get', { year: 2015 }))).toEqual(TABLE_I_1);
    expect(summaryJson(await t.value('summary.get', { year: 2016 })).total).toEqual({ A: 0, B: 68, C: 0, D: 0, E: 0, total: 68 });

    const list = await t.value('portfolio.list');
    expect(list).toHaveLength(366);
    const jogja = list.find((r: { regionCode: string }) => r.regionCode === '34.71');
    expect(jogja).toMatchObject({ regionName: 'Kota Yogyakarta', recorded: { year: 2016, typology: 'B' }, projected: null, openActions: 0, lastVisit: null });
    t.ws.close();
  });

  it('reads codes of other provinces back as the codes they were (11.1 → 11.10, "12,1" → 12.10, 3210 → 32.10)', async () => {
    const t = testWorkspace();
    const preview = await t.value('portfolio.importPreview', listInput(fixture('other-provinces.csv')));
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r: { regionCode: string; regionName: string; lksType: string; typology: string; grade: string | null; year: number }) => [r.regionCode, r.regionName, r.lksType, r.typology, r.grade, r.year])).toEqual([
      ['11.10', 'Kabupaten Aceh Singkil', 'lksa', 'B', 'A', 2024],
      ['11.71', 'Kota Banda Aceh', 'lansia', 'C', null, 2024],
      ['12.10', 'Kabupaten Labuhanbatu', 'rehsos', 'D', null, 2024],
      ['32.10', 'Kabupaten Majalengka', 'lk3', 'C', 'B', 2023],
      ['91.71', 'Kota Jayapura', 'lksa', 'A', 'A', 2024],
      ['73.71', 'Kota Makassar', 'disabilitas', 'E', null, 2024],
    ]);
    expect((await t.value('portfolio.importCommit', listInput(fixture('other-provinces.csv')))).ok).toBe(true);
    const aceh = summaryJson(await t.value('summary.get', { region: '11' }));
    expect(aceh).toEqual({
      rows: [
        { kode_wilayah: '11.10', nama_wilayah: 'Kabupaten Aceh Singkil', A: 0, B: 1, C: 0, D: 0, E: 0, total: 1 },
        { kode_wilayah: '11.71', nama_wilayah: 'Kota Banda Aceh', A: 0, B: 0, C: 1, D: 0, E: 0, total: 1 },
      ],
      total: { A: 0, B: 1, C: 1, D: 0, E: 0, total: 2 },
    });
    const all = await t.value('summary.get', {});
    expect(all.grades).toEqual({ A: 2, B: 1, C: 0, none: 3 });
    t.ws.close();
  });

  it('bad rows give per-row errors in both languages and nothing is saved (database file unchanged)', async () => {
    const dir = tempDir();
    let t = testWorkspace(dir);
    await t.value('portfolio.importCommit', listInput(fixture('other-provinces.csv')));
    t.ws.close();
    const db = path.join(dir, 'swanilai.sqlite');
    const before = sha256File(db);

    t = testWorkspace(dir);
    const r = await t.value('portfolio.importCommit', listInput(fixture('bad-rows.csv')));
    expect(r.ok).toBe(false);
    expect(r.importId).toBeNull();
    const errors = r.preview.errors.map((e: { row: number; column: string | null }) => [e.row, e.column]);
    expect(errors).toEqual([[3, 'kode_wilayah'], [4, 'tipologi'], [5, 'tahun'], [6, 'nama']]);
    for (const e of r.preview.errors) { expect(e.message.id).toBeTruthy(); expect(e.message.en).toBeTruthy(); }
    expect(r.preview.errors[0].message.en).toMatch(/34\.99/);
    expect(r.preview.errors[2].message.id).toMatch(/20x5/);
    expect(r.preview.rows[0].errors).toEqual([]);
    expect(count(t, 'mentor_lks')).toBe(6);
    t.ws.close();
    expect(sha256File(db)).toBe(before);
  });

  it('refuses a list file over 3.5 MiB (it must fit the 5 MiB JSON bodies of the web host) and an old .xls', async () => {
    const t = testWorkspace();
    const big = Buffer.alloc(MAX_PORTFOLIO_FILE_BYTES + 1, 'a');
    const r = await t.call('portfolio.importPreview', { fileName: 'besar.csv', base64: big.toString('base64') });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(listInput(fixture('diy-2015.csv'))).length).toBeLessThan(MAX_PORTFOLIO_FILE_BYTES);
    const xls = await t.value('portfolio.importCommit', { fileName: 'lama.xls', base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]).toString('base64') });
    expect(xls.ok).toBe(false);
    expect(xls.preview.errors[0]).toMatchObject({ row: 0, column: null, message: { en: expect.stringMatching(/\.xlsx/) } });
    t.ws.close();
  });

  it('manual add, update and remove; the same name in the same region is refused; unknown codes are refused', async () => {
    const t = testWorkspace();
    const a = await t.value('portfolio.add', { name: 'Panti Asuhan Nurul Ilmi', regionCode: '73.71', lksType: 'lksa', rhythm: 'quarterly', record: { year: 2025, typology: 'C', grade: 'B', score: 71.5 } });
    expect(a).toMatchObject({ regionName: 'Kota Makassar', source: 'manual', recorded: { year: 2025, typology: 'C', grade: 'B', score: 71.5 }, lastScore: 71.5, rhythm: 'quarterly' });
    expect((await t.call('portfolio.add', { name: 'panti asuhan  NURUL ilmi', regionCode: '73.71' })).ok).toBe(false);
    const bad = await t.call('portfolio.add', { name: 'LKS X', regionCode: '73.99' });
    expect(bad.ok === false && bad.error.code).toBe('VALIDATION');
    const u = await t.value('portfolio.update', { id: a.id, notes: 'pendampingan tiap triwulan', record: { year: 2026, typology: 'B', grade: null } });
    expect(u).toMatchObject({ name: 'Panti Asuhan Nurul Ilmi', rhythm: 'quarterly', notes: 'pendampingan tiap triwulan', recorded: { year: 2026, typology: 'B' }, lastScore: 71.5 });
    expect(summaryJson(await t.value('summary.get', {})).total).toMatchObject({ B: 1, total: 1 });
    // Two sources for one year: the mentor's own entry speaks over an imported list and a dossier's projection,
    // and per-standard scores are averaged from the records that have them.
    const now = new Date().toISOString();
    const put = t.ws.db.prepare('INSERT INTO mentor_record (lks_id, year, typology, grade, score, standard_scores, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    put.run(a.id, 2026, 'E', 'C', null, null, 'import', now, now);
    put.run(a.id, 2026, 'D', 'C', 55, JSON.stringify({ S1: 50, S2: 70, note: 'x' }), 'dossier', now, now);
    const b = await t.value('portfolio.add', { name: 'LKS Lansia Anging Mammiri', regionCode: '73.71' });
    put.run(b.id, 2026, 'C', null, null, JSON.stringify({ S1: 70 }), 'dossier', now, now);
    const s2026 = await t.value('summary.get', { year: 2026 });
    expect(summaryJson(s2026).rows).toEqual([{ kode_wilayah: '73.71', nama_wilayah: 'Kota Makassar', A: 0, B: 1, C: 1, D: 0, E: 0, total: 2 }]);
    expect(s2026.grades).toEqual({ A: 0, B: 0, C: 0, none: 2 });
    expect(s2026.standards).toEqual([{ code: 'S1', average: 60, count: 2 }, { code: 'S2', average: 70, count: 1 }]);
    const listed = (await t.value('portfolio.list')).find((r: { id: number }) => r.id === a.id);
    expect(listed).toMatchObject({ recorded: { year: 2026, typology: 'B', grade: null }, projected: { year: 2026, typology: 'D', grade: 'C', score: 55 }, lastScore: 55 });
    // A grade-only entry of the mentor does not hide the typology an imported list gave for that year.
    await t.value('portfolio.update', { id: b.id, record: { year: 2026, typology: null, grade: 'B' } });
    const again = await t.value('summary.get', { year: 2026 });
    expect(again.total).toMatchObject({ B: 1, C: 1, total: 2 });
    expect(again.grades).toEqual({ A: 0, B: 1, C: 0, none: 1 });
    expect(await t.value('portfolio.remove', { id: a.id })).toEqual({ removed: true });
    expect(count(t, 'mentor_record')).toBe(2);
    t.ws.close();
  });
});
