// Spreadsheet authoring of instruments: every field survives XLSX → JSON, older workbooks compile, problems name sheet and row.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../electron/services/instruments/bundled';
import { instrumentFromXlsx } from '../../../electron/services/instruments/from-xlsx';
import { instrumentToXlsx } from '../../../electron/services/instruments/to-xlsx';
import type { Instrument } from '../../../shared/instrument/schema';
import { validateInstrument } from '../../../shared/scoring/validate';

const t = (id: string, en: string) => ({ id, en });
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

/** The shipped instrument with every optional part filled in, each variant of each new field at least once. */
function fullCopy(): Instrument {
  const inst = structuredClone(bundled().instruments[0]);
  const [k1, k2] = inst.evidenceKinds.map((k) => k.id);
  const [c0, c1] = inst.components;
  inst.provenance.sources = [
    { id: 'uu-11-2009', title: 'UU No. 11 Tahun 2009 tentang Kesejahteraan Sosial', note: 'Legal basis.', status: 'verified' },
    { id: 'permensos-5-2024', title: 'Permensos No. 5 Tahun 2024', status: 'to-verify' },
    { id: 'tanpa-status', title: 'Sumber tanpa status', note: 'No status given.' },
  ];
  inst.scoring.typology.model = t('Verifikasi LKS Dinas Sosial DIY (2015)', 'LKS verification of Dinas Sosial DIY (2015)');
  inst.scoring.typology.overrides = [
    { kind: 'mustHaveFailed', cap: 'E', label: t('butir wajib belum tercapai', 'a must-have item is below its minimum') },
    { kind: 'permitExpired', cap: 'D', label: t('izin operasional berakhir', 'the operating permit has expired') },
    { kind: 'youngerThan', years: 1.5, cap: 'C', label: t('berdiri kurang dari 1,5 tahun', 'founded less than 1.5 years ago') },
  ];
  inst.prerequisites = [
    { id: 'profil-lengkap', label: t('Profil LKS lengkap', 'Complete LKS profile'), check: { kind: 'profile', fields: ['name', 'address.regency', 'npwp'] } },
    {
      id: 'izin-berlaku', label: t('Izin operasional berlaku', 'Valid operating permit'), guidance: t('Perpanjang izin di Dinas Sosial.', 'Renew the permit at Dinas Sosial.'),
      check: { kind: 'permitValid' },
      applicability: {
        lksTypes: ['lksa', 'lansia'], legalForms: ['yayasan'],
        condition: { all: [{ fact: 'annualAidIdr', op: 'gte', value: 500000000 }, { fact: 'collectsZakat', op: 'eq', value: false }] },
        reason: t('Hanya bagi yayasan besar', 'Only for large foundations'),
      },
    },
    { id: 'rekomendasi', label: t('Surat rekomendasi', 'Recommendation letter'), check: { kind: 'evidence', evidenceKinds: [k1, k2] } },
  ];
  inst.changelog = [
    { version: inst.version, note: t('Perbaikan redaksi', 'Wording improved'), editorial: [c0.indicators[0].code, c1.indicators[1].code] },
    { version: '0.9', note: t('Versi awal', 'First version'), editorial: [] },
  ];
  inst.scoring.gates[0] = { ...inst.scoring.gates[0], grades: ['A', 'B'] } as Instrument['scoring']['gates'][number];
  delete c1.description;
  c0.indicators[0].applicability = { condition: { not: { fact: 'lksType', op: 'in', value: ['lk3', 'rehsos'] } } };
  c0.indicators[1].effortPerStep = 2.5;
  const v = validateInstrument(inst);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.instrument;
}

