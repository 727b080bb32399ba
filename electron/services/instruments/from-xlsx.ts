// Compiles an instrument spreadsheet (layout in xlsx-layout.ts) into instrument JSON and validates it.
import ExcelJS from 'exceljs';
import { validateInstrument, type Problem } from '../../../shared/scoring/validate';
import type { Instrument } from '../../../shared/instrument/schema';
import { levelColumns, META_KEYS, META_PATHS, NO, SHEETS, YES } from './xlsx-layout';

type Cell = string | number | undefined;
interface SheetRow { row: number; cells: Record<string, Cell> }

/**
 * Spreadsheets keep 15 significant digits; a value LibreOffice or Excel computed or re-typed may come back as
 * 0.15000000000000002. Rounding to what the sheet shows gives the number that was written.
 */
const shown = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);
/** A fixed-decimals number format ("0.00"): the cell shows, and the author meant, that many decimals. */
const FIXED_DECIMALS = /^0\.(0+)$/;

/**
 * One cell as the author sees it, whichever way the application stored it: shared or inline strings, rich text,
 * formula results, hyperlinks, booleans (TRUE/FALSE → ya/tidak), dates (→ YYYY-MM-DD), numbers (see `shown`).
 * Empty and blank cells are undefined, so dropped and empty cells read the same.
 */
function cellValue(v: ExcelJS.CellValue, numFmt?: string): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') {
    const decimals = numFmt ? FIXED_DECIMALS.exec(numFmt)?.[1].length : undefined;
    return decimals === undefined ? shown(v) : v.toFixed(decimals);
  }
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'boolean') return v ? YES : NO;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim() || undefined;
  if (typeof v === 'object' && 'error' in v) return undefined;
  if (typeof v === 'object' && 'result' in v && v.result !== undefined) return cellValue(v.result as ExcelJS.CellValue, numFmt);
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    // LibreOffice saves a boolean as the formula TRUE() or FALSE() with its result, and ExcelJS drops a falsy
    // result (false, 0): read the formula itself when it is a constant, otherwise the cell has no value we know.
    const f = String(('formula' in v ? v.formula : undefined) ?? '').trim().replace(/^=/, '');
    if (/^TRUE(\(\))?$/i.test(f)) return YES;
    if (/^FALSE(\(\))?$/i.test(f)) return NO;
    return /^[+-]?\d+(\.\d+)?$/.test(f) ? shown(Number(f)) : undefined;
  }
  if (typeof v === 'object' && 'text' in v) return cellValue(v.text as ExcelJS.CellValue, numFmt);
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
    r.eachCell((c, col) => { if (headers[col]) cells[headers[col]] = cellValue(c.value, c.numFmt); });
    if (Object.values(cells).some((v) => v !== undefined)) rows.push({ row: n, cells });
  });
  return rows;
}

const at = (sheet: string, row: number) => `${sheet}!baris ${row}`;
const text = (c: Record<string, Cell>, base: string) =>
  c[`${base}_id`] === undefined && c[`${base}_en`] === undefined ? undefined : { id: String(c[`${base}_id`] ?? ''), en: String(c[`${base}_en`] ?? '') };
/** A name or id: a cell the spreadsheet turned into a number ("2024") still reads as the text that was typed. */
const str = (v: Cell) => (v === undefined ? undefined : String(v));
/** A version: 2 typed into a cell is "2.0"; "1.10" survives only as text or with a "0.00" format (see cellValue). */
const version = (v: Cell) => (v === undefined ? undefined : typeof v === 'number' && Number.isInteger(v) ? `${v}.0` : String(v));
/** ya/tidak as written by to-xlsx, and what a user or another application may put there instead. */
const yes = (v: Cell) => [YES, 'y', 'yes', 'true', 'benar', '1'].includes(String(v ?? '').trim().toLowerCase());
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

