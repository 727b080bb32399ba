// The assessor report DOCX: visitasi summary, scores per standard and TARIF principle, the assessor's projected grade and
// typology (estimates from the dossier's own instrument snapshot), findings, differences, revisions, recommendation, log.
import type { FileChild } from 'docx';
import { longDate, oneDecimal } from '../../../../shared/format';
import type { ReviewLogEntry } from '../../../../shared/review/model';
import type { CompareRow, GroupCompare } from '../../../../shared/review/score';
import type { ScoreAllResult } from '../../../../shared/scoring/index';
import type { HandlerContext } from '../../context';
import { dash, estimateNotice, heading, pack, para, run, table, titleBlock, type Cell, type Lang, type Run } from '../../dossier/documents/kit';
import { reviewLog } from '../store';
import { answerText, BLIND_TEXT, lksSlug, reviewDocInput, STATE_LABEL, when, type ReviewDocInput } from './common';

const L = {
  id: {
    title: 'Laporan Asesor', sub: 'Hasil tinjauan dossier dan visitasi atas penilaian mandiri LKS', file: 'laporan-asesor',
    lks: 'LKS', region: 'Wilayah', round: 'Putaran penilaian', version: 'Versi dossier', sent: 'dikirim', assessor: 'Asesor', printed: 'Tanggal cetak', state: 'Status tinjauan',
    draftLine: 'DRAFT — tinjauan belum final; angka dan isi masih dapat berubah.', unnamed: 'belum diisi',
    estimate: (title: string, v: string) => `Semua angka dalam laporan ini adalah perkiraan yang dihitung Swanilai dengan snapshot instrumen yang dipakai LKS dalam dossier ini (${title}, versi ${v}).`,
    visit: 'Ringkasan visitasi', empty: 'Belum diisi oleh asesor.',
    result: 'Perkiraan hasil', self: 'Penilaian mandiri LKS', asr: 'Asesor (perkiraan)', total: 'Nilai total', grade: 'Predikat', typology: 'Tipologi', gcg: 'Nilai tata kelola (GCG)',
    none: 'Belum terakreditasi', between: (a: string, b: string) => `antara ${a} dan ${b} (belum lengkap)`,
    reasons: 'Alasan perkiraan predikat dan tipologi asesor', model: 'Model tipologi', capped: 'Dibatasi',
    standards: 'Nilai per standar', code: 'Kode', standard: 'Standar', diff: 'Selisih', principles: 'Tata kelola (GCG) per prinsip TARIF', principle: 'Prinsip',
    findings: 'Temuan', differences: 'Perbedaan dengan penilaian mandiri',
    diffLead: (n: number) => `${n} butir dinilai berbeda oleh asesor, diurutkan dari selisih terbesar (GCG: terpenuhi 2, sebagian 1, belum 0).`, noDiff: 'Tidak ada perbedaan antara nilai asesor dan penilaian mandiri.',
    item: 'Butir', comment: 'Catatan asesor dan hasil observasi', note: 'Catatan', obs: 'Observasi',
    revisions: 'Butir yang diminta diperbaiki', request: 'Permintaan perbaikan', noRevisions: 'Tidak ada butir yang diminta diperbaiki.', general: 'Komentar umum',
    recommendation: 'Rekomendasi', log: 'Log tinjauan', at: 'Waktu', event: 'Kejadian', detail: 'Keterangan', sign: 'Asesor,',
    actions: {
      received: 'Dossier diterima', state: 'Status diubah', 'item-state': 'Status butir diubah', final: 'Ditandai final', reopened: 'Dibuka kembali',
      'blind-on': 'Penilaian buta dinyalakan', 'blind-off': 'Penilaian buta dimatikan', 'new-version': 'Versi dossier baru', 'new-version-held': 'Versi baru ditahan (tinjauan final)',
    } as Record<string, string>,
  },
  en: {
    title: 'Assessor Report', sub: 'Outcome of the dossier review and site visit on the LKS self-assessment', file: 'assessor-report',
    lks: 'LKS', region: 'Region', round: 'Assessment round', version: 'Dossier version', sent: 'sent', assessor: 'Assessor', printed: 'Printed on', state: 'Review state',
    draftLine: 'DRAFT — the review is not final; numbers and text may still change.', unnamed: 'not filled in',
    estimate: (title: string, v: string) => `Every number in this report is an estimate computed by Swanilai with the instrument snapshot the LKS used in this dossier (${title}, version ${v}).`,
    visit: 'Site visit summary', empty: 'Not filled in by the assessor yet.',
    result: 'Projected result', self: 'LKS self-assessment', asr: 'Assessor (estimate)', total: 'Total score', grade: 'Grade', typology: 'Typology', gcg: 'Governance score (GCG)',
    none: 'Not accredited', between: (a: string, b: string) => `between ${a} and ${b} (incomplete)`,
    reasons: "Reasons for the assessor's projected grade and typology", model: 'Typology model', capped: 'Capped',
    standards: 'Score per standard', code: 'Code', standard: 'Standard', diff: 'Difference', principles: 'Governance (GCG) per TARIF principle', principle: 'Principle',
    findings: 'Findings', differences: 'Differences from the self-assessment',
    diffLead: (n: number) => `${n} items scored differently by the assessor, largest difference first (GCG: met 2, partly 1, not met 0).`, noDiff: 'The assessor and the self-assessment agree on every item.',
    item: 'Item', comment: "Assessor's note and visit observation", note: 'Note', obs: 'Observation',
    revisions: 'Items asked to be revised', request: 'Revision request', noRevisions: 'No items were asked to be revised.', general: 'General comment',
    recommendation: 'Recommendation', log: 'Review log', at: 'Time', event: 'Event', detail: 'Detail', sign: 'Assessor,',
    actions: {
      received: 'Dossier received', state: 'State changed', 'item-state': 'Item state changed', final: 'Marked final', reopened: 'Reopened',
      'blind-on': 'Blind review on', 'blind-off': 'Blind review off', 'new-version': 'New dossier version', 'new-version-held': 'New version held (review final)',
    } as Record<string, string>,
  },
};
type T = (typeof L)['id'];

