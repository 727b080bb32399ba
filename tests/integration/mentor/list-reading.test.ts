// Reading the cells of a mentor's list: region codes as spreadsheets mangle them, type and typology words, grades,
// years, and CSV files as different programs write them (BOM, ";", tab, CRLF, quoted line breaks, Windows code page).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as field from '../../../electron/services/mentor/fields';
import { detectDelimiter, headerKey, readListFile } from '../../../electron/services/mentor/list-file';

const value = <T>(r: field.Parsed<T>) => (r.ok ? r.value : `ERR ${r.en}`);

describe('list cells', () => {
  it('reads regency codes back as the 2.2 codes they were', () => {
    const cases: [string | number, string][] = [
      ['34.04', '34.04'], [34.04, '34.04'], ['34.1', '34.10'], [34.1, '34.10'], [34.10000000000001, '34.10'], ['34,1', '34.10'],
      ['34,04', '34.04'], ['3404', '34.04'], [3404, '34.04'], [3471, '34.71'], [' 11.71 ', '11.71'], [1110, '11.10'], [91.71, '91.71'],
      ["'34.04", '34.04'], ['3.404', '34.04'], ['3,471', '34.71'],
    ];
    for (const [input, code] of cases) expect(value(field.regencyCode(input)), String(input)).toBe(code);
    for (const input of ['34', 34, '34.04.01', '3.40', '34.404', 34.123, 'Sleman', '', null, '340']) expect(field.regencyCode(input as string).ok, String(input)).toBe(false);
    expect(value(field.regencyCode('34.04.01'))).toMatch(/district.*34\.04/);
  });

  it('knows the app type codes and their Indonesian names in any case', () => {
    const cases: [string, string | null][] = [
      ['LKSA', 'lksa'], ['lksa', 'lksa'], ['Panti Asuhan', 'lksa'], ['LKSA (panti asuhan / pengasuhan anak)', 'lksa'], ['LK3', 'lk3'],
      ['rehabilitasi sosial', 'rehsos'], ['REHSOS', 'rehsos'], ['Lanjut Usia', 'lansia'], ['LKS lanjut usia', 'lansia'],
      ['penyandang disabilitas', 'disabilitas'], ['Lainnya', 'lainnya'], ['', null],
    ];
    for (const [input, type] of cases) expect(value(field.lksType(input)), input).toBe(type);
    expect(field.lksType('panti pijat').ok).toBe(false);
  });

  it('reads typology letters and names, grades and years', () => {
    for (const [input, t] of [['A', 'A'], ['c', 'C'], ['Mandiri', 'A'], ['BERKEMBANG', 'B'], ['Tumbuh', 'C'], ['embrio', 'D'], ['Bermasalah', 'E'], ['Tipe D', 'D'], ['A (Mandiri)', 'A']] as const) {
      expect(value(field.typology(input)), input).toBe(t);
    }
    for (const input of ['F', '', 'A (Embrio)', 'AB', null]) expect(field.typology(input).ok, String(input)).toBe(false);
    for (const [input, g] of [['A', 'A'], ['b', 'B'], ['', null], ['-', null], ['Tidak Terakreditasi', null], ['Terakreditasi C', 'C'], [null, null]] as const) {
      expect(value(field.grade(input)), String(input)).toBe(g);
    }
    expect(field.grade('D').ok).toBe(false);
    expect(value(field.year(2015))).toBe(2015);
    expect(value(field.year(' 2015 '))).toBe(2015);
    for (const input of ['20x5', '15', 2015.5, '1850', '']) expect(field.year(input).ok, String(input)).toBe(false);
    expect(field.cleanName('  Panti \n Asuhan  ')).toEqual({ ok: true, value: 'Panti Asuhan' });
    expect(field.nameKey('Panti  Asuhan "Kasih", Yogyakarta')).toBe(field.nameKey('panti asuhan kasih yogyakarta'));
    expect(field.nameKey('Griya Lansia Pérmata')).toBe('griya lansia permata');
  });

  it('matches headers whatever their case, spaces and underscores', () => {
    expect(headerKey('\uFEFFKode Wilayah')).toBe(headerKey('kode_wilayah'));
    expect(headerKey(' TAHUN ')).toBe('tahun');
    expect(detectDelimiter('nama;kode_wilayah;tipologi;tahun\r\na,b;c;d;e')).toBe(';');
    expect(detectDelimiter('nama\tkode_wilayah\ttipologi\ttahun')).toBe('\t');
    expect(detectDelimiter('nama,kode_wilayah,tipologi,tahun')).toBe(',');
    expect(detectDelimiter('Daftar LKS binaan, 2016\r\n\r\nnama;kode_wilayah;tipologi;tahun\r\n')).toBe(';');
  });
});