/** A prerequisite's check: cek_jenis names the kind, cek_isian lists the profile fields or evidence kinds it needs. */
function prerequisiteCheck(c: Record<string, Cell>, where: string, problems: Problem[]) {
  const kind = c.cek_jenis === undefined ? undefined : String(c.cek_jenis);
  const items = list(c.cek_isian);
  if (kind === 'permitValid') {
    if (items?.length) problems.push({ path: `${where} cek_isian`, message: 'cek_isian is not used by a permitValid check; leave it empty / cek_isian tidak dipakai oleh cek permitValid; kosongkan' });
    return { kind };
  }
  if (kind === 'profile' || kind === 'evidence') {
    if (!items?.length) {
      problems.push({ path: `${where} cek_isian`, message: kind === 'profile'
        ? 'cek_isian must list profile fields, e.g. address.regency, npwp / cek_isian harus berisi daftar isian profil, dipisah koma'
        : 'cek_isian must list evidence kinds from the sheet Jenis Bukti / cek_isian harus berisi daftar jenis bukti dari lembar Jenis Bukti, dipisah koma' });
    }
    return kind === 'profile' ? { kind, fields: items } : { kind, evidenceKinds: items };
  }
  problems.push({ path: `${where} cek_jenis`, message: `cek_jenis must be profile, permitValid or evidence, got "${kind ?? ''}" / cek_jenis harus profile, permitValid, atau evidence, tertulis "${kind ?? ''}"` });
  return undefined;
}

/** Where each list of the instrument came from: JSON path of the list → sheet and the row of each element. */
type Origins = Map<string, { sheet: string; rows: number[] }>;

export interface XlsxCompileResult { ok: boolean; instrument?: Instrument; problems: Problem[] }