const num = (lang: Lang, x: number | null) => (x === null ? dash : oneDecimal(x, lang));
const signed = (lang: Lang, x: number | null) => (x === null ? dash : x > 0 ? `+${oneDecimal(x, lang)}` : oneDecimal(x, lang));
const texts = (s: string | null, t: T) => (s?.trim() ? s.trim().split(/\n+/).map((l) => para(l)) : [para([run(t.empty, { italic: true, color: '777777' })])]);

function outcome(t: T, lang: Lang, r: ScoreAllResult) {
  const s = r.score;
  const total = s.total !== null ? oneDecimal(s.total, lang) : s.range ? t.between(oneDecimal(s.range.min, lang), oneDecimal(s.range.max, lang)) : dash;
  const g = r.grade;
  const grade = g.grade ?? (g.complete ? t.none : t.between(g.range.worst ?? t.none, g.range.best ?? t.none));
  const typology = r.typology ? `${r.typology.typology} — ${r.typology.label[lang]}`
    : r.typologyRange ? t.between(r.typologyRange.worst.typology, r.typologyRange.best.typology) : dash;
  const o = r.gcg?.overall;
  const gcg = !o ? dash : o.score !== null ? oneDecimal(o.score, lang) : o.range ? t.between(oneDecimal(o.range.min, lang), oneDecimal(o.range.max, lang)) : dash;
  return { total, grade, typology, gcg };
}

function resultSection(t: T, d: ReviewDocInput, hideSelf: boolean): FileChild[] {
  const { lang, comparison: c } = d;
  const a = outcome(t, lang, c.assessor);
  const s = hideSelf ? null : outcome(t, lang, c.self);
  const self = (k: keyof typeof a) => (s ? s[k] : BLIND_TEXT[lang]);
  const rows: Cell[][] = [
    [[[run(t.total, { bold: true })]], self('total'), [[run(a.total, { bold: true })]]],
    [[[run(t.grade, { bold: true })]], self('grade'), [[run(a.grade, { bold: true })]]],
    [[[run(t.typology, { bold: true })]], self('typology'), [[run(a.typology, { bold: true })]]],
    ...(c.assessor.gcg ? [[[[run(t.gcg, { bold: true })]], self('gcg'), [[run(a.gcg, { bold: true })]]] as Cell[]] : []),
  ];
  const r = c.assessor;
  const why: Run[][] = [
    [run(`${t.grade}: `, { bold: true }), run(r.grade.summary[lang])],
    // Failed gates the summary does not already name.
    ...r.grade.reasons.filter((x) => !x.passed && !r.grade.summary[lang].includes(x.detail[lang])).map((x) => [run(`• ${x.detail[lang]}`)]),
    ...(r.typology ? [[run(`${t.typology}: `, { bold: true }), run(r.typology.note[lang])]] : []),
    ...(r.typology?.capped ?? []).map((x) => [run(`• ${t.capped}: ${x.label[lang]}`, { color: '9A3412' })]),
    ...(r.typology?.model ?? r.typologyRange?.worst.model ? [[run(`${t.model}: `, { bold: true }), run((r.typology?.model ?? r.typologyRange!.worst.model)![lang], { italic: true })]] : []),
  ];
  return [
    heading(t.result, 1),
    estimateNotice(lang, t.estimate(d.snaps.instrument.title[lang], d.snaps.instrument.version)),
    table([{ header: '', width: 26 }, { header: t.self, width: 37 }, { header: t.asr, width: 37 }], rows),
    heading(t.reasons, 2),
    ...why.map((line) => para(line, { after: 60 })),
  ];
}

