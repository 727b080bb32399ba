// Compiles an instrument spreadsheet (layout in xlsx-layout.ts) into instrument JSON and validates it.
import ExcelJS from 'exceljs';
import { validateInstrument, type Problem } from '../../../shared/scoring/validate';
import type { Instrument } from '../../../shared/instrument/schema';
import { levelColumns, SHEETS, YES } from './xlsx-layout';

type Cell = string | number | undefined;
interface SheetRow { row: number; cells: Record<string, Cell> }

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'boolean') return v ? YES : 'tidak';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim() || undefined;
  if (typeof v === 'object' && 'result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim() || undefined;
  return String(v);
}

function readSheet(wb: ExcelJS.Workbook, name: string, problems: Problem[], required = true): SheetRow[] {
  const ws = wb.getWorksheet(name);
  if (!ws) {
    if (required) problems.push({ path: `${name}`, message: `sheet "${name}" is missing / lembar "${name}" tidak ada` });
    return [];
  }
  const headers: string[] = [];
  ws.getRow(1).eachCell((c, col) => { headers[col] = String(cellValue(c.value) ?? '').trim(); });
  const rows: SheetRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Record<string, Cell> = {};
    r.eachCell((c, col) => { if (headers[col]) cells[headers[col]] = cellValue(c.value); });
    if (Object.values(cells).some((v) => v !== undefined)) rows.push({ row: n, cells });
  });
  return rows;
}

const text = (c: Record<string, Cell>, base: string) =>
  c[`${base}_id`] === undefined && c[`${base}_en`] === undefined ? undefined : { id: String(c[`${base}_id`] ?? ''), en: String(c[`${base}_en`] ?? '') };