export async function instrumentFromXlsx(data: Buffer | ArrayBuffer): Promise<XlsxCompileResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not a readable XLSX workbook / bukan berkas XLSX yang dapat dibaca: ${(e as Error).message}` }] };
  }
  const problems: Problem[] = [];
  const origins: Origins = new Map();
  /** Reads a sheet that becomes the list at `jsonPath`, remembering each element's row. */
  const sheet = (name: string, jsonPath: string, required = true) => {
    const rows = readSheet(wb, name, problems, required);
    origins.set(jsonPath, { sheet: name, rows: rows.map((r) => r.row) });
    return rows;
  };
  const metaRows = readSheet(wb, SHEETS.meta, problems);
  const meta = Object.fromEntries(metaRows.map((r) => [String(r.cells.kunci), r.cells.nilai]));
  const metaRow = new Map(metaRows.map((r) => [String(r.cells.kunci), r.row]));
  const max = num(meta.skala_maks) ?? 4;
  const components = sheet(SHEETS.components, 'components').map((r) => ({
    id: str(r.cells.id), code: str(r.cells.kode), title: text(r.cells, 'judul'), description: text(r.cells, 'deskripsi'), weight: num(r.cells.bobot), indicators: [] as unknown[],
  }));
  for (const r of readSheet(wb, SHEETS.indicators, problems)) {
    const c = r.cells;
    const i = components.findIndex((k) => k.id === str(c.komponen));
    if (i < 0) { problems.push({ path: at(SHEETS.indicators, r.row), message: `unknown component "${c.komponen}" / komponen "${c.komponen}" tidak ada di lembar ${SHEETS.components}` }); continue; }
    const comp = components[i];
    const levels = [];
    for (let l = 0; l <= max; l++) {
      const [li, le, ui, ue] = levelColumns(l);
      if ([li, le, ui, ue].some((k) => c[k] !== undefined)) {
        levels.push({ level: l, label: { id: String(c[li] ?? ''), en: String(c[le] ?? '') }, description: { id: String(c[ui] ?? ''), en: String(c[ue] ?? '') } });
      }
    }
    const rows = origins.get(`components[${i}].indicators`)?.rows ?? [];
    origins.set(`components[${i}].indicators`, { sheet: SHEETS.indicators, rows: [...rows, r.row] });
    comp.indicators.push(JSON.parse(JSON.stringify({
      code: c.kode === undefined ? undefined : String(c.kode), question: text(c, 'pertanyaan'), guidance: text(c, 'panduan'), levels, weight: num(c.bobot),
      evidence: list(c.bukti) ?? [], applicability: applicability(c, at(SHEETS.indicators, r.row), problems), module: str(c.modul),
      allowNotApplicable: yes(c.boleh_tidak_berlaku),
      mustHave: c.wajib_level_min === undefined ? undefined : { minLevel: num(c.wajib_level_min) }, effortPerStep: num(c.upaya_per_langkah),
    })));
  }
  const json = {
    kind: str(meta.jenis) ?? 'instrument', id: str(meta.id), version: version(meta.versi), title: text(meta, 'judul'),
    provenance: {
      status: str(meta.status_sumber), note: text(meta, 'catatan'),
      sources: sheet(SHEETS.sources, 'provenance.sources').map((r) => JSON.parse(JSON.stringify({
        id: str(r.cells.id), title: str(r.cells.judul), note: str(r.cells.catatan), status: str(r.cells.status),
      }))),
    },
    scale: { min: 0, max },
    evidenceKinds: sheet(SHEETS.evidence, 'evidenceKinds', false).map((r) => ({ id: str(r.cells.id), label: text(r.cells, 'label') })),
    modules: sheet(SHEETS.modules, 'modules', false).map((r) => ({
      id: str(r.cells.id), title: text(r.cells, 'judul'), description: text(r.cells, 'deskripsi'), applicability: applicability(r.cells, at(SHEETS.modules, r.row), problems) ?? {},
    })),
    components: components.map((c) => JSON.parse(JSON.stringify(c))),
    scoring: {
      origin: str(meta.aturan_asal), note: text(meta, 'aturan_catatan'),
      gradeBands: sheet(SHEETS.bands, 'scoring.gradeBands').map((r) => ({ grade: str(r.cells.predikat), minTotal: num(r.cells.nilai_min), label: text(r.cells, 'label') })),
      gates: sheet(SHEETS.gates, 'scoring.gates', false).map((r) => JSON.parse(JSON.stringify({
        kind: str(r.cells.jenis), min: num(r.cells.nilai_min), threshold: num(r.cells.ambang), maxCount: num(r.cells.jumlah_maks),
        grades: list(r.cells.berlaku_untuk), label: text(r.cells, 'label'),
      }))),
      typology: JSON.parse(JSON.stringify({
        origin: str(meta.tipologi_asal), model: text(meta, 'tipologi_model'),
        basis: { accreditation: num(meta.tipologi_bobot_akreditasi), gcg: num(meta.tipologi_bobot_gcg) },
        bands: sheet(SHEETS.typology, 'scoring.typology.bands').map((r) => ({ typology: str(r.cells.tipologi), minScore: num(r.cells.skor_min), label: text(r.cells, 'label') })),
        overrides: sheet(SHEETS.overrides, 'scoring.typology.overrides', false).map((r) => {
          if (r.cells.tahun !== undefined && r.cells.jenis !== 'youngerThan') {
            problems.push({ path: `${at(SHEETS.overrides, r.row)} tahun`, message: 'tahun is only for jenis youngerThan; leave it empty / tahun hanya untuk jenis youngerThan; kosongkan' });
          }
          return { kind: str(r.cells.jenis), years: num(r.cells.tahun), cap: str(r.cells.batas), label: text(r.cells, 'label') };
        }),
      })),
      validityYears: { A: num(meta.masa_berlaku_A), B: num(meta.masa_berlaku_B), C: num(meta.masa_berlaku_C), origin: str(meta.masa_berlaku_asal) },
    },
    prerequisites: sheet(SHEETS.prerequisites, 'prerequisites', false).map((r) => JSON.parse(JSON.stringify({
      id: str(r.cells.id), label: text(r.cells, 'label'), guidance: text(r.cells, 'panduan'),
      check: prerequisiteCheck(r.cells, at(SHEETS.prerequisites, r.row), problems), applicability: applicability(r.cells, at(SHEETS.prerequisites, r.row), problems),
    }))),
    changelog: sheet(SHEETS.changelog, 'changelog', false).map((r) => JSON.parse(JSON.stringify({
      version: version(r.cells.versi), note: text(r.cells, 'catatan'), editorial: list(r.cells.redaksi) ?? [],
    }))),
  };
  if (problems.length) return { ok: false, problems };
  const v = validateInstrument(json);
  if (v.ok) return { ok: true, instrument: v.instrument, problems: [] };
  return { ok: false, problems: v.problems.map((p) => ({ ...p, path: toSheetPath(p.path, origins, metaRow) })) };
}

/**
 * Points a problem at the spreadsheet instead of a JSON path: components[2].indicators[5].levels →
 * "Indikator!baris 31 (components[2].indicators[5].levels)", scoring.typology.model.en → "Instrumen!baris 15 (…)".
 */
function toSheetPath(path: string, origins: Origins, metaRow: Map<string, number>): string {
  for (const m of [...path.matchAll(/\[(\d+)\]/g)].reverse()) {
    const o = origins.get(path.slice(0, m.index));
    const row = o?.rows[Number(m[1])];
    if (o && row !== undefined) return `${o.sheet}!baris ${row} (${path})`;
  }
  const whole = origins.get(path);
  if (whole) return `${whole.sheet} (${path})`;
  const key = META_KEYS.find((k) => META_PATHS[k] === path || META_PATHS[k].startsWith(`${path}.`));
  if (!key) return path;
  const row = metaRow.get(key);
  return row === undefined ? `${SHEETS.meta}!kunci ${key} (${path})` : `${SHEETS.meta}!baris ${row} (${path})`;
}
