// Persiapan Formulir A: the self-assessment as filled in (answers, notes, N/A reasons, evidence) with estimated scores.
import type { FileChild } from 'docx';
import { longDate, oneDecimal, plainNumber } from '../../../../shared/format';
import type { Finding } from '../../../../shared/dossier/manifest';
import type { ScoreAllResult } from '../../../../shared/scoring/index';
import { dash, ESTIMATE, estimateNotice, heading, keyValues, pack, para, prepareNotice, run, table, titleBlock, type Cell, type Lang } from './kit';
import { linkedTitles, lksName, type DossierDocumentsInput } from './input';

const L = {
  id: {
    title: 'Persiapan Formulir A', sub: 'Instrumen akreditasi yang diisi sebagai penilaian mandiri LKS', lks: 'LKS', round: 'Putaran penilaian', instrument: 'Instrumen', date: 'Tanggal',
    summary: 'Ringkasan hasil (perkiraan)', total: 'Nilai total', grade: 'Predikat', typology: 'Tipologi', gcg: 'Nilai tata kelola (GCG)', progress: 'Indikator dijawab',
    incomplete: (a: string, b: string) => `antara ${a} dan ${b} (belum lengkap)`, none: 'Belum terakreditasi', model: 'Model', capped: 'Dibatasi', capBy: (c: string, why: string) => `paling tinggi ${c}: ${why}`,
    standards: 'Nilai per standar', code: 'Kode', standard: 'Standar', answered: 'Dijawab', score: 'Nilai', findings: 'Yang belum lengkap saat ekspor',
    findingsLead: (n: number) => `${n} catatan ini ikut dikirim agar asesor melihatnya; lengkapi bila masih sempat.`, kind: 'Jenis', what: 'Keterangan',
    indicators: 'Jawaban per indikator', question: 'Pertanyaan', answer: 'Level yang dipilih', note: 'Catatan LKS', evidence: 'Bukti terkait',
    standardScore: 'Nilai standar', unanswered: 'Belum dijawab', na: 'Tidak berlaku (N/A)', reason: 'Alasan', byRule: 'Tidak berlaku untuk profil LKS ini', level: 'Level',
    gcgTitle: 'Tata kelola (GCG)', item: 'Butir', principleScore: 'Nilai prinsip', advice: 'anjuran, tidak dihitung',
    gcgAnswer: { met: 'Terpenuhi', partial: 'Sebagian', 'not-met': 'Belum terpenuhi', na: 'Tidak berlaku (N/A)' },
    kinds: { 'unanswered-indicator': 'Indikator belum dijawab', 'unanswered-gcg': 'Butir GCG belum dijawab', 'missing-evidence': 'Bukti belum ada', 'expired-evidence': 'Bukti kedaluwarsa', 'profile-field': 'Profil belum lengkap', prerequisite: 'Prasyarat belum terpenuhi', 'undecided-fact': 'Fakta profil belum diputuskan' },
  },
  en: {
    title: 'Preparation of Form A', sub: 'The accreditation instrument filled in as the LKS self-assessment', lks: 'LKS', round: 'Assessment round', instrument: 'Instrument', date: 'Date',
    summary: 'Summary of results (estimate)', total: 'Total score', grade: 'Grade', typology: 'Typology', gcg: 'Governance score (GCG)', progress: 'Indicators answered',
    incomplete: (a: string, b: string) => `between ${a} and ${b} (incomplete)`, none: 'Not accredited', model: 'Model', capped: 'Capped', capBy: (c: string, why: string) => `at most ${c}: ${why}`,
    standards: 'Score per standard', code: 'Code', standard: 'Standard', answered: 'Answered', score: 'Score', findings: 'What was incomplete at export',
    findingsLead: (n: number) => `These ${n} notes travel with the file so the assessor sees them; complete them if there is still time.`, kind: 'Kind', what: 'Detail',
    indicators: 'Answers per indicator', question: 'Question', answer: 'Chosen level', note: 'LKS note', evidence: 'Linked evidence',
    standardScore: 'Standard score', unanswered: 'Not answered', na: 'Not applicable (N/A)', reason: 'Reason', byRule: 'Does not apply to this LKS profile', level: 'Level',
    gcgTitle: 'Governance (GCG)', item: 'Item', principleScore: 'Principle score', advice: 'advice, not counted',
    gcgAnswer: { met: 'Met', partial: 'Partly met', 'not-met': 'Not met', na: 'Not applicable (N/A)' },
    kinds: { 'unanswered-indicator': 'Indicator not answered', 'unanswered-gcg': 'GCG item not answered', 'missing-evidence': 'Evidence missing', 'expired-evidence': 'Evidence expired', 'profile-field': 'Profile incomplete', prerequisite: 'Prerequisite not met', 'undecided-fact': 'Profile fact undecided' },
  },
};
type T = (typeof L)['id'];

