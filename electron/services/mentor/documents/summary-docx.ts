// The regional summary as a DOCX: the filters, the kab/kota × typology table with row and column totals (the shape of
// Table I.1 of seed 000: No, Kabupaten/Kota, A–E, Jumlah), a bar chart of the same counts, the grade distribution and
// the average per standard. Typologies and grades projected from received dossiers are counted and labelled estimates.
import type { FileChild } from 'docx';
import { longDate, oneDecimal } from '../../../../shared/format';
import type { Summary } from '../../../../shared/api/contract-mentor';
import type { LksType } from '../../../../shared/profile';
import type { HandlerContext } from '../../context';
import { estimateNotice, keyValues, pack, para, run, table, titleBlock, type Lang } from '../../dossier/documents/kit';
import { LKS_FILTER, probe, regionalSummary, type SummaryFilter } from '../summary';
import { summaryFileName } from '../summary-xlsx';
import { today } from '../visits';
import { barChart, fileResult, LETTERS, numbering, organisationName, regionLabel, TYPE_LABEL } from './common';

const L = {
  id: {
    title: 'Ringkasan wilayah', sub: 'Jumlah LKS per kabupaten/kota dan tipologi, sebaran peringkat, rata-rata nilai per standar',
    org: 'Disusun oleh', year: 'Tahun', latest: 'tahun terakhir tiap LKS', type: 'Jenis LKS', region: 'Wilayah', all: 'semua', printed: 'Tanggal cetak',
    table: 'Jumlah LKS per kabupaten/kota dan tipologi', no: 'No', regency: 'Kabupaten/Kota', total: 'Jumlah',
    chart: 'Diagram: jumlah LKS per kabupaten/kota menurut tipologi', typology: (k: string) => `Tipologi ${k}`,
    grades: 'Sebaran peringkat', grade: 'Peringkat', count: 'Jumlah LKS', noGrade: 'Tanpa peringkat', average: 'Rata-rata nilai total',
    noAverage: 'belum ada nilai total yang tercatat', standards: 'Rata-rata nilai per standar', standard: 'Standar', avg: 'Rata-rata', lks: 'LKS',
    noStandards: 'Belum ada nilai per standar (nilai ini datang dari dossier yang diterima).',
    standardsNote: 'Nilai per standar berasal dari penilaian mandiri dalam dossier yang diterima: perkiraan, bukan angka resmi.',
    projTyp: (n: number, of: number) => `${n} dari ${of} tipologi di tabel ini diproyeksikan dari dossier yang diterima (perkiraan, bukan angka resmi); sisanya dicatat pendamping atau diimpor dari daftar.`,
    projGrade: (n: number) => `${n} peringkat diproyeksikan dari dossier yang diterima (perkiraan, bukan angka resmi).`,
    footer: 'rekap pendamping, bukan angka resmi',
  },
  en: {
    title: 'Regional summary', sub: 'LKS by regency/city and typology, grade distribution, average score per standard',
    org: 'Prepared by', year: 'Year', latest: 'latest year per LKS', type: 'LKS type', region: 'Region', all: 'all', printed: 'Printed on',
    table: 'LKS by regency/city and typology', no: 'No', regency: 'Regency/City', total: 'Total',
    chart: 'Chart: LKS per regency/city by typology', typology: (k: string) => `Typology ${k}`,
    grades: 'Grade distribution', grade: 'Grade', count: 'LKS', noGrade: 'No grade', average: 'Average total score',
    noAverage: 'no total score recorded yet', standards: 'Average score per standard', standard: 'Standard', avg: 'Average', lks: 'LKS',
    noStandards: 'No scores per standard yet (they come from received dossiers).',
    standardsNote: 'Scores per standard come from the self-assessments in received dossiers: estimates, not official figures.',
    projTyp: (n: number, of: number) => `${n} of the ${of} typologies in this table are projected from received dossiers (estimate, not an official figure); the others were recorded by the mentor or imported from a list.`,
    projGrade: (n: number) => `${n} grades are projected from received dossiers (estimate, not an official figure).`,
    footer: "mentor's summary, not official figures",
  },
};