function groupTable(t: T, lang: Lang, groups: GroupCompare[], hideSelf: boolean, codes: boolean) {
  const values = (g: GroupCompare): Cell[] => [hideSelf ? BLIND_TEXT[lang] : num(lang, g.self), num(lang, g.assessor), hideSelf ? dash : signed(lang, g.diff)];
  const tail = [{ header: t.self, width: 16 }, { header: t.asr, width: 16 }, { header: t.diff, width: 12 }];
  return table(codes ? [{ header: t.code, width: 9 }, { header: t.standard, width: 47 }, ...tail] : [{ header: t.principle, width: 56 }, ...tail],
    groups.map((g) => [...(codes ? [[[run(g.code, { bold: true })]] as Cell] : []), g.title[lang], ...values(g)]),
    { fill: (i) => (!hideSelf && (groups[i].diff ?? 0) <= -10 ? 'FDECEC' : null) });
}

function differences(t: T, d: ReviewDocInput): FileChild[] {
  const lang = d.lang;
  const rows = d.comparison.rows.filter((r) => r.diff !== null && r.diff !== 0)
    .sort((x, y) => Math.abs(y.diff!) - Math.abs(x.diff!) || x.code.localeCompare(y.code, 'en', { numeric: true }));
  if (!rows.length) return [heading(t.differences, 1), para([run(t.noDiff, { italic: true })])];
  const show = (r: CompareRow, side: 'self' | 'assessor') => {
    const a = side === 'self'
      ? (r.target === 'indicator' ? d.manifest.answers.indicators[r.code] : d.manifest.answers.gcg[r.code])
      : d.item(r.target, r.code);
    return answerText(d, r.target, r.code, a) ?? r[side] ?? dash;
  };
  return [
    heading(t.differences, 1),
    para(t.diffLead(rows.length)),
    table([{ header: t.code, width: 8 }, { header: t.item, width: 27 }, { header: t.self, width: 14 }, { header: t.asr, width: 14 }, { header: t.diff, width: 8 }, { header: t.comment, width: 29 }],
      rows.map((r): Cell[] => {
        const it = d.item(r.target, r.code);
        const comment: Run[][] = [
          ...(it?.note?.trim() ? [[run(`${t.note}: `, { bold: true }), run(it.note.trim())]] : []),
          ...(it?.observation?.trim() ? [[run(`${t.obs}: `, { bold: true }), run(it.observation.trim())]] : []),
        ];
        return [[[run(r.code, { bold: true })]], r.title[lang], show(r, 'self'), show(r, 'assessor'), [[run(r.diff! > 0 ? `+${r.diff}` : String(r.diff), { bold: true })]], comment.length ? comment : dash];
      }),
      { fill: (i) => (Math.abs(rows[i].diff!) >= 2 ? 'FFF4DC' : null) }),
  ];
}

