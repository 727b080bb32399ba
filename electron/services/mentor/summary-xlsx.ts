// The regional summary as an XLSX workbook: sheet 1 is the kab/kota × typology table with row and column totals
// (the shape of Table I.1 of seed 000); sheet 2 holds the grade distribution and the average per standard.
import ExcelJS from 'exceljs';
import type { Summary } from '../../../shared/api/contract-mentor';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { regionalSummary, type SummaryFilter } from './summary';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

const TEXT = {
  id: {
    sheet: 'Rekap tipologi', sheet2: 'Peringkat & standar', no: 'No', region: 'Kabupaten/Kota', code: 'Kode', total: 'Jumlah',
    title: 'Jumlah LKS per kabupaten/kota dan tipologi', latest: 'tahun terakhir tiap LKS', grade: 'Peringkat', count: 'Jumlah LKS',
    noGrade: 'Tanpa peringkat', average: 'Rata-rata nilai', standard: 'Standar', avg: 'Rata-rata', lks: 'LKS', type: 'Jenis', filterRegion: 'Wilayah',
  },
  en: {
    sheet: 'Typology summary', sheet2: 'Grades & standards', no: 'No', region: 'Regency/City', code: 'Code', total: 'Total',
    title: 'LKS by regency/city and typology', latest: 'latest year per LKS', grade: 'Grade', count: 'LKS', noGrade: 'No grade',
    average: 'Average score', standard: 'Standard', avg: 'Average', lks: 'LKS', type: 'Type', filterRegion: 'Region',
  },
} as const;

export function summaryFileName(f: SummaryFilter): string {
  return `rekap-lks${f.region ? `-${f.region}` : ''}${f.lksType ? `-${f.lksType}` : ''}${f.year ? `-${f.year}` : ''}.xlsx`;
}

/** Builds the workbook; the typology table's header is on row 3 and its rows follow, the total row last. */
export async function summaryWorkbook(s: Summary, f: SummaryFilter, lang: 'id' | 'en'): Promise<Buffer> {
  const x = TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Swanilai';
  const ws = wb.addWorksheet(x.sheet);
  const filters = [f.year ? String(f.year) : x.latest, f.lksType ? `${x.type}: ${f.lksType}` : '', f.region ? `${x.filterRegion}: ${f.region}` : ''].filter(Boolean);
  ws.getCell('A1').value = `${x.title} (${filters.join(', ')})`;
  ws.getCell('A1').font = { bold: true, size: 12 };
  const head = ws.getRow(3);
  head.values = [x.no, x.code, x.region, ...LETTERS, x.total];
  head.font = { bold: true };
  s.rows.forEach((r, i) => { ws.addRow([i + 1, r.regionCode ?? '', r.regionName, ...LETTERS.map((l) => r[l]), r.total]); });
  const foot = ws.addRow([null, null, x.total, ...LETTERS.map((l) => s.total[l]), s.total.total]);
  foot.font = { bold: true };
  ws.columns.forEach((c, i) => { c.width = i === 2 ? 28 : i === 1 ? 8 : 9; });
  ws.views = [{ state: 'frozen', ySplit: 3 }];

  const g = wb.addWorksheet(x.sheet2);
  g.addRow([x.grade, x.count]).font = { bold: true };
  for (const k of ['A', 'B', 'C'] as const) g.addRow([k, s.grades[k]]);
  g.addRow([x.noGrade, s.grades.none]);
  g.addRow([]);
  g.addRow([x.average, s.averageScore === null ? '' : Math.round(s.averageScore * 10) / 10]).font = { bold: true };
  if (s.standards.length) {
    g.addRow([]);
    g.addRow([x.standard, x.avg, x.lks]).font = { bold: true };
    for (const st of s.standards) g.addRow([st.code, Math.round(st.average * 10) / 10, st.count]);
  }
  g.getColumn(1).width = 20;
  g.getColumn(2).width = 12;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function summaryXlsx(ctx: HandlerContext, i: { year?: number; lksType?: LksType; region?: string; language: 'id' | 'en' }) {
  const f: SummaryFilter = { year: i.year, lksType: i.lksType, region: i.region };
  const buf = await summaryWorkbook(regionalSummary(ctx, f), f, i.language);
  return { fileName: summaryFileName(f), base64: buf.toString('base64') };
}
