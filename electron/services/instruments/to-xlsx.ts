// Writes an instrument to an XLSX workbook that BALKS or BK3S staff can edit (see xlsx-layout.ts).
import ExcelJS from 'exceljs';
import type { Applicability, Instrument } from '../../../shared/instrument/schema';
import { COLUMNS, levelColumns, META_KEYS, META_PATHS, NO, SHEETS, YES } from './xlsx-layout';

type Row = Record<string, string | number | undefined>;

function applicabilityCells(a: Applicability | undefined): Row {
  return {
    jenis_lks: a?.lksTypes?.join(', '),
    bentuk_hukum: a?.legalForms?.join(', '),
    kondisi: a?.condition ? JSON.stringify(a.condition) : undefined,
    alasan_id: a?.reason?.id,
    alasan_en: a?.reason?.en,
  };
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly string[], rows: Row[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: /uraian|pertanyaan|panduan|catatan|judul|label|deskripsi|kondisi|isian|redaksi/.test(c) ? 40 : 14 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.eachRow((row, n) => { if (n > 1) row.alignment = { wrapText: true, vertical: 'top' }; });
}

export async function instrumentToXlsx(inst: Instrument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Swanilai';
  const s = inst.scoring;
  const meta = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], inst) as string | number | undefined;
  addSheet(wb, SHEETS.meta, ['kunci', 'nilai'], META_KEYS.map((k) => ({ kunci: k, nilai: meta(META_PATHS[k]) })));
  addSheet(wb, SHEETS.sources, COLUMNS.sources, inst.provenance.sources.map((x) => ({ id: x.id, judul: x.title, catatan: x.note, status: x.status })));
  addSheet(wb, SHEETS.evidence, COLUMNS.evidence, inst.evidenceKinds.map((k) => ({ id: k.id, label_id: k.label.id, label_en: k.label.en })));
  addSheet(wb, SHEETS.modules, COLUMNS.modules, inst.modules.map((m) => ({
    id: m.id, judul_id: m.title.id, judul_en: m.title.en, deskripsi_id: m.description.id, deskripsi_en: m.description.en, ...applicabilityCells(m.applicability),
  })));
  addSheet(wb, SHEETS.components, COLUMNS.components, inst.components.map((c) => ({
    id: c.id, kode: c.code, judul_id: c.title.id, judul_en: c.title.en, deskripsi_id: c.description?.id, deskripsi_en: c.description?.en, bobot: c.weight,
  })));
  const levelCols = Array.from({ length: inst.scale.max + 1 }, (_, l) => levelColumns(l)).flat();
  addSheet(wb, SHEETS.indicators, [...COLUMNS.indicatorsBase, ...levelCols], inst.components.flatMap((c) => c.indicators.map((ind) => {
    const row: Row = {
      komponen: c.id, kode: ind.code, pertanyaan_id: ind.question.id, pertanyaan_en: ind.question.en,
      panduan_id: ind.guidance?.id, panduan_en: ind.guidance?.en, bobot: ind.weight, bukti: ind.evidence.join(', '), modul: ind.module,
      boleh_tidak_berlaku: ind.allowNotApplicable ? YES : NO, wajib_level_min: ind.mustHave?.minLevel, upaya_per_langkah: ind.effortPerStep,
      ...applicabilityCells(ind.applicability),
    };
    for (const lv of ind.levels) {
      const [li, le, ui, ue] = levelColumns(lv.level);
      Object.assign(row, { [li]: lv.label.id, [le]: lv.label.en, [ui]: lv.description.id, [ue]: lv.description.en });
    }
    return row;
  })));
  addSheet(wb, SHEETS.bands, COLUMNS.bands, s.gradeBands.map((b) => ({ predikat: b.grade, nilai_min: b.minTotal, label_id: b.label.id, label_en: b.label.en })));
  addSheet(wb, SHEETS.gates, COLUMNS.gates, s.gates.map((g) => ({
    jenis: g.kind,
    nilai_min: g.kind === 'minComponent' ? g.min : undefined,
    ambang: g.kind === 'maxComponentsBelow' ? g.threshold : undefined,
    jumlah_maks: g.kind === 'maxComponentsBelow' ? g.maxCount : undefined,
    berlaku_untuk: g.grades?.join(', '), label_id: g.label?.id, label_en: g.label?.en,
  })));
  addSheet(wb, SHEETS.typology, COLUMNS.typology, s.typology.bands.map((b) => ({ tipologi: b.typology, skor_min: b.minScore, label_id: b.label.id, label_en: b.label.en })));
  addSheet(wb, SHEETS.overrides, COLUMNS.overrides, s.typology.overrides.map((o) => ({
    jenis: o.kind, tahun: o.kind === 'youngerThan' ? o.years : undefined, batas: o.cap, label_id: o.label.id, label_en: o.label.en,
  })));
  addSheet(wb, SHEETS.prerequisites, COLUMNS.prerequisites, inst.prerequisites.map((x) => ({
    id: x.id, label_id: x.label.id, label_en: x.label.en, panduan_id: x.guidance?.id, panduan_en: x.guidance?.en, cek_jenis: x.check.kind,
    cek_isian: x.check.kind === 'profile' ? x.check.fields.join(', ') : x.check.kind === 'evidence' ? x.check.evidenceKinds.join(', ') : undefined,
    ...applicabilityCells(x.applicability),
  })));
  addSheet(wb, SHEETS.changelog, COLUMNS.changelog, inst.changelog.map((e) => ({
    versi: e.version, catatan_id: e.note.id, catatan_en: e.note.en, redaksi: e.editorial.join(', ') || undefined,
  })));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