function revisions(t: T, d: ReviewDocInput): FileChild[] {
  const lang = d.lang;
  const title = new Map([
    ...d.snaps.instrument.components.flatMap((c) => c.indicators.map((i) => [`indicator:${i.code}`, i.question[lang]] as const)),
    ...(d.snaps.checklist?.items.map((i) => [`gcg:${i.code}`, i.text[lang]] as const) ?? []),
  ]);
  const flagged = d.items.filter((i) => i.state === 'perlu-perbaikan');
  return [
    heading(t.revisions, 1),
    ...(d.review.revisionComment?.trim() ? [para([run(`${t.general}: `, { bold: true }), run(d.review.revisionComment.trim())])] : []),
    flagged.length === 0 ? para([run(t.noRevisions, { italic: true })])
      : table([{ header: t.code, width: 10 }, { header: t.item, width: 45 }, { header: t.request, width: 45 }],
        flagged.map((i) => [[[run(i.code, { bold: true })]], title.get(`${i.target}:${i.code}`) ?? dash, i.revisionRequest?.trim() || dash])),
  ];
}

function logSection(t: T, d: ReviewDocInput, log: ReviewLogEntry[]): FileChild[] {
  const lang = d.lang;
  const detail = (e: { action: string; detail: string | null }) => {
    if (!e.detail) return dash;
    if (e.action === 'state') {
      const [state, ...rest] = e.detail.split(': ');
      const label = STATE_LABEL[lang][state as keyof (typeof STATE_LABEL)['id']];
      return label ? [label, ...rest].join(': ') : e.detail;
    }
    const item = /^(?:indicator|gcg):(\S+) → (\S+)$/.exec(e.detail);
    if (e.action === 'item-state' && item) return `${item[1]} → ${STATE_LABEL[lang][item[2] as keyof (typeof STATE_LABEL)['id']] ?? item[2]}`;
    return e.detail;
  };
  return [
    heading(t.log, 1),
    table([{ header: t.at, width: 24 }, { header: t.event, width: 30 }, { header: t.detail, width: 46 }],
      log.map((e) => [when(e.at, lang), [[run(t.actions[e.action] ?? e.action, { bold: e.action === 'final' || e.action === 'reopened' })]], detail(e)]),
      { fill: (i) => (log[i].action === 'final' ? 'E7F5EC' : log[i].action === 'reopened' ? 'FFF4DC' : null) }),
  ];
}

export async function assessorReportDocx(ctx: HandlerContext, reviewId: number, language: 'id' | 'en'): Promise<{ fileName: string; data: Buffer }> {
  const lang: Lang = language;
  const t = L[lang];
  const d = reviewDocInput(ctx, reviewId, lang);
  const r = d.review;
  const final = !!r.finalAt;
  // Like the review screens: a blind review shows the self-assessment only once every item is scored.
  const hideSelf = r.blind && !d.allScored;
  const log = reviewLog(ctx.workspace.db, reviewId);
  const c = d.comparison;
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [
      [t.lks, d.lks], [t.region, d.region ?? t.unnamed], [t.round, d.manifest.round.name],
      [t.version, `v${d.version} (${t.sent} ${longDate(d.manifest.createdAt, lang)})`],
      [t.assessor, r.assessorName?.trim() || t.unnamed], [t.state, STATE_LABEL[lang][r.state]], [t.printed, longDate(d.today, lang)],
    ]),
    final ? para([run(`Final: ${when(r.finalAt!, lang)}`, { bold: true, color: '166534' })], { before: 160 })
      : para([run(t.draftLine, { bold: true, color: 'B42318' })], { before: 160 }),
    heading(t.visit, 1),
    ...texts(r.visitSummary, t),
    ...resultSection(t, d, hideSelf),
    heading(t.standards, 2),
    groupTable(t, lang, c.standards, hideSelf, true),
    ...(c.principles.length ? [heading(t.principles, 2), groupTable(t, lang, c.principles, hideSelf, false)] : []),
    heading(t.findings, 1),
    ...texts(r.findings, t),
    ...(hideSelf ? [heading(t.differences, 1), para([run(`${t.self}: ${BLIND_TEXT[lang]}`, { italic: true })])] : differences(t, d)),
    ...revisions(t, d),
    heading(t.recommendation, 1),
    ...texts(r.recommendation, t),
    ...logSection(t, d, log),
    para(t.sign, { before: 400, after: 900 }),
    para([run(r.assessorName?.trim() || '……………………………', { bold: true })]),
  ];
  const data = await pack(children, {
    lks: d.lks, title: t.title, lang, draft: !final, watermark: final ? undefined : 'DRAFT',
    footerNote: lang === 'id' ? 'angka perkiraan, bukan keputusan akreditasi' : 'estimated numbers, not an accreditation decision',
  });
  return { fileName: `${t.file}-${lksSlug(d.manifest.profile.name)}-v${d.version}.docx`, data };
}
