// Persiapan Formulir B: every physical-evidence file with its kind, dates, digest and the items it supports.
import type { FileChild } from 'docx';
import { bytes, longDate, plainNumber, shortDate } from '../../../../shared/format';
import { dash, heading, isExpired, kindLabels, pack, para, prepareNotice, run, table, titleBlock, type Cell } from './kit';
import { lksName, type DossierDocumentsInput } from './input';

const L = {
  id: {
    title: 'Persiapan Formulir B', sub: 'Daftar bukti fisik yang dilampirkan dalam berkas digital', lks: 'LKS', round: 'Putaran penilaian', date: 'Tanggal',
    count: 'Jumlah berkas', list: 'Daftar bukti fisik', no: 'No', doc: 'Judul dan jenis', file: 'Nama berkas asli', dates: 'Berlaku / kedaluwarsa', hash: 'SHA-256 (12 awal)', size: 'Ukuran', supports: 'Mendukung',
    expired: 'KEDALUWARSA', from: 'berlaku', until: 's.d.', none: 'Belum ada bukti yang disimpan.', unlinked: 'belum dikaitkan', indicator: 'Indikator', gcg: 'GCG',
    lead: (n: number, x: number) => `${n} berkas bukti${x ? `, ${x} di antaranya sudah kedaluwarsa (ditandai merah)` : ''}. Setiap berkas ada di dalam berkas digital (.swanilai) dengan sidik SHA-256 yang sama; cocokkan 12 digit awal bila perlu.`,
  },
  en: {
    title: 'Preparation of Form B', sub: 'List of the physical evidence attached to the digital dossier', lks: 'LKS', round: 'Assessment round', date: 'Date',
    count: 'Number of files', list: 'Physical evidence', no: 'No', doc: 'Title and kind', file: 'Original file name', dates: 'Effective / expiry', hash: 'SHA-256 (first 12)', size: 'Size', supports: 'Supports',
    expired: 'EXPIRED', from: 'from', until: 'until', none: 'No evidence stored yet.', unlinked: 'not linked yet', indicator: 'Indicators', gcg: 'GCG',
    lead: (n: number, x: number) => `${n} evidence ${n === 1 ? 'file' : 'files'}${x ? `, ${x} of them expired (marked red)` : ''}. Each file is inside the digital dossier (.swanilai) with the same SHA-256 digest; compare the first 12 digits if needed.`,
  },
};

export async function formB(input: DossierDocumentsInput): Promise<Buffer> {
  const lang = input.language;
  const t = L[lang];
  const lks = lksName(input, lang);
  const kind = kindLabels(input.instrument, input.checklist, lang);
  const round = input.detail.id;
  const expired = input.evidence.map((e) => isExpired(e.expiryDate, input.today));
  const rows = input.evidence.map((e, i): Cell[] => {
    const links = e.links.filter((l) => l.assessmentId === round);
    const codes = (target: 'indicator' | 'gcg') => links.filter((l) => l.target === target).map((l) => l.code).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const ind = codes('indicator');
    const gcg = codes('gcg');
    const supports: Cell = ind.length + gcg.length === 0 ? [[run(t.unlinked, { italic: true, color: '777777' })]]
      : [...(ind.length ? [[run(`${t.indicator}: `, { bold: true }), run(ind.join(', '))]] : []), ...(gcg.length ? [[run(`${t.gcg}: `, { bold: true }), run(gcg.join(', '))]] : [])];
    const dates: Cell = [
      [run(e.effectiveDate ? `${t.from} ${shortDate(e.effectiveDate, lang)}` : dash)],
      ...(e.expiryDate ? [[run(`${t.until} ${shortDate(e.expiryDate, lang)}`, { bold: expired[i], color: expired[i] ? 'B42318' : undefined })]] : []),
      ...(expired[i] ? [[run(t.expired, { bold: true, color: 'B42318' })]] : []),
    ];
    return [String(i + 1), [[run(e.title, { bold: true })], [run(kind(e.kind), { size: 16, color: '555555' })]], e.originalName, dates,
      [[run(e.sha256.slice(0, 12), { size: 16 })]], bytes(e.size, lang), supports];
  });
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [[t.lks, lks], [t.round, input.roundName], [t.date, longDate(input.today, lang)], [t.count, plainNumber(input.evidence.length, lang)]]),
    prepareNotice('Formulir B', lang),
    heading(t.list, 1),
    input.evidence.length === 0 ? para([run(t.none, { italic: true })]) : para(t.lead(input.evidence.length, expired.filter(Boolean).length), { keepNext: true }),
    ...(input.evidence.length === 0 ? [] : [table(
      [{ header: t.no, width: 4 }, { header: t.doc, width: 25 }, { header: t.file, width: 16 }, { header: t.dates, width: 13 }, { header: t.hash, width: 11 }, { header: t.size, width: 8 }, { header: t.supports, width: 23 }],
      rows, { landscape: true, fill: (i) => (expired[i] ? 'FDECEC' : null) })]),
  ];
  return pack(children, { lks, title: t.title, lang, landscape: true });
}
