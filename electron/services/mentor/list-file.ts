// Reads a mentor's LKS list (CSV or XLSX, as Excel or LibreOffice save it) into rows of raw cells by column name.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportRowError } from '../../../shared/api/contract-mentor';

export const COLUMNS = ['nama', 'kode_wilayah', 'jenis', 'tipologi', 'peringkat', 'tahun'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['nama', 'kode_wilayah', 'tipologi', 'tahun'];
/** How far below the first filled row the header may be (title, date, notes above the table). */
const HEADER_SEARCH_ROWS = 10;

/** A cell as the file holds it: spreadsheets keep numbers as numbers, which matters for region codes. */
export type Cell = string | number | null;
/** `row` is the row number the user sees in the spreadsheet (the header is row 1 when it is the first row). */
export interface RawRow { row: number; cells: Record<Column, Cell> }
export interface ListFile { format: 'csv' | 'xlsx'; rows: RawRow[]; errors: ImportRowError[] }

const fileError = (id: string, en: string): ImportRowError => ({ row: 0, column: null, message: { id, en } });

/** "Kode Wilayah", "KODE_WILAYAH", " kode-wilayah " all name the same column. */
export function headerKey(h: string): string {
  return h.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}
const KEYS = new Map<string, Column>(COLUMNS.map((c) => [headerKey(c), c]));

export async function readListFile(data: Buffer): Promise<ListFile> {
  if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(data);
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { format: 'xlsx', rows: [], errors: [fileError('Berkas .xls lama tidak didukung; simpan sebagai .xlsx atau .csv.', 'Old .xls files are not supported; save as .xlsx or .csv.')] };
  }
  return readCsv(data);
}

/** UTF-8 (with or without BOM); Excel's plain "CSV" is saved in the Windows code page, so fall back to it. */
function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/**
 * Indonesian Excel saves CSV with ";", others with "," or tab: the delimiter that fills one of the first lines most
 * (the header, even below a title line) decides.
 */
export function detectDelimiter(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 10);
  const most = (d: string) => Math.max(...lines.map((l) => l.split(d).length - 1));
  return [';', '\t', ','].reduce((best, d) => (most(d) > most(best) ? d : best), ',');
}

function readCsv(data: Buffer): ListFile {
  const text = decode(data);
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (e) {
    return { format: 'csv', rows: [], errors: [fileError(`Berkas CSV tidak dapat dibaca: ${(e as Error).message}`, `The CSV file cannot be read: ${(e as Error).message}`)] };
  }
  // Each record is one spreadsheet row, even when a quoted cell holds line breaks.
  return fromGrid('csv', records.map((r) => ({ row: r.info.records, values: r.record.map((v) => (v === '' ? null : v)) })));
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function readXlsx(data: Buffer): Promise<ListFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    return { format: 'xlsx', rows: [], errors: [fileError(`Berkas XLSX tidak dapat dibaca: ${(e as Error).message}`, `The XLSX file cannot be read: ${(e as Error).message}`)] };
  }
  // The first sheet that has the columns; a workbook may open with a cover or notes sheet.
  let fallback: ListFile | null = null;
  for (const ws of wb.worksheets) {
    const grid: { row: number; values: Cell[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (r) => {
      const values: Cell[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => { values[col - 1] = cellValue(c.value); });
      grid.push({ row: r.number, values: Array.from(values, (v) => (v === undefined || v === '' ? null : v)) });
    });
    const file = fromGrid('xlsx', grid);
    if (file.errors.length === 0) return file;
    fallback ??= file;
  }
  return fallback ?? { format: 'xlsx', rows: [], errors: [fileError('Buku kerja tidak berisi lembar.', 'The workbook has no sheets.')] };
}

const isBlank = (values: Cell[]) => values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));

const columnsOf = (values: Cell[]) => values.map((v) => KEYS.get(headerKey(String(v ?? ''))) ?? null);

/**
 * The header is the first row naming every required column (a title or notes may sit above it, within the first
 * rows); blank rows after it are skipped but keep their numbers.
 */
function fromGrid(format: ListFile['format'], grid: { row: number; values: Cell[] }[]): ListFile {
  const firstFilled = grid.findIndex((g) => !isBlank(g.values));
  if (firstFilled < 0) return { format, rows: [], errors: [fileError('Berkas kosong.', 'The file is empty.')] };
  const found = grid.slice(0, firstFilled + HEADER_SEARCH_ROWS).findIndex((g) => REQUIRED.every((c) => columnsOf(g.values).includes(c)));
  const headerAt = found < 0 ? firstFilled : found;
  const header = columnsOf(grid[headerAt].values);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      format, rows: [],
      errors: [fileError(`Kolom wajib tidak ada: ${missing.join(', ')} (kolom: ${COLUMNS.join(', ')}).`, `Required columns missing: ${missing.join(', ')} (columns: ${COLUMNS.join(', ')}).`)],
    };
  }
  const rows: RawRow[] = [];
  for (const g of grid.slice(headerAt + 1)) {
    if (isBlank(g.values)) continue;
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, null])) as Record<Column, Cell>;
    header.forEach((c, i) => { if (c) cells[c] = g.values[i] ?? null; });
    rows.push({ row: g.row, cells });
  }
  return { format, rows, errors: [] };
}
