// The score and instrument commands as a user runs them, on the documented example and on edited copies.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateInstrument } from '../../../shared/scoring/validate';
import { tempDir } from '../../helpers/tmp';
import { cli, ROOT } from '../../helpers/processes';

const MINI = path.join(ROOT, 'docs/examples/mini-instrument.json');
const ANSWERS = path.join(ROOT, 'docs/examples/mini-answers.json');
const SHIPPED = path.join(ROOT, 'assets/instruments/balks-umum.json');

function scoreJson(instrument: string, answers = ANSWERS) {
  const r = cli('score', '--instrument', instrument, '--answers', answers, '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

function editedCopy(edit: (inst: any) => void): string {
  const inst = JSON.parse(fs.readFileSync(MINI, 'utf8'));
  edit(inst);
  const file = path.join(tempDir(), 'edited.json');
  fs.writeFileSync(file, JSON.stringify(inst));
  return file;
}

describe('score command', () => {
  it('prints the hand-worked result of docs/examples', () => {
    const r = cli('score', '--instrument', MINI, '--answers', ANSWERS);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nilai total / total: 78.3 / 100');
    expect(r.stdout).toMatch(/P\s+Program\s+bobot\s+40\s+83\.3/);
    expect(r.stdout).toMatch(/S\s+SDM\s+bobot\s+60\s+75\.0/);
    expect(r.stdout).toContain('grade (estimate): B');
    expect(r.stdout).toContain('3 tahun, s.d. 2029-11-25');
    expect(r.stdout).toContain('B Berkembang');
    expect(r.stdout).toContain('PERKIRAAN');
    expect(r.stdout).toMatch(/S1\s+\+15\.0 poin/);
    expect(r.stdout).toContain('2 langkah');
  });

  it('follows the documented formula when a copy changes a weight or a band', () => {
    const base = scoreJson(MINI);
    expect(base.score.total).toBeCloseTo((40 * 250 / 3 + 60 * 75) / 100, 9);
    const equal = scoreJson(editedCopy((i) => { i.components[0].weight = 50; i.components[1].weight = 50; }));
    expect(equal.score.total).toBeCloseTo((250 / 3 + 75) / 2, 9);
    const stricter = scoreJson(editedCopy((i) => { i.scoring.gradeBands[1].minTotal = 80; }));
    expect(stricter.score.total).toBeCloseTo(base.score.total, 9);
    expect(stricter.grade.grade).toBe('C');
    const itemWeight = scoreJson(editedCopy((i) => { i.components[0].indicators[0].weight = 1; }));
    expect(itemWeight.score.components[0].score).toBeCloseTo(100 * (0.75 + 1) / 2, 9);
  });

  it('refuses answers made for another instrument version, with a one-line reason', () => {
    const r = cli('score', '--instrument', SHIPPED, '--answers', ANSWERS);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('contoh-mini@1.0.0');
  });
});

describe('instrument commands', () => {
  it('the shipped instrument and checklist validate', () => {
    expect(cli('instrument', 'validate', SHIPPED).stdout).toMatch(/^OK: instrument balks-umum 1\.1\.0: 6 komponen/);
    expect(cli('instrument', 'validate', path.join(ROOT, 'assets/instruments/gcg-tarif.json')).stdout).toMatch(/^OK: checklist gcg-tarif 1\.1\.0: 49 butir/);
  });

  it('explains every problem with a path into the file', () => {
    const bad = editedCopy((i) => {
      i.components[1].indicators[0].code = 'P1';
      i.components[0].indicators[1].levels.pop();
      i.components[0].weight = -3;
      delete i.scoring.typology;
    });
    const r = cli('instrument', 'validate', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('components[0].weight');
    expect(r.stderr).toContain('scoring.typology');
    const again = editedCopy((i) => { i.components[1].indicators[0].code = 'P1'; i.components[0].indicators[1].levels.pop(); });
    const r2 = cli('instrument', 'validate', again);
    expect(r2.stderr).toContain('components[1].indicators[0].code');
    expect(r2.stderr).toContain('components[0].indicators[1].levels');
    const notJson = path.join(tempDir(), 'x.json');
    fs.writeFileSync(notJson, '{"kind": "instrument",');
    expect(cli('instrument', 'validate', notJson).stderr).toContain('not valid JSON');
  });

  it('exports the shipped instrument to XLSX and compiles it back to the same instrument', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'balks.xlsx');
    expect(cli('instrument', 'to-xlsx', '--out', xlsx).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instrumen', 'Sumber', 'Jenis Bukti', 'Modul', 'Komponen', 'Indikator', 'Predikat', 'Gerbang', 'Tipologi',
      'Batas Tipologi', 'Prasyarat', 'Perubahan']);
    const out = path.join(dir, 'back.json');
    const r = cli('instrument', 'from-xlsx', xlsx, '--out', out);
    expect(r.stderr).toBe('');
    // Compared with the shipped file as the app reads it, defaults (empty lists) included.
    const shipped = validateInstrument(JSON.parse(fs.readFileSync(SHIPPED, 'utf8')));
    expect(shipped.ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(shipped.ok && JSON.parse(JSON.stringify(shipped.instrument)));
  });

  it('points spreadsheet problems at the sheet and row', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'mini.xlsx');
    cli('instrument', 'to-xlsx', MINI, '--out', xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('Indikator')!;
    const header = (sheet.getRow(1).values as string[]);
    sheet.getRow(3).getCell(header.indexOf('bobot')).value = 'berat';
    sheet.getRow(4).getCell(header.indexOf('komponen')).value = 'keuangan';
    await wb.xlsx.writeFile(xlsx);
    const r = cli('instrument', 'from-xlsx', xlsx, '--out', path.join(dir, 'x.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Indikator!baris 4');
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
    const garbage = path.join(dir, 'garbage.xlsx');
    fs.writeFileSync(garbage, 'PK this is not a zip');
    expect(cli('instrument', 'validate', garbage).stderr).toContain('not a readable XLSX');
  });
});
