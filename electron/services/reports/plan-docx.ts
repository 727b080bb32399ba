// The improvement plan as a DOCX: projected result (labelled as an estimate) and the actions, overdue ones marked.
import { localIsoDate } from '../../../shared/dates';
import { longDate, oneDecimal } from '../../../shared/format';
import { plural } from '../../../shared/text/plural';
import { computeResults } from '../assessment/results';
import type { HandlerContext } from '../context';
import { isOverdue, listActions } from '../plan/service';
import { estimateNotice, facts, fileSafe, heading, pack, para, table, type Lang } from './docx-kit';

const L = {
  id: { title: 'Rencana Perbaikan', lks: 'LKS', round: 'Putaran penilaian', date: 'Tanggal cetak', grade: 'Perkiraan predikat', total: 'Nilai total (perkiraan)', none: 'Belum terakreditasi', incomplete: 'belum lengkap, rentang', between: (a: string, b: string) => `antara ${a} dan ${b} (belum lengkap)`,
    actions: 'Tindakan', no: 'No', what: 'Tindakan', indicator: 'Indikator', who: 'Penanggung jawab', due: 'Tenggat', status: 'Status', empty: 'Belum ada tindakan.', overdue: 'TERLAMBAT',
    st: { todo: 'Belum mulai', doing: 'Berjalan', done: 'Selesai' }, summary: (n: number, o: number, d: number) => `${n} tindakan: ${d} selesai, ${o} terlambat.` },
  en: { title: 'Improvement Plan', lks: 'LKS', round: 'Assessment round', date: 'Printed on', grade: 'Projected grade', total: 'Total score (estimate)', none: 'Not accredited', incomplete: 'incomplete, range', between: (a: string, b: string) => `between ${a} and ${b} (incomplete)`,
    actions: 'Actions', no: 'No', what: 'Action', indicator: 'Indicator', who: 'Owner', due: 'Due', status: 'Status', empty: 'No actions yet.', overdue: 'OVERDUE',
    st: { todo: 'Not started', doing: 'In progress', done: 'Done' }, summary: (n: number, o: number, d: number) => `${plural(n, 'action', 'actions')}: ${d} done, ${o} overdue.` },
};

export async function planDocx(ctx: HandlerContext, assessmentId: number, lang: Lang): Promise<{ fileName: string; base64: string }> {
  const t = L[lang];
  const { detail, instrument, profile, result } = computeResults(ctx, assessmentId);
  const actions = listActions(ctx, assessmentId);
  const today = localIsoDate(ctx.now());
  const question = new Map(instrument.components.flatMap((c) => c.indicators.map((i) => [i.code, i.question[lang]] as const)));
  const s = result.score;
  const total = s.total !== null ? oneDecimal(s.total, lang) : `${t.incomplete} ${oneDecimal(s.range!.min, lang)}–${oneDecimal(s.range!.max, lang)}`;
  const g = result.grade;
  const named = (x: string | null) => x ?? t.none;
  const grade = g.grade ?? (s.complete ? t.none : t.between(named(g.range.worst), named(g.range.best)));
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const children = [
    heading(`${t.title}: ${profile?.name ?? '—'}`),
    ...facts([[t.round, detail.name], [t.date, longDate(today, lang)], [t.total, total], [t.grade, grade]]),
    estimateNotice(lang),
    heading(t.actions, 2),
    para(t.summary(actions.length, overdue, actions.filter((a) => a.status === 'done').length)),
    actions.length === 0 ? para(t.empty, { italic: true }) : table(
      [{ header: t.no, width: 5 }, { header: t.what, width: 28 }, { header: t.indicator, width: 29 }, { header: t.who, width: 13 }, { header: t.due, width: 12 }, { header: t.status, width: 13 }],
      actions.map((a, i) => {
        const q = a.code ? question.get(a.code) ?? '' : '';
        // Actions made from a gap already quote the question; then the code alone is enough.
        const indicator = !a.code ? '—' : q && !a.what.includes(q) ? `${a.code} ${q}` : a.code;
        return [String(i + 1), a.what, indicator, a.who ?? '—', a.dueDate ? longDate(a.dueDate, lang) : '—',
        isOverdue(a, today) ? `${t.st[a.status]}\n${t.overdue}` : t.st[a.status]];
      }),
      (i) => (isOverdue(actions[i], today) ? 'FDE8E8' : null),
    ),
  ];
  const buf = await pack(children, `Swanilai · ${t.title} · ${detail.name}`);
  return { fileName: `${fileSafe(t.title)}-${fileSafe(profile?.name ?? 'LKS')}-${today}.docx`, base64: buf.toString('base64') };
}