describe('list files', () => {
  const expected = { nama: 'Panti Asuhan "Kasih"\nUnit 2', kode_wilayah: '34.1', jenis: 'LKSA', tipologi: 'B', peringkat: null, tahun: '2015' };

  it('reads the same rows from ",", ";" and tab CSV, with BOM and CRLF, quoted line breaks, and blank lines', async () => {
    const body = (sep: string) => `\uFEFFNama${sep}KODE_WILAYAH${sep}jenis${sep}Tipologi${sep}Peringkat${sep}tahun\r\n"Panti Asuhan ""Kasih""\nUnit 2"${sep}34.1${sep}LKSA${sep}B${sep}${sep}2015\r\n\r\nLKS Dua${sep}3404${sep}${sep}C${sep}A${sep}2016\r\n`;
    for (const sep of [',', ';', '\t']) {
      const f = await readListFile(Buffer.from(body(sep)));
      expect(f.errors).toEqual([]);
      expect(f.format).toBe('csv');
      expect(f.rows.map((r) => r.row)).toEqual([2, 4]);
      expect(f.rows[0].cells).toEqual(expected);
    }
  });

  it('finds the header below a title line', async () => {
    const f = await readListFile(Buffer.from('Daftar LKS binaan, Kabupaten Sleman\r\n\r\nnama;kode_wilayah;tipologi;tahun\r\nLKS Satu;34.04;B;2015\r\n'));
    expect(f.errors).toEqual([]);
    expect(f.rows).toEqual([{ row: 4, cells: { nama: 'LKS Satu', kode_wilayah: '34.04', jenis: null, tipologi: 'B', peringkat: null, tahun: '2015' } }]);
  });

  it('reads a CSV saved in the Windows code page, and says what is missing', async () => {
    const f = await readListFile(Buffer.from('nama;kode_wilayah;tipologi;tahun\r\nPanti Wreda Ren\xe9;34.04;B;2015\r\n', 'latin1'));
    expect(f.rows[0].cells.nama).toBe('Panti Wreda René');
    const missing = await readListFile(Buffer.from('nama,kode,tipologi\r\nX,34.04,B\r\n'));
    expect(missing.errors[0].message.en).toMatch(/kode_wilayah, tahun/);
    expect((await readListFile(Buffer.from('\r\n\r\n'))).errors[0].message.en).toMatch(/empty/);
    expect((await readListFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).errors[0].message.en).toMatch(/\.xls/);
  });

  it('reads XLSX cells as typed (numbers stay numbers, rich text and formulas give their text), below a title row, rows keep their numbers', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'Daftar LKS binaan 2015';
    const ws = wb.addWorksheet('Daftar');
    ws.getRow(1).values = ['Daftar LKS binaan BK3S, dicetak 2016'];
    ws.getRow(2).values = ['Nama', 'Kode Wilayah', 'Jenis', 'Tipologi', 'Peringkat', 'Tahun'];
    ws.getRow(3).values = [{ richText: [{ text: 'Panti ' }, { text: 'Asuhan' }] }, 34.1, 'lksa', { formula: '"B"', result: 'B' }, null, 2015];
    ws.getRow(5).values = ['LKS Dua', 3404, '', 'c', '-', '2016'];
    const f = await readListFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(f.errors).toEqual([]);
    expect(f.format).toBe('xlsx');
    expect(f.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(f.rows[0].cells).toEqual({ nama: 'Panti Asuhan', kode_wilayah: 34.1, jenis: 'lksa', tipologi: 'B', peringkat: null, tahun: 2015 });
    expect(f.rows[1].cells.kode_wilayah).toBe(3404);
  });
});
