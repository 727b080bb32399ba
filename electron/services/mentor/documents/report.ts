// The mentor report (laporan pendamping) for the Dinas Sosial or donors: cover, portfolio state, visits in the period,
// actions done/open/overdue, score progress and training invitations. The data is gathered in report-data.ts.
import type { FileChild } from 'docx';
import { longDate, oneDecimal, shortDate } from '../../../../shared/format';
import type { LksType } from '../../../../shared/profile';
import type { HandlerContext } from '../../context';
import { dash, estimateNotice, keyValues, pack, para, run, table, titleBlock, type Lang } from '../../dossier/documents/kit';
import { BLANK, fileResult, LETTERS, numbering, TYPE_LABEL } from './common';
import { reportData, type ReportData, type ReportFilter } from './report-data';
import { REPORT_TEXT } from './report-text';

const short = (s: string | null, n: number) => {
  const one = (s ?? '').replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1).trimEnd()}…` : one;
};

function cover(d: ReportData, lang: Lang): FileChild[] {
  const t = REPORT_TEXT[lang];
  return [
    ...titleBlock(t.title, t.sub, [
      [t.period, `${longDate(d.from, lang)} – ${longDate(d.to, lang)}`],
      [t.org, d.organisation ?? BLANK],
      [t.mentor, BLANK],
      [t.scope, [d.lksType ? TYPE_LABEL[lang][d.lksType] : t.allTypes, d.regionLabel ?? t.allRegions].join(' · ')],
      [t.printed, longDate(d.today, lang)],
    ]),
    para([run(t.lead(d.lks.length, d.visits.length), { size: 19 })], { before: 160, after: 120 }),
  ];
}

function portfolio(d: ReportData, lang: Lang, n: ReturnType<typeof numbering>): FileChild[] {
  const t = REPORT_TEXT[lang];
  const typ = [...LETTERS, null].map((k) => d.lks.filter((l) => l.typology === k));
  const grades = (['A', 'B', 'C', null] as const).map((g) => d.lks.filter((l) => l.grade === g));
  const projected = d.lks.filter((l) => l.typologyProjected || l.gradeProjected).length;
  return [
    n.h1(t.portfolio),
    keyValues([[t.lksCount, String(d.lks.length)], [t.withVisit, String(new Set(d.visits.map((v) => v.lksId)).size)]]),
    ...(projected ? [estimateNotice(lang, t.projected(projected))] : []),
    n.h2(t.byTypology),
    table([{ header: t.typology, width: 40 }, { header: t.count, width: 20 }, { header: t.ofWhichEstimate, width: 40 }],
      typ.map((ls, i) => [LETTERS[i] ?? t.none, String(ls.length), String(ls.filter((l) => l.typologyProjected).length)]), { size: 19 }),
    n.h2(t.byGrade),
    table([{ header: t.grade, width: 40 }, { header: t.count, width: 20 }, { header: t.ofWhichEstimate, width: 40 }],
      grades.map((ls, i) => [(['A', 'B', 'C'] as const)[i] ?? t.noGrade, String(ls.length), String(ls.filter((l) => l.gradeProjected).length)]), { size: 19 }),
    n.h2(t.expiring),
    ...(d.expiring.length
      ? [table([{ header: t.lks, width: 46 }, { header: t.permit, width: 27 }, { header: t.documents, width: 27 }],
        d.expiring.map((l) => [l.name, l.permitExpiry ? shortDate(l.permitExpiry, lang) : dash, String(l.expiringDocuments)]))]
      : [para([run(t.noExpiring, { italic: true, color: '666666' })])]),
  ];
}

function visits(d: ReportData, lang: Lang, n: ReturnType<typeof numbering>): FileChild[] {
  const t = REPORT_TEXT[lang];
  const kinds = Object.keys(t.kinds) as (keyof typeof t.kinds)[];
  return [
    n.h1(t.visits),
    para(t.visitsLead(d.visits.length, longDate(d.from, lang), longDate(d.to, lang))),
    n.h2(t.byKind),
    table([{ header: t.kind, width: 60 }, { header: t.count, width: 40 }],
      [...kinds.map((k) => [t.kinds[k], String(d.visits.filter((v) => v.kind === k).length)]), [[[run(t.total, { bold: true })]], [[run(String(d.visits.length), { bold: true })]]]], { size: 19 }),
    n.h2(t.visitList),
    ...(d.visits.length
      ? [table([{ header: t.lks, width: 26 }, { header: t.date, width: 13 }, { header: t.kind, width: 17 }, { header: t.findings, width: 44 }],
        d.visits.map((v) => [v.lksName, shortDate(v.date, lang), t.kinds[v.kind], short(v.findings, 220) || dash]))]
      : [para([run(t.noVisits, { italic: true, color: '666666' })])]),
  ];
}

function actions(d: ReportData, lang: Lang, n: ReturnType<typeof numbering>): FileChild[] {
  const t = REPORT_TEXT[lang];
  const a = d.actions;
  return [
    n.h1(t.actions),
    keyValues([[t.doneInPeriod, String(a.doneInPeriod)], [t.open, String(a.open)], [t.overdue, String(a.overdue.length)]]),
    n.h2(t.overdueList),
    ...(a.overdue.length
      ? [table([{ header: t.lks, width: 26 }, { header: t.action, width: 40 }, { header: t.owner, width: 14 }, { header: t.due, width: 12 }, { header: t.late, width: 8 }],
        a.overdue.map((x) => [x.lksName, short(x.text, 160), x.owner ?? dash, shortDate(x.dueDate, lang), String(x.daysLate)]), { fill: () => 'FDECEC' })]
      : [para([run(t.noOverdue, { italic: true, color: '666666' })])]),
  ];
}

function progress(d: ReportData, lang: Lang, n: ReturnType<typeof numbering>): FileChild[] {
  const t = REPORT_TEXT[lang];
  const num = (x: number) => oneDecimal(x, lang);
  const mark = (projected: boolean) => (projected ? ' *' : '');
  return [
    n.h1(t.progress),
    para(t.progressLead),
    ...(d.progress.length
      ? [table([{ header: t.lks, width: 34 }, { header: t.before, width: 22 }, { header: t.after, width: 22 }, { header: t.change, width: 22 }],
        d.progress.map((p) => [p.name, `${p.before.year}: ${num(p.before.score)}${mark(p.before.projected)}`, `${p.after.year}: ${num(p.after.score)}${mark(p.after.projected)}`,
          `${p.after.score - p.before.score > 0 ? '+' : ''}${num(p.after.score - p.before.score)}`])),
      ...(d.progress.some((p) => p.before.projected || p.after.projected) ? [para([run(t.progressStar, { italic: true, size: 17, color: '5C3D00' })], { before: 60 })] : [])]
      : [para([run(t.noProgress, { italic: true, color: '666666' })])]),
  ];
}

function training(d: ReportData, lang: Lang, n: ReturnType<typeof numbering>): FileChild[] {
  const t = REPORT_TEXT[lang];
  return [
    n.h1(t.training),
    para(t.trainingLead),
    table([{ header: t.model, width: 34 }, { header: t.invite, width: 10 }, { header: t.names, width: 56 }],
      d.training.map((m) => [m.title[lang], String(m.invite.length),
        m.invite.length ? m.invite.map((i) => [run(`${i.name}${i.estimate ? ' *' : ''}`, { bold: true }), run(` — ${short(i.reasons.map((r) => r[lang].replace(/[.;\s]+$/, '')).join('; '), 110)}`, { color: '444444' })]) : dash])),
    ...(d.training.some((m) => m.invite.some((i) => i.estimate)) ? [para([run(t.trainingStar, { italic: true, size: 17, color: '5C3D00' })], { before: 60 })] : []),
  ];
}

export async function reportDocument(d: ReportData, lang: Lang): Promise<Buffer> {
  const t = REPORT_TEXT[lang];
  const n = numbering();
  return pack([...cover(d, lang), ...portfolio(d, lang, n), ...visits(d, lang, n), ...actions(d, lang, n), ...progress(d, lang, n), ...training(d, lang, n)],
    { lks: d.organisation ?? 'Swanilai — BK3S', title: t.title, lang, footerNote: t.footer });
}

export async function mentorReportDocx(ctx: HandlerContext, i: ReportFilter & { language: Lang; lksType?: LksType }) {
  const d = reportData(ctx, i);
  return fileResult(`laporan-pendamping-${d.from}-${d.to}.docx`, await reportDocument(d, i.language));
}
