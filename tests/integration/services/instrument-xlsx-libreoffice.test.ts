// The shipped instrument's workbook opened and saved again by LibreOffice (as XLSX, and through ODS) compiles back
// to the same instrument, also after the edits a LibreOffice user makes: typed numbers, TRUE/FALSE, float noise.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../electron/services/instruments/bundled';
import { instrumentFromXlsx } from '../../../electron/services/instruments/from-xlsx';
import { instrumentToXlsx } from '../../../electron/services/instruments/to-xlsx';
import type { Instrument } from '../../../shared/instrument/schema';
import { tempDir } from '../../helpers/tmp';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasLibreOffice) console.warn('SKIPPED: instrument workbooks are not re-saved by LibreOffice: `libreoffice` is not installed (.ci/run installs it).');

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const shipped = (): Instrument => structuredClone(bundled().instruments.find((i) => i.id === 'balks-umum')!);

/** Converts `file` with LibreOffice (headless, private profile) into `to`, returning the new file's path. */
function convert(file: string, to: 'xlsx' | 'ods'): string {
  const dir = tempDir('swanilai-lo-');
  const r = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', to, '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
  const out = path.join(dir, `${path.parse(file).name}.${to}`);
  if (!fs.existsSync(out)) {
    throw new Error(`LibreOffice did not write ${to} (is Calc installed? scripts/system-deps.sh installs libreoffice-calc-nogui): ${r.stdout}${r.stderr}`);
  }
  return out;
}

/** The workbook as LibreOffice saves it: straight to XLSX, or to ODS and from there to XLSX. */
function resave(data: Buffer, via: 'xlsx' | 'ods'): Buffer {
  const file = path.join(tempDir(), 'instrumen.xlsx');
  fs.writeFileSync(file, data);
  const ods = via === 'ods' ? convert(file, 'ods') : file;
  return fs.readFileSync(convert(ods, 'xlsx'));
}

async function workbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** Column number of `header` in the first row. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const n = (ws.getRow(1).values as unknown[]).indexOf(header);
  expect(n, `${ws.name} has a column ${header}`).toBeGreaterThan(0);
  return n;
}

/** Applies `edit` to every data row's cell under `header`. */
function eachCell(ws: ExcelJS.Worksheet, header: string, edit: (cell: ExcelJS.Cell) => void) {
  const c = col(ws, header);
  ws.eachRow((r, n) => { if (n > 1 && r.getCell(c).value !== null) edit(r.getCell(c)); });
}

describe.skipIf(!hasLibreOffice)('instrument workbook saved again by LibreOffice', () => {
  it('XLSX → LibreOffice → XLSX, and XLSX → ODS → XLSX, compile to the instrument they came from', async () => {
    const inst = shipped();
    const ours = await instrumentToXlsx(inst);
    for (const via of ['xlsx', 'ods'] as const) {
      const theirs = resave(ours, via);
      // Really LibreOffice's file, not ours passed through: its own app.xml and its own shared strings.
      const app = await (await JSZip.loadAsync(theirs)).file('docProps/app.xml')!.async('string');
      expect(app, via).toMatch(/LibreOffice/);
      const r = await instrumentFromXlsx(theirs);
      expect(r.problems, via).toEqual([]);
      expect(plain(r.instrument), via).toEqual(plain(inst));
    }
  });

  it('after the edits a LibreOffice user makes, saved by LibreOffice, reads back as what was meant', async () => {
    const inst = shipped();
    const wb = await workbook(await instrumentToXlsx(inst));
    const ind = wb.getWorksheet('Indikator')!;
    // ya/tidak replaced by TRUE/FALSE (LibreOffice stores booleans as 1/0 with a boolean type).
    eachCell(ind, 'boleh_tidak_berlaku', (c) => { c.value = c.value === 'ya'; });
    // Weights computed: 3 × (1 + 2⁻⁵⁰) is 3.0000000000000027, which a sheet shows as 3. Excel writes all 17 digits;
    // LibreOffice rounds to 15 when it saves, so the workbook is compiled both before and after LibreOffice.
    eachCell(ind, 'bobot', (c) => { c.value = (c.value as number) * (1 + 2 ** -50); });
    eachCell(wb.getWorksheet('Komponen')!, 'bobot', (c) => { c.value = { formula: `${c.value}/100*100`, result: c.value as number }; });
    // Numbers stored as text, a decimal comma among them.
    eachCell(wb.getWorksheet('Predikat')!, 'nilai_min', (c) => { c.value = String(c.value).replace('.', ','); });
    const meta = wb.getWorksheet('Instrumen')!;
    meta.eachRow((r) => { if (r.getCell(1).value === 'skala_maks') r.getCell(2).value = ` ${r.getCell(2).value} `; });
    // Rich text where plain text was, and rows that only carry formatting after the data.
    const judul = wb.getWorksheet('Komponen')!.getRow(2).getCell(col(wb.getWorksheet('Komponen')!, 'judul_id'));
    const words = String(judul.value).split(' ');
    judul.value = { richText: [{ text: `${words[0]} `, font: { bold: true } }, { text: words.slice(1).join(' ') }] };
    const last = ind.rowCount;
    for (let n = last + 1; n <= last + 5; n++) ind.getRow(n).getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ind.getRow(last + 2).getCell(2).value = '   ';
    // Versions typed as numbers: 1 is "1.0"; 0.1 shown with two decimals is "0.10".
    const log = wb.getWorksheet('Perubahan')!;
    const v1 = log.addRow(['1', 'Versi 1', 'Version 1']).getCell(1);
    v1.value = 1;
    const v0 = log.addRow(['0.10', 'Versi awal', 'First version']).getCell(1);
    v0.value = 0.1;
    v0.numFmt = '0.00';
    inst.changelog.push({ version: '1.0', note: { id: 'Versi 1', en: 'Version 1' }, editorial: [] }, { version: '0.10', note: { id: 'Versi awal', en: 'First version' }, editorial: [] });
    // The sheets in another order, and a defined name LibreOffice keeps.
    (meta as unknown as { orderNo: number }).orderNo = 99;
    wb.definedNames.add("'Indikator'!$A$1:$B$3", 'Cetak');
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    const theirs = resave(edited, 'xlsx');
    const saved = await workbook(theirs);
    expect(saved.worksheets.map((w) => w.name).at(-1)).toBe('Instrumen');
    // LibreOffice writes a boolean as the formula TRUE() or FALSE() with its cached result; ExcelJS drops the
    // result when it is false, so the reader has to read the formula.
    const flags: unknown[] = [];
    eachCell(saved.getWorksheet('Indikator')!, 'boleh_tidak_berlaku', (c) => flags.push(c.value));
    expect(new Set(flags.map((v) => JSON.stringify(v)))).toEqual(new Set(['{"formula":"TRUE()","result":true}', '{"formula":"FALSE()"}']));
    for (const [who, data] of [['edited', edited], ['LibreOffice', theirs]] as const) {
      const r = await instrumentFromXlsx(data);
      expect(r.problems, who).toEqual([]);
      expect(plain(r.instrument), who).toEqual(plain(inst));
    }
  });
});
