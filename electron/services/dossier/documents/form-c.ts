// Persiapan Formulir C: the documents assessors look for (ada / tidak ada / kedaluwarsa) and the prerequisites of applying.
import type { FileChild } from 'docx';
import { longDate } from '../../../../shared/format';
import type { PrerequisiteStatus } from '../../../../shared/scoring/index';
import { dash, heading, isExpired, pack, para, prepareNotice, run, table, titleBlock, type Cell, type Lang } from './kit';
import { lksName, type DossierDocumentsInput } from './input';

type Status = 'ada' | 'tidak-ada' | 'kedaluwarsa';

const L = {
  id: {
    title: 'Persiapan Formulir C', sub: 'Lembar pemeriksaan dokumen: dokumen yang dicari asesor dan prasyarat pengajuan', lks: 'LKS', round: 'Putaran penilaian', date: 'Tanggal',
    docs: 'Dokumen yang diperiksa', gcgDocs: 'Dokumen tambahan tata kelola (GCG)', no: 'No', doc: 'Dokumen', status: 'Status', files: 'Berkas yang disimpan', asked: 'Diminta pada',
    st: { ada: 'Ada', 'tidak-ada': 'Tidak ada', kedaluwarsa: 'Kedaluwarsa' } as Record<Status, string>, more: (n: number) => `+${n} lainnya`,
    lead: (a: number, x: number, n: number) => `${a} ada, ${x} kedaluwarsa, ${n} tidak ada. Status dihitung dari berkas bukti yang disimpan dan tanggal kedaluwarsanya per tanggal dokumen ini; asesor tetap memeriksa aslinya.`,
    prereq: 'Prasyarat pengajuan akreditasi', prereqLead: 'Tidak dinilai, tetapi diperiksa sebelum berkas diterima.', what: 'Prasyarat', detail: 'Keterangan',
    pst: { met: 'Terpenuhi', missing: 'Belum terpenuhi', 'not-applicable': 'Tidak berlaku', undecided: 'Belum dapat diputuskan' } as Record<PrerequisiteStatus, string>, noPrereq: 'Instrumen ini tidak memuat prasyarat.',
  },
  en: {
    title: 'Preparation of Form C', sub: 'Document checklist: the documents assessors look for and the prerequisites of applying', lks: 'LKS', round: 'Assessment round', date: 'Date',
    docs: 'Documents checked', gcgDocs: 'Additional governance (GCG) documents', no: 'No', doc: 'Document', status: 'Status', files: 'Stored files', asked: 'Asked for by',
    st: { ada: 'Present', 'tidak-ada': 'Missing', kedaluwarsa: 'Expired' } as Record<Status, string>, more: (n: number) => `+${n} more`,
    lead: (a: number, x: number, n: number) => `${a} present, ${x} expired, ${n} missing. The status comes from the stored evidence files and their expiry dates as of this document's date; assessors still check the originals.`,
    prereq: 'Prerequisites of applying for accreditation', prereqLead: 'Not scored, but checked before the application is accepted.', what: 'Prerequisite', detail: 'Detail',
    pst: { met: 'Met', missing: 'Not met', 'not-applicable': 'Does not apply', undecided: 'Cannot be decided yet' } as Record<PrerequisiteStatus, string>, noPrereq: 'This instrument lists no prerequisites.',
  },
};
type T = (typeof L)['id'];

const FILL: Record<Status, string | null> = { ada: null, 'tidak-ada': 'FDECEC', kedaluwarsa: 'FFF1D6' };
const COLOR: Record<Status, string> = { ada: '146C2E', 'tidak-ada': 'B42318', kedaluwarsa: '9A5B00' };

function codesText(t: T, codes: string[]): string {
  if (codes.length === 0) return dash;
  return codes.length <= 6 ? codes.join(', ') : `${codes.slice(0, 6).join(', ')} ${t.more(codes.length - 6)}`;
}

function docTable(t: T, lang: Lang, input: DossierDocumentsInput, kinds: { id: string; label: { id: string; en: string } }[], askedBy: Map<string, string[]>): { table: FileChild; statuses: Status[] } {
  const statuses: Status[] = [];
  const rows = kinds.map((k, i): Cell[] => {
    const files = input.evidence.filter((e) => e.kind === k.id);
    const valid = files.filter((e) => !isExpired(e.expiryDate, input.today));
    const st: Status = valid.length ? 'ada' : files.length ? 'kedaluwarsa' : 'tidak-ada';
    statuses.push(st);
    const fileCell: Cell = files.length ? files.map((e) => [run(`• ${e.title}`), ...(isExpired(e.expiryDate, input.today) ? [run(` (${t.st.kedaluwarsa.toLowerCase()})`, { color: COLOR.kedaluwarsa })] : [])]) : dash;
    return [String(i + 1), k.label[lang], [[run(t.st[st], { bold: true, color: COLOR[st] })]], fileCell, codesText(t, askedBy.get(k.id) ?? [])];
  });
  return {
    statuses,
    table: table([{ header: t.no, width: 5 }, { header: t.doc, width: 36 }, { header: t.status, width: 13 }, { header: t.files, width: 28 }, { header: t.asked, width: 18 }], rows, { fill: (i) => FILL[statuses[i]] }),
  };
}

export async function formC(input: DossierDocumentsInput): Promise<Buffer> {
  const lang = input.language;
  const t = L[lang];
  const lks = lksName(input, lang);
  const askedBy = new Map<string, string[]>();
  const ask = (kind: string, code: string) => askedBy.set(kind, [...(askedBy.get(kind) ?? []), code]);
  for (const c of input.instrument.components) for (const i of c.indicators) for (const k of i.evidence) ask(k, i.code);
  for (const i of input.checklist?.items ?? []) for (const k of i.evidence) ask(k, i.code);
  const own = new Set(input.instrument.evidenceKinds.map((k) => k.id));
  const main = docTable(t, lang, input, input.instrument.evidenceKinds, askedBy);
  const extraKinds = (input.checklist?.evidenceKinds ?? []).filter((k) => !own.has(k.id));
  const extra = extraKinds.length ? docTable(t, lang, input, extraKinds, askedBy) : null;
  const all = [...main.statuses, ...(extra?.statuses ?? [])];
  const n = (s: Status) => all.filter((x) => x === s).length;
  const pre = input.result.prerequisites;
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [[t.lks, lks], [t.round, input.roundName], [t.date, longDate(input.today, lang)]]),
    prepareNotice('Formulir C', lang),
    heading(t.prereq, 1),
    para(t.prereqLead, { keepNext: true }),
    pre.length === 0 ? para([run(t.noPrereq, { italic: true })]) : table([{ header: t.no, width: 5 }, { header: t.what, width: 35 }, { header: t.status, width: 18 }, { header: t.detail, width: 42 }],
      pre.map((p, i) => [String(i + 1), p.label[lang], [[run(t.pst[p.status], { bold: true, color: p.status === 'met' ? COLOR.ada : p.status === 'missing' ? COLOR['tidak-ada'] : '555555' })]], p.detail[lang]]),
      { fill: (i) => (pre[i].status === 'missing' ? 'FDECEC' : null) }),
    heading(t.docs, 1),
    para(t.lead(n('ada'), n('kedaluwarsa'), n('tidak-ada')), { keepNext: true }),
    main.table,
    ...(extra ? [heading(t.gcgDocs, 2), extra.table] : []),
  ];
  return pack(children, { lks, title: t.title, lang });
}