const est = (lang: Lang, v: string) => `${v} · ${ESTIMATE[lang].split(' — ')[0]}`;
const scoreText = (t: T, lang: Lang, score: number | null, range: { min: number; max: number } | null) =>
  score !== null ? oneDecimal(score, lang) : range ? t.incomplete(oneDecimal(range.min, lang), oneDecimal(range.max, lang)) : dash;

function summary(t: T, lang: Lang, r: ScoreAllResult): [string, Cell][] {
  const g = r.grade;
  const named = (x: string | null) => x ?? t.none;
  const grade = g.grade ?? (g.complete ? t.none : t.incomplete(named(g.range.worst), named(g.range.best)));
  const typ = r.typology;
  const typology: Cell = typ
    ? [[run(est(lang, `${typ.typology} — ${typ.label[lang]}`), { bold: true })],
      ...(typ.model ? [[run(`${t.model}: ${typ.model[lang]}`, { italic: true })]] : []),
      ...typ.capped.map((c) => [run(`${t.capped}: ${t.capBy(c.cap, c.label[lang])}`, { color: '9A3412' })])]
    : r.typologyRange ? [[run(est(lang, t.incomplete(r.typologyRange.worst.typology, r.typologyRange.best.typology)))],
      ...(r.typologyRange.worst.model ? [[run(`${t.model}: ${r.typologyRange.worst.model[lang]}`, { italic: true })]] : [])] : dash;
  const c = r.score.counts;
  const applicable = c.scored + c.unanswered + c.na;
  return [
    [t.total, [[run(est(lang, scoreText(t, lang, r.score.total, r.score.range)), { bold: true })]]],
    [t.grade, [[run(est(lang, grade), { bold: true })], [run(g.summary[lang], { size: 16, color: '555555' })]]],
    [t.typology, typology],
    ...(r.gcg ? [[t.gcg, est(lang, scoreText(t, lang, r.gcg.overall.score, r.gcg.overall.range))] as [string, Cell]] : []),
    [t.progress, `${plainNumber(c.scored + c.na, lang)} / ${plainNumber(applicable, lang)}`],
  ];
}

function findingsTable(t: T, lang: Lang, findings: Finding[]): FileChild[] {
  if (findings.length === 0) return [];
  return [heading(t.findings, 2), para(t.findingsLead(findings.length), { keepNext: true }),
    table([{ header: 'No', width: 5 }, { header: t.kind, width: 25 }, { header: t.code, width: 10 }, { header: t.what, width: 60 }],
      findings.map((f, i) => [String(i + 1), t.kinds[f.kind], f.code ?? dash, f.message[lang]]), { landscape: true, fill: () => 'FFF8EC' })];
}

function indicatorSections(t: T, lang: Lang, input: DossierDocumentsInput): FileChild[] {
  const out: FileChild[] = [heading(t.indicators, 1, true)];
  const scores = new Map(input.result.score.components.map((c) => [c.id, c]));
  for (const comp of input.instrument.components) {
    const cs = scores.get(comp.id);
    const status = new Map(cs?.indicators.map((i) => [i.code, i]) ?? []);
    out.push(heading(`${comp.code} · ${comp.title[lang]}`, 2));
    out.push(para([run(`${t.standardScore}: `, { bold: true }), run(est(lang, scoreText(t, lang, cs?.score ?? null, cs?.range ?? null)))]));
    const fills: (string | null)[] = [];
    const rows = comp.indicators.map((ind): Cell[] => {
      const a = input.detail.indicators[ind.code];
      const s = status.get(ind.code);
      let answer: Cell;
      if (s?.status === 'not-applicable') {
        answer = [[run(t.byRule, { bold: true })], ...(s.reason ? [[run(s.reason[lang], { size: 16, color: '555555' })]] : [])];
        fills.push('F2F2F2');
      } else if (a?.notApplicable) {
        answer = [[run(t.na, { bold: true })], [run(`${t.reason}: ${a.reason ?? dash}`)]];
        fills.push('F2F2F2');
      } else if (a && a.level !== null) {
        const lv = ind.levels.find((l) => l.level === a.level);
        answer = [[run(`${t.level} ${a.level} — ${lv?.label[lang] ?? ''}`, { bold: true })], ...(lv ? [[run(lv.description[lang], { size: 16, color: '444444' })]] : [])];
        fills.push(null);
      } else {
        answer = [[run(t.unanswered, { bold: true, color: 'B42318' })]];
        fills.push('FDECEC');
      }
      const ev = linkedTitles(input, `indicator:${ind.code}`);
      return [[[run(ind.code, { bold: true })]], ind.question[lang], answer, a?.note?.trim() || dash, ev.length ? ev.map((e) => [run(`• ${e}`)]) : dash];
    });
    out.push(table([{ header: t.code, width: 7 }, { header: t.question, width: 30 }, { header: t.answer, width: 32 }, { header: t.note, width: 15 }, { header: t.evidence, width: 16 }],
      rows, { landscape: true, fill: (i) => fills[i] }));
  }
  return out;
}

