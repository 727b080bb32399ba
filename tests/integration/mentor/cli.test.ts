// The mentor CLI as a user runs it: import the DIY 2015 list, `summary --json` is Table I.1, the text table is
// aligned, a list with bad rows exits non-zero naming each row and leaves the database file as it was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/processes';
import { sha256File, tempDir } from '../../helpers/tmp';
import { fixture, TABLE_I_1 } from './helpers';

describe('mentor CLI', () => {
  it('portfolio import then summary reproduces Table I.1, as JSON and as an aligned table', () => {
    const ws = path.join(tempDir(), 'bk3s');
    expect(cli('workspace', 'init', ws).status).toBe(0);
    const imp = cli('portfolio', 'import', fixture('diy-2015.csv'), '--workspace', ws);
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/366 LKS baru.*366 new LKS/s);

    const json = cli('summary', '--workspace', ws, '--json');
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(TABLE_I_1);
    // Exactly the documented shape, keys in order.
    expect(Object.keys(JSON.parse(json.stdout).rows[0])).toEqual(['kode_wilayah', 'nama_wilayah', 'A', 'B', 'C', 'D', 'E', 'total']);

    // Importing the same list again changes no count.
    const again = cli('portfolio', 'import', fixture('diy-2015.csv'), '--workspace', ws, '--json');
    expect(JSON.parse(again.stdout)).toEqual({ rows: 366, created: 0, updated: 366 });
    expect(JSON.parse(cli('summary', '--workspace', ws, '--json', '--year', '2015').stdout)).toEqual(TABLE_I_1);
    expect(JSON.parse(cli('summary', '--workspace', ws, '--json', '--region', '34.71').stdout).total).toEqual({ A: 0, B: 10, C: 31, D: 24, E: 3, total: 68 });
    const lksa = cli('summary', '--workspace', ws, '--json', '--type', 'Panti Asuhan');
    expect(lksa.status, lksa.stderr).toBe(0);
    expect(JSON.parse(lksa.stdout).total.total).toBeGreaterThan(0);
    expect(JSON.parse(lksa.stdout).total.total).toBeLessThan(366);

    const text = cli('summary', '--workspace', ws);
    expect(text.status, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    const table = lines.slice(1);
    expect(table[0]).toMatch(/^Kode\s+Kabupaten\/Kota\s+A\s+B\s+C\s+D\s+E\s+Jumlah$/);
    const sleman = table.find((l) => l.startsWith('34.04'))!;
    expect(sleman.split(/\s{2,}/)).toEqual(['34.04', 'Kabupaten Sleman', '2', '29', '44', '16', '24', '115']);
    expect(table.at(-1)!.trim().split(/\s{2,}/)).toEqual(['Jumlah / Total', '2', '64', '169', '92', '39', '366']);
    // Aligned: every data line is as long as the header, numbers end in the same column.
    const width = table[0].length;
    for (const l of [...table.slice(2, 7), table.at(-1)!]) expect(l.length).toBe(width);
  });

  it('a list with bad rows exits non-zero, lists each row error and saves nothing', () => {
    const ws = path.join(tempDir(), 'bk3s');
    expect(cli('workspace', 'init', ws).status).toBe(0);
    expect(cli('portfolio', 'import', fixture('other-provinces.csv'), '--workspace', ws).status).toBe(0);
    const db = path.join(ws, 'swanilai.sqlite');
    const before = sha256File(db);
    const r = cli('portfolio', 'import', fixture('bad-rows.csv'), '--workspace', ws);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/baris\/row 3 \[kode_wilayah\]: .*34\.99/);
    expect(r.stderr).toMatch(/baris\/row 4 \[tipologi\]/);
    expect(r.stderr).toMatch(/baris\/row 5 \[tahun\]: .*20x5/);
    expect(r.stderr).toMatch(/baris\/row 6 \[nama\]/);
    expect(r.stderr).toMatch(/nothing saved, 4 errors/);
    expect(sha256File(db)).toBe(before);
    expect(JSON.parse(cli('summary', '--workspace', ws, '--json').stdout).total.total).toBe(6);
    const list = cli('portfolio', 'list', '--workspace', ws);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(6);
    expect(list.stdout).toMatch(/Panti Asuhan Serambi Kasih {2}11\.10 Kabupaten Aceh Singkil {2}lksa {2}2024 B\/A/);
    expect(cli('portfolio', 'import', '--workspace', ws).status).not.toBe(0);
  });
});