const list = (v: Cell) => (v === undefined ? undefined : String(v).split(/[,;]/).map((s) => s.trim()).filter(Boolean));
const num = (v: Cell) => (v === undefined ? undefined : typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

function applicability(c: Record<string, Cell>, where: string, problems: Problem[]) {
  let condition: unknown;
  if (c.kondisi !== undefined) {
    try {
      condition = JSON.parse(String(c.kondisi));
    } catch {
      problems.push({ path: `${where} kondisi`, message: 'kondisi must be JSON, e.g. {"fact":"annualAidIdr","op":"gte","value":500000000} / kondisi harus berupa JSON' });
    }
  }
  const a = { lksTypes: list(c.jenis_lks), legalForms: list(c.bentuk_hukum), condition, reason: text(c, 'alasan') };
  return Object.values(a).some((v) => v !== undefined) ? JSON.parse(JSON.stringify(a)) : undefined;
}

export interface XlsxCompileResult { ok: boolean; instrument?: Instrument; problems: Problem[] }

export async function instrumentFromXlsx(data: Buffer | ArrayBuffer): Promise<XlsxCompileResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not a readable XLSX workbook / bukan berkas XLSX yang dapat dibaca: ${(e as Error).message}` }] };
  }
  const problems: Problem[] = [];
  const meta = Object.fromEntries(readSheet(wb, SHEETS.meta, problems).map((r) => [String(r.cells.kunci), r.cells.nilai]));
  const at = (sheet: string, row: number) => `${sheet}!baris ${row}`;
  const max = num(meta.skala_maks) ?? 4;
  const components = readSheet(wb, SHEETS.components, problems).map((r) => ({
    id: r.cells.id, code: r.cells.kode, title: text(r.cells, 'judul'), description: text(r.cells, 'deskripsi'), weight: num(r.cells.bobot), indicators: [] as unknown[],
  }));
  // Where each indicator came from, to point problems at the spreadsheet row instead of a JSON path.
  const indicatorRows = new Map<string, number>();
  for (const r of readSheet(wb, SHEETS.indicators, problems)) {
    const c = r.cells;
    const comp = components.find((k) => k.id === c.komponen);
    if (!comp) { problems.push({ path: at(SHEETS.indicators, r.row), message: `unknown component "${c.komponen}" / komponen "${c.komponen}" tidak ada di lembar ${SHEETS.components}` }); continue; }
    const levels = [];
    for (let l = 0; l <= max; l++) {
      const [li, le, ui, ue] = levelColumns(l);
      if ([li, le, ui, ue].some((k) => c[k] !== undefined)) {
        levels.push({ level: l, label: { id: String(c[li] ?? ''), en: String(c[le] ?? '') }, description: { id: String(c[ui] ?? ''), en: String(c[ue] ?? '') } });
      }
    }
    indicatorRows.set(`${components.indexOf(comp)}:${comp.indicators.length}`, r.row);
    comp.indicators.push(JSON.parse(JSON.stringify({
      code: c.kode === undefined ? undefined : String(c.kode), question: text(c, 'pertanyaan'), guidance: text(c, 'panduan'), levels, weight: num(c.bobot),
      evidence: list(c.bukti) ?? [], applicability: applicability(c, at(SHEETS.indicators, r.row), problems), module: c.modul,
      allowNotApplicable: String(c.boleh_tidak_berlaku ?? '').toLowerCase() === YES,
      mustHave: c.wajib_level_min === undefined ? undefined : { minLevel: num(c.wajib_level_min) }, effortPerStep: num(c.upaya_per_langkah),
    })));
  }
  const json = {
    kind: meta.jenis ?? 'instrument', id: meta.id, version: meta.versi === undefined ? undefined : String(meta.versi), title: text(meta, 'judul'),
    provenance: {
      status: meta.status_sumber, note: text(meta, 'catatan'),
      sources: readSheet(wb, SHEETS.sources, problems).map((r) => JSON.parse(JSON.stringify({ id: r.cells.id, title: r.cells.judul, note: r.cells.catatan }))),
    },
    scale: { min: 0, max },
    evidenceKinds: readSheet(wb, SHEETS.evidence, problems, false).map((r) => ({ id: r.cells.id, label: text(r.cells, 'label') })),
    modules: readSheet(wb, SHEETS.modules, problems, false).map((r) => ({
      id: r.cells.id, title: text(r.cells, 'judul'), description: text(r.cells, 'deskripsi'), applicability: applicability(r.cells, at(SHEETS.modules, r.row), problems) ?? {},
    })),
    components: components.map((c) => JSON.parse(JSON.stringify(c))),
    scoring: {
      origin: meta.aturan_asal, note: text(meta, 'aturan_catatan'),
      gradeBands: readSheet(wb, SHEETS.bands, problems).map((r) => ({ grade: r.cells.predikat, minTotal: num(r.cells.nilai_min), label: text(r.cells, 'label') })),
      gates: readSheet(wb, SHEETS.gates, problems, false).map((r) => JSON.parse(JSON.stringify({
        kind: r.cells.jenis, min: num(r.cells.nilai_min), threshold: num(r.cells.ambang), maxCount: num(r.cells.jumlah_maks),
        grades: list(r.cells.berlaku_untuk), label: text(r.cells, 'label'),
      }))),
      typology: {
        origin: meta.tipologi_asal, basis: { accreditation: num(meta.tipologi_bobot_akreditasi), gcg: num(meta.tipologi_bobot_gcg) },
        bands: readSheet(wb, SHEETS.typology, problems).map((r) => ({ typology: r.cells.tipologi, minScore: num(r.cells.skor_min), label: text(r.cells, 'label') })),
      },
      validityYears: { A: num(meta.masa_berlaku_A), B: num(meta.masa_berlaku_B), C: num(meta.masa_berlaku_C), origin: meta.masa_berlaku_asal },
    },
  };
  if (problems.length) return { ok: false, problems };
  const v = validateInstrument(json);
  if (v.ok) return { ok: true, instrument: v.instrument, problems: [] };
  return { ok: false, problems: v.problems.map((p) => ({ ...p, path: toSheetPath(p.path, indicatorRows) })) };
}

/** components[2].indicators[5].levels → "Indikator!baris 31 (components[2].indicators[5].levels)". */
function toSheetPath(path: string, indicatorRows: Map<string, number>): string {
  const m = /^components\[(\d+)\]\.indicators\[(\d+)\]/.exec(path);
  const row = m ? indicatorRows.get(`${m[1]}:${m[2]}`) : undefined;
  return row ? `${SHEETS.indicators}!baris ${row} (${path})` : path;
}