// How many of the typologies and grades the summary counts come from a dossier's projection (same picks as summary.ts).
const PROJECTED_SQL = `WITH picked AS (
  SELECT ${probe('AND r.typology IS NOT NULL')} AS tid, ${probe()} AS rid FROM mentor_lks l WHERE ${LKS_FILTER}
)
SELECT COALESCE(SUM(t.source = 'dossier'), 0) AS typologies, COALESCE(SUM(r.source = 'dossier' AND r.grade IS NOT NULL), 0) AS grades
FROM picked p LEFT JOIN mentor_record t ON t.id = p.tid LEFT JOIN mentor_record r ON r.id = p.rid WHERE p.rid IS NOT NULL`;

export interface SummaryDocInput { summary: Summary; filter: SummaryFilter; projected: { typologies: number; grades: number }; organisation: string | null; regionLabel: string | null; today: string }

export async function summaryDocument(d: SummaryDocInput, lang: Lang): Promise<Buffer> {
  const t = L[lang];
  const s = d.summary;
  const n = numbering();
  const f = d.filter;
  const header: [string, string][] = [
    [t.year, f.year ? String(f.year) : t.latest],
    [t.type, f.lksType ? TYPE_LABEL[lang][f.lksType as LksType] : t.all],
    [t.region, d.regionLabel ?? t.all],
    ...(d.organisation ? [[t.org, d.organisation] as [string, string]] : []),
    [t.printed, longDate(d.today, lang)],
  ];
  const counts = s.rows.map((r, i) => [String(i + 1), r.regionName, ...LETTERS.map((k) => String(r[k])), String(r.total)]);
  const totalRow = ['', t.total, ...LETTERS.map((k) => String(s.total[k])), String(s.total.total)];
  const cols = [{ header: t.no, width: 6 }, { header: t.regency, width: 34 }, ...LETTERS.map((k) => ({ header: k, width: 9 })), { header: t.total, width: 12 }];
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, header),
    n.h1(t.table),
    ...(d.projected.typologies ? [estimateNotice(lang, t.projTyp(d.projected.typologies, s.total.total))] : []),
    table(cols, [...counts, totalRow.map((c) => [[run(c, { bold: true })]])], { fill: (i) => (i === counts.length ? 'EEF3F2' : null), size: 19 }),
    ...barChart(s.rows.map((r) => ({ label: r.regionName, parts: LETTERS.map((k) => ({ key: k, value: r[k] })), total: r.total })), { legend: t.typology, caption: t.chart }),
    n.h1(t.grades),
    ...(d.projected.grades ? [estimateNotice(lang, t.projGrade(d.projected.grades))] : []),
    table([{ header: t.grade, width: 60 }, { header: t.count, width: 40 }],
      [...(['A', 'B', 'C'] as const).map((g) => [g, String(s.grades[g])]), [t.noGrade, String(s.grades.none)]], { size: 19 }),
    para(''),
    keyValues([[t.average, s.averageScore === null ? t.noAverage : oneDecimal(s.averageScore, lang)]]),
    n.h1(t.standards),
    ...(s.standards.length
      ? [para([run(t.standardsNote, { italic: true, color: '5C3D00', size: 18 })]),
        table([{ header: t.standard, width: 40 }, { header: t.avg, width: 30 }, { header: t.lks, width: 30 }],
          s.standards.map((x) => [x.code, oneDecimal(x.average, lang), String(x.count)]), { size: 19 })]
      : [para([run(t.noStandards, { italic: true, color: '777777' })])]),
  ];
  return pack(children, { lks: d.organisation ?? 'Swanilai — BK3S', title: t.title, lang, footerNote: t.footer });
}

export function summaryDocInput(ctx: HandlerContext, f: SummaryFilter): SummaryDocInput {
  const params = { year: f.year ?? null, type: f.lksType ?? null, region: f.region ?? null };
  const projected = ctx.workspace.db.prepare(PROJECTED_SQL).get(params) as { typologies: number; grades: number };
  return { summary: regionalSummary(ctx, f), filter: f, projected, organisation: organisationName(ctx), regionLabel: regionLabel(ctx, f.region), today: today(ctx) };
}

export async function summaryDocx(ctx: HandlerContext, i: { year?: number; lksType?: LksType; region?: string; language: Lang }) {
  const f: SummaryFilter = { year: i.year, lksType: i.lksType, region: i.region };
  return fileResult(summaryFileName(f).replace(/\.xlsx$/, '.docx'), await summaryDocument(summaryDocInput(ctx, f), i.language));
}