function gcgSections(t: T, lang: Lang, input: DossierDocumentsInput): FileChild[] {
  const cl = input.checklist;
  const gcg = input.result.gcg;
  if (!cl || !gcg) return [];
  const out: FileChild[] = [heading(t.gcgTitle, 1, true), para([run(`${t.gcg}: `, { bold: true }), run(est(lang, scoreText(t, lang, gcg.overall.score, gcg.overall.range)))])];
  const items = new Map(gcg.items.map((i) => [i.code, i]));
  const hidden = new Map(gcg.hidden.map((h) => [h.code, h]));
  for (const p of cl.principles) {
    const pr = gcg.principles.find((x) => x.id === p.id);
    out.push(heading(p.title[lang], 2));
    out.push(para([run(`${t.principleScore}: `, { bold: true }), run(est(lang, scoreText(t, lang, pr?.score ?? null, pr?.range ?? null)))]));
    const list = cl.items.filter((i) => i.principle === p.id);
    const fills: (string | null)[] = [];
    const rows = list.map((item): Cell[] => {
      const a = input.detail.gcg[item.code];
      const r = items.get(item.code);
      const h = hidden.get(item.code);
      const advice = r?.status === 'advice' ? [[run(t.advice, { italic: true, color: '1D4ED8' })]] : [];
      let answer: Cell;
      if (h) { answer = [[run(t.byRule, { bold: true })], [run(h.reason[lang], { size: 16, color: '555555' })]]; fills.push('F2F2F2'); }
      else if (a?.gcgValue) {
        answer = [[run(t.gcgAnswer[a.gcgValue], { bold: true })], ...(a.gcgValue === 'na' ? [[run(`${t.reason}: ${a.reason ?? dash}`)]] : []), ...advice];
        fills.push(a.gcgValue === 'na' ? 'F2F2F2' : null);
      } else { answer = [[run(t.unanswered, { bold: true, color: 'B42318' })], ...advice]; fills.push(r?.status === 'advice' ? null : 'FDECEC'); }
      const ev = linkedTitles(input, `gcg:${item.code}`);
      return [[[run(item.code, { bold: true })]], item.text[lang], answer, a?.note?.trim() || dash, ev.length ? ev.map((e) => [run(`• ${e}`)]) : dash];
    });
    out.push(table([{ header: t.code, width: 7 }, { header: t.item, width: 38 }, { header: t.answer, width: 22 }, { header: t.note, width: 16 }, { header: t.evidence, width: 17 }],
      rows, { landscape: true, fill: (i) => fills[i] }));
  }
  return out;
}

export async function formA(input: DossierDocumentsInput): Promise<Buffer> {
  const lang = input.language;
  const t = L[lang];
  const lks = lksName(input, lang);
  const r = input.result;
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [[t.lks, lks], [t.round, input.roundName], [t.instrument, `${input.instrument.title[lang]} (v${input.instrument.version})`], [t.date, longDate(input.today, lang)]]),
    prepareNotice('Formulir A', lang),
    heading(t.summary, 1),
    estimateNotice(lang),
    keyValues(summary(t, lang, r), { landscape: true, keyWidth: 22 }),
    heading(t.standards, 2),
    table([{ header: t.code, width: 8 }, { header: t.standard, width: 52 }, { header: t.answered, width: 12 }, { header: `${t.score} (${ESTIMATE[lang]})`, width: 28 }],
      r.score.components.map((c) => [c.code, c.title[lang], `${c.counts.scored + c.counts.na} / ${c.counts.scored + c.counts.na + c.counts.unanswered}`, scoreText(t, lang, c.score, c.range)]), { landscape: true }),
    ...findingsTable(t, lang, input.findings),
    ...indicatorSections(t, lang, input),
    ...gcgSections(t, lang, input),
  ];
  return pack(children, { lks, title: t.title, lang, landscape: true });
}