async function editWorkbook(data: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets the cell under `header` in spreadsheet row `row`. */
function setCell(ws: ExcelJS.Worksheet, row: number, header: string, value: string | number | null) {
  const col = (ws.getRow(1).values as unknown[]).indexOf(header);
  expect(col, `${ws.name} has a column ${header}`).toBeGreaterThan(0);
  ws.getRow(row).getCell(col).value = value;
}

const metaRow = (ws: ExcelJS.Worksheet, key: string) => {
  let n = 0;
  ws.eachRow((r, i) => { if (r.getCell(1).value === key) n = i; });
  expect(n, `Instrumen has the key ${key}`).toBeGreaterThan(0);
  return n;
};

describe('instrument spreadsheet round trip', () => {
  it('keeps every field: source statuses, typology model and caps, prerequisites of each kind, changelog', async () => {
    const inst = fullCopy();
    const r = await instrumentFromXlsx(await instrumentToXlsx(inst));
    expect(r.problems).toEqual([]);
    expect(plain(r.instrument)).toEqual(plain(inst));
  });

  it('writes the new parts on their own sheets with Indonesian headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await instrumentToXlsx(fullCopy())) as unknown as ArrayBuffer);
    const header = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
    expect(header('Sumber')).toEqual(['id', 'judul', 'catatan', 'status']);
    expect(header('Batas Tipologi')).toEqual(['jenis', 'tahun', 'batas', 'label_id', 'label_en']);
    expect(header('Prasyarat')).toEqual(['id', 'label_id', 'label_en', 'panduan_id', 'panduan_en', 'cek_jenis', 'cek_isian',
      'jenis_lks', 'bentuk_hukum', 'kondisi', 'alasan_id', 'alasan_en']);
    expect(header('Perubahan')).toEqual(['versi', 'catatan_id', 'catatan_en', 'redaksi']);
    const pre = wb.getWorksheet('Prasyarat')!;
    expect(pre.getRow(2).getCell(7).value).toBe('name, address.regency, npwp');
    const meta = wb.getWorksheet('Instrumen')!;
    expect(meta.getRow(metaRow(meta, 'tipologi_model_en')).getCell(2).value).toBe('LKS verification of Dinas Sosial DIY (2015)');
  });

  it('compiles an older workbook without the new sheets, columns and keys, giving empty lists', async () => {
    const inst = fullCopy();
    const old = await editWorkbook(await instrumentToXlsx(inst), (wb) => {
      for (const name of ['Batas Tipologi', 'Prasyarat', 'Perubahan']) wb.removeWorksheet(wb.getWorksheet(name)!.id);
      wb.getWorksheet('Sumber')!.spliceColumns(4, 1);
      const meta = wb.getWorksheet('Instrumen')!;
      meta.spliceRows(metaRow(meta, 'tipologi_model_id'), 2);
    });
    const r = await instrumentFromXlsx(old);
    expect(r.problems).toEqual([]);
    const expected = plain(inst);
    expected.provenance.sources.forEach((s: { status?: string }) => delete s.status);
    delete expected.scoring.typology.model;
    Object.assign(expected, { prerequisites: [], changelog: [] });
    expected.scoring.typology.overrides = [];
    expect(plain(r.instrument)).toEqual(expected);
  });

  it('points problems in the new sheets at the sheet and row', async () => {
    const data = await instrumentToXlsx(fullCopy());
    const wrongCheck = await editWorkbook(data, (wb) => {
      setCell(wb.getWorksheet('Prasyarat')!, 3, 'cek_jenis', 'izin');
      setCell(wb.getWorksheet('Prasyarat')!, 4, 'cek_isian', null);
      setCell(wb.getWorksheet('Batas Tipologi')!, 2, 'tahun', 3);
    });
    const r1 = await instrumentFromXlsx(wrongCheck);
    expect(r1.ok).toBe(false);
    expect(r1.problems.map((p) => p.path)).toEqual(['Batas Tipologi!baris 2 tahun', 'Prasyarat!baris 3 cek_jenis', 'Prasyarat!baris 4 cek_isian']);
    expect(r1.problems[1].message).toMatch(/must be profile, permitValid or evidence.* \/ cek_jenis harus/);

    const wrongValues = await editWorkbook(data, (wb) => {
      setCell(wb.getWorksheet('Sumber')!, 3, 'status', 'checked');
      setCell(wb.getWorksheet('Batas Tipologi')!, 3, 'batas', 'F');
      setCell(wb.getWorksheet('Perubahan')!, 2, 'redaksi', 'X9.99');
      const meta = wb.getWorksheet('Instrumen')!;
      meta.getRow(metaRow(meta, 'tipologi_model_en')).getCell(2).value = null;
    });
    const r2 = await instrumentFromXlsx(wrongValues);
    expect(r2.ok).toBe(false);
    const paths = r2.problems.map((p) => p.path);
    expect(paths).toContain('Sumber!baris 3 (provenance.sources[1].status)');
    expect(paths).toContain('Batas Tipologi!baris 3 (scoring.typology.overrides[1].cap)');
    expect(paths.some((p) => /^Instrumen!baris \d+ \(scoring\.typology\.model\.en\)$/.test(p))).toBe(true);
    // Cross-field problems are reported once the shape is right.
    const known = fullCopy().components[0].indicators[0].code;
    const r3 = await instrumentFromXlsx(await editWorkbook(data, (wb) => setCell(wb.getWorksheet('Perubahan')!, 2, 'redaksi', `${known}, X9.99`)));
    expect(r3.problems.map((p) => p.path)).toEqual(['Perubahan!baris 2 (changelog[0].editorial[1])']);
    expect(r3.problems[0].message).toContain('kode X9.99 tidak dikenal');
  });
});
