// The lists as LibreOffice saves them: the CSV opened and saved as XLSX (codes become numbers: 34.04, 11.1, 3210)
// and that workbook saved again as a ";" CSV. Every form imports to the same rows and the same summary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summaryJson } from '../../../electron/transports/cli/mentor-commands';
import { hasLibreOffice } from '../../helpers/libreoffice';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { fixture, listInput, TABLE_I_1 } from './helpers';

if (!hasLibreOffice) console.warn('SKIPPED: portfolio lists are not re-saved by LibreOffice: `libreoffice` is not installed (.ci/run installs it).');

/** LibreOffice headless with a private profile; `filter` is the --convert-to target, `infilter` how to read a CSV. */
function convert(file: string, filter: string, ext: string, infilter?: string): string {
  const dir = tempDir('swanilai-lo-');
  const args = ['--headless', `-env:UserInstallation=file://${dir}/profile`, ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', filter, '--outdir', dir, file];
  const r = spawnSync('libreoffice', args, { encoding: 'utf8', timeout: 180_000 });
  const out = path.join(dir, `${path.parse(file).name}.${ext}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${ext}: ${r.stdout}${r.stderr}`);
  return out;
}

/** CSV filter options: separator, text delimiter ("), charset 76 = UTF-8, first line 1. */
const readCsv = (sep: string) => `CSV:${sep.charCodeAt(0)},34,76,1`;
const toXlsx = (csv: string, sep: string) => convert(csv, 'xlsx', 'xlsx', readCsv(sep));
const toSemicolonCsv = (xlsx: string) => convert(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,76,1', 'csv');

type Row = { row: number; name: string; regionCode: string; lksType: string | null; typology: string; grade: string | null; year: number; errors: unknown[] };
const essence = (rows: Row[]) => rows.map(({ row, name, regionCode, lksType, typology, grade, year }) => ({ row, name, regionCode, lksType, typology, grade, year }));

describe.skipIf(!hasLibreOffice)('lists saved by LibreOffice', () => {
  it('the DIY 2015 list as XLSX and as a ";" CSV imports exactly like the original and gives Table I.1', async () => {
    const original = fixture('diy-2015.csv');
    const xlsx = toXlsx(original, ',');
    const semicolon = toSemicolonCsv(xlsx);

    // LibreOffice really turned the codes into numbers and used ";".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const codes = wb.worksheets[0].getColumn(2).values.slice(2);
    expect(codes.every((v) => typeof v === 'number')).toBe(true);
    const resaved = fs.readFileSync(semicolon, 'utf8');
    expect(resaved.split('\n')[0]).toMatch(/^"?Nama"?;"?Kode Wilayah"?;"?Jenis"?;"?Tipologi"?;"?Peringkat"?;"?Tahun"?/);
    expect(resaved).toMatch(/;34\.04;/);

    const t = testWorkspace();
    const expected = essence((await t.value('portfolio.importPreview', listInput(original))).rows);
    expect(expected).toHaveLength(366);
    for (const file of [xlsx, semicolon]) {
      const preview = await t.value('portfolio.importPreview', listInput(file));
      expect(preview.errors, file).toEqual([]);
      expect(preview.format).toBe(file.endsWith('.xlsx') ? 'xlsx' : 'csv');
      expect(essence(preview.rows)).toEqual(expected);
    }
    expect(await t.value('portfolio.importCommit', listInput(xlsx))).toMatchObject({ ok: true, created: 366 });
    expect(summaryJson(await t.value('summary.get', {}))).toEqual(TABLE_I_1);
    // The CSV re-saved from it names the same LKS: nothing new.
    expect(await t.value('portfolio.importCommit', listInput(semicolon))).toMatchObject({ ok: true, created: 0, updated: 366 });
    expect(summaryJson(await t.value('summary.get', {}))).toEqual(TABLE_I_1);
    t.ws.close();
  }, 300_000);

  it('codes of other provinces that lost their trailing zero (11.1, 32.10 as 3210) come back as the codes they were', async () => {
    const original = fixture('other-provinces.csv');
    const xlsx = toXlsx(original, ';');
    const semicolon = toSemicolonCsv(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0].getCell('B2').value).toBe(11.1);
    expect(wb.worksheets[0].getCell('B5').value).toBe(3210);

    const t = testWorkspace();
    const expected = essence((await t.value('portfolio.importPreview', listInput(original))).rows);
    expect(expected.map((r) => r.regionCode)).toEqual(['11.10', '11.71', '12.10', '32.10', '91.71', '73.71']);
    for (const file of [xlsx, semicolon]) {
      const preview = await t.value('portfolio.importPreview', listInput(file));
      expect(preview.errors, file).toEqual([]);
      expect(essence(preview.rows)).toEqual(expected);
    }
    t.ws.close();
  }, 300_000);
});
