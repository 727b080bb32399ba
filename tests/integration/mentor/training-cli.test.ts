// `training invitations` as a user runs it: text, JSON (one model) and the XLSX file, on a portfolio entered through
// the handler table; an unknown model exits non-zero naming the known ones.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

describe('training invitations CLI', () => {
  it('lists the LKS per model as text, JSON and XLSX', async () => {
    const dir = path.join(tempDir(), 'bk3s');
    const t = testWorkspace(dir);
    await t.value('portfolio.add', { name: 'LKS Tumbuh Bersama', regionCode: '34.04', lksType: 'lksa', record: { year: 2025, typology: 'C' } });
    await t.value('portfolio.add', { name: 'LKS Mandiri Jaya', regionCode: '34.71', lksType: 'lansia', record: { year: 2025, typology: 'A', grade: 'A' } });
    t.ws.close();

    const text = cli('training', 'invitations', '--workspace', dir);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Aturan \/ rules: bk3s-diy-models 1\.0\.0 \(shipped\)/);
    expect(text.stdout).toMatch(/Model 2 m2-tata-kelola: Diklat Tata Kelola LKS dan pendampingan — diundang\/invite 1, belum pasti\/undecided 1\n {2}#1 {2}LKS Tumbuh Bersama: Tipologi LKS C/);

    const json = cli('training', 'invitations', '--workspace', dir, '--model', 'm2-tata-kelola', '--json');
    expect(json.status, json.stderr).toBe(0);
    const j = JSON.parse(json.stdout);
    expect(j.models.map((m: { id: string }) => m.id)).toEqual(['m2-tata-kelola']);
    expect(j.models[0].invite).toEqual([{ lksId: 1, name: 'LKS Tumbuh Bersama', reasons: [expect.stringMatching(/^Tipologi LKS C \(Tumbuh\)/)], estimate: false }]);
    expect(j.models[0].undecided.map((u: { name: string }) => u.name)).toEqual(['LKS Mandiri Jaya']);

    const out = path.join(tempDir(), 'undangan.xlsx');
    const x = cli('training', 'invitations', '--workspace', dir, '--model', 'm6-forum-lks', '--out', out);
    expect(x.status, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as never);
    expect(wb.worksheets.length).toBe(1);
    const names = [5, 6].map((n) => wb.worksheets[0].getRow(n).getCell(2).value);
    expect(names).toEqual(['LKS Mandiri Jaya', 'LKS Tumbuh Bersama']);

    const bad = cli('training', 'invitations', '--workspace', dir, '--model', 'm9');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/model "m9" is not in the rules; known: m1-diklat-tks, /);
  });
});
