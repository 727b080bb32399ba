// The printable visit kit (perangkat visitasi): per standard and indicator what to observe, whom to interview, which
// documents to ask for, the LKS's self-score (hidden when blind), lined space for notes and boxes for the level.
import {
  BorderStyle, LeaderType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type FileChild,
} from 'docx';
import { longDate } from '../../../../shared/format';
import type { ChecklistItem, Indicator } from '../../../../shared/instrument/schema';
import type { HandlerContext } from '../../context';
import { contentWidth, heading, pack, para, prepareNotice, run, table, titleBlock, type Lang, type Run } from '../../dossier/documents/kit';
import { answerText, BLIND_TEXT, GCG_LABEL, lksSlug, reviewDocInput, type ReviewDocInput } from './common';

const BLANK = '……………………………';

const L = {
  id: {
    title: 'Perangkat Visitasi', sub: 'Lembar kerja asesor untuk menyiapkan dan mencatat visitasi ke LKS', file: 'kit-visitasi', notice: 'visitasi',
    lks: 'LKS', region: 'Wilayah', round: 'Putaran penilaian', version: 'Versi dossier', assessor: 'Asesor', visitDate: 'Tanggal visitasi', unnamed: 'belum diisi',
    how: 'Cara memakai: untuk setiap indikator, amati keadaan nyata dan wawancarai orang yang disebut, minta dokumen yang tercantum, tulis catatan di garis yang tersedia, lalu centang satu kotak tingkat. Nilai di lembar ini dimasukkan kembali ke Swanilai sesudah visitasi.',
    blind: 'Penilaian buta: nilai mandiri LKS tidak dicetak agar asesor menilai tanpa terpengaruh.',
    people: 'Orang yang diwawancarai', name: 'Nama', role: 'Jabatan / peran', topics: 'Indikator / topik',
    observe: 'Amati dan wawancarai', docs: 'Minta dokumen', inDossier: 'Di dalam dossier', self: 'Nilai mandiri LKS', lksNote: 'Catatan LKS', level: 'Tingkat asesor', value: 'Penilaian asesor', notes: 'Catatan visitasi',
    unanswered: 'belum dijawab', noDocs: 'tidak ada jenis dokumen tertentu; minta bukti yang menunjukkan pelaksanaannya',
    generic: (top: string, desc: string) => `Bandingkan keadaan nyata dengan rubrik; tingkat tertinggi (${top}): ${desc} Wawancarai pengurus atau penanggung jawab program dan staf yang menjalankannya; bila perlu juga klien atau keluarganya.`,
    genericGcg: 'Periksa dokumen pendukung dan tanyakan kepada pengurus bagaimana butir ini dijalankan sehari-hari.',
    notApplicable: (codes: string) => `Tidak berlaku untuk profil LKS ini (tidak perlu diperiksa): ${codes}.`,
    gcg: 'Tata kelola (GCG)', gcgLead: 'Butir daftar periksa tata kelola per prinsip TARIF.',
  },
  en: {
    title: 'Site Visit Kit', sub: "The assessor's worksheet to prepare and record the site visit (visitasi) to the LKS", file: 'visit-kit', notice: 'the site visit',
    lks: 'LKS', region: 'Region', round: 'Assessment round', version: 'Dossier version', assessor: 'Assessor', visitDate: 'Visit date', unnamed: 'not filled in',
    how: 'How to use: for each indicator, observe what is really there and interview the people named, ask for the documents listed, write notes on the lines, then tick one level box. Enter the scores in Swanilai after the visit.',
    blind: "Blind review: the LKS's self-scores are not printed so the assessor scores without being influenced.",
    people: 'People interviewed', name: 'Name', role: 'Position / role', topics: 'Indicators / topics',
    observe: 'Observe and interview', docs: 'Ask for documents', inDossier: 'In the dossier', self: 'LKS self-score', lksNote: 'LKS note', level: "Assessor's level", value: "Assessor's answer", notes: 'Visit notes',
    unanswered: 'not answered', noDocs: 'no specific document kind; ask for evidence that it is done',
    generic: (top: string, desc: string) => `Compare what is really there with the rubric; the top level (${top}): ${desc} Interview the board or programme lead and the staff who carry it out; clients or their families where useful.`,
    genericGcg: 'Check the supporting documents and ask the board how this item is carried out day to day.',
    notApplicable: (codes: string) => `Does not apply to this LKS profile (no need to check): ${codes}.`,
    gcg: 'Governance (GCG)', gcgLead: 'Items of the governance checklist per TARIF principle.',
  },
};
type T = (typeof L)['id'];

const KEY_SHARE = 0.2;
const BOX = '☐';

/** One block row: a grey key on the left, the runs (one paragraph per line) or writing lines on the right. */
interface BlockRow { key: string; lines?: Run[][]; writeLines?: number; fill?: string }

function block(rows: BlockRow[]): Table {
  const width = contentWidth(false);
  const keyW = Math.round(width * KEY_SHARE);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '9BB5B2' };
  const p = (runs: Run[], keepNext: boolean) => new Paragraph({
    keepNext, keepLines: true, spacing: { after: 20 },
    children: runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: r.size ?? 18, color: r.color })),
  });
  // Dotted writing lines drawn as tab leaders: paragraph borders on adjacent paragraphs merge into one box.
  const lineEnd = width - keyW - 220;
  const writing = (n: number) => Array.from({ length: n }, (_, j) => new Paragraph({
    keepNext: j < n - 1, spacing: { before: 200, after: 0 }, tabStops: [{ type: TabStopType.RIGHT, position: lineEnd, leader: LeaderType.DOT }],
    children: [new TextRun({ text: '\t', size: 18, color: '8A8A8A' })],
  }));
  return new Table({
    width: { size: width, type: WidthType.DXA }, columnWidths: [keyW, width - keyW], layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((r, i) => {
      // Every paragraph but the very last keeps with the next, so LibreOffice and Word keep a block on one page.
      const last = i === rows.length - 1;
      const shade = r.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: r.fill } : undefined;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: keyW, type: WidthType.DXA }, shading: shade ?? { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F6F6' }, margins: { top: 50, bottom: 50, left: 80, right: 80 },
            children: [p([run(r.key, { bold: true, size: 17, color: '29433F' })], !last)] }),
          new TableCell({ width: { size: width - keyW, type: WidthType.DXA }, shading: shade, margins: { top: 50, bottom: r.writeLines ? 120 : 50, left: 100, right: 100 },
            children: [...(r.lines ?? []).map((l, j) => p(l, !last || j < (r.lines!.length - 1))), ...writing(r.writeLines ?? 0)] }),
        ],
      });
    }),
  });
}

const bullets = (xs: string[]): Run[][] => xs.map((x) => [run(`• ${x}`)]);
const spacer = () => para('', { after: 160 });

function documentsLines(t: T, d: ReviewDocInput, evidence: string[], key: string): Run[][] {
  const kinds = [...new Set(evidence)].map((k) => d.kind(k));
  const linked = d.evidenceFor(key);
  return [
    ...(kinds.length ? bullets(kinds) : [[run(t.noDocs, { italic: true, color: '555555' })]]),
    ...(linked.length ? [[run(`${t.inDossier}:`, { bold: true, size: 17, color: '555555' })], ...linked.map((x) => [run(`– ${x}`, { size: 17, color: '555555' })])] : []),
  ];
}

function selfLines(t: T, d: ReviewDocInput, target: 'indicator' | 'gcg', code: string): Run[][] {
  if (d.review.blind) return [[run(BLIND_TEXT[d.lang], { italic: true, color: '555555' })]];
  const a = target === 'indicator' ? d.manifest.answers.indicators[code] : d.manifest.answers.gcg[code];
  const shown = answerText(d, target, code, a);
  return [
    [run(shown ?? t.unanswered, { bold: !!shown, italic: !shown })],
    ...(a?.notApplicable && a.reason?.trim() ? [[run(a.reason.trim(), { size: 17, color: '555555' })]] : []),
  ];
}

function indicatorBlock(t: T, d: ReviewDocInput, ind: Indicator): Table {
  const lang = d.lang;
  const top = ind.levels.reduce((a, b) => (b.level > a.level ? b : a));
  const guidance = ind.guidance?.[lang] ?? t.generic(`${top.level} — ${top.label[lang]}`, top.description[lang]);
  const note = d.manifest.answers.indicators[ind.code]?.note?.trim();
  const boxes = [...ind.levels.map((l) => `${BOX} ${l.level}`), ...(ind.allowNotApplicable ? [`${BOX} N/A`] : [])].join('      ');
  return block([
    { key: ind.code, lines: [[run(ind.question[lang], { bold: true, size: 19 })]], fill: 'DCEBE9' },
    { key: t.observe, lines: [[run(guidance)]] },
    { key: t.docs, lines: documentsLines(t, d, ind.evidence, `indicator:${ind.code}`) },
    { key: t.self, lines: selfLines(t, d, 'indicator', ind.code) },
    ...(note ? [{ key: t.lksNote, lines: [[run(note, { size: 17 })]] }] : []),
    { key: t.level, lines: [[run(boxes, { bold: true, size: 22 })], [run(ind.levels.map((l) => `${l.level} ${l.label[lang]}`).join(' · '), { size: 15, color: '555555' })]] },
    { key: t.notes, writeLines: 4 },
  ]);
}

function gcgBlock(t: T, d: ReviewDocInput, item: ChecklistItem): Table {
  const lang = d.lang;
  const values = (['met', 'partial', 'not-met', ...(item.allowNotApplicable ? ['na'] as const : [])] as const).map((v) => `${BOX} ${GCG_LABEL[lang][v]}`).join('     ');
  return block([
    { key: item.code, lines: [[run(item.text[lang], { bold: true, size: 19 })]], fill: 'DCEBE9' },
    { key: t.observe, lines: [[run(item.guidance?.[lang] ?? t.genericGcg)]] },
    { key: t.docs, lines: documentsLines(t, d, item.evidence, `gcg:${item.code}`) },
    { key: t.self, lines: selfLines(t, d, 'gcg', item.code) },
    { key: t.value, lines: [[run(values, { bold: true, size: 19 })]] },
    { key: t.notes, writeLines: 2 },
  ]);
}

function standards(t: T, d: ReviewDocInput): FileChild[] {
  const out: FileChild[] = [];
  const status = new Map(d.comparison.self.score.components.flatMap((c) => c.indicators.map((i) => [i.code, i.status] as const)));
  for (const comp of d.snaps.instrument.components) {
    out.push(heading(`${comp.code} · ${comp.title[d.lang]}`, 1, true));
    if (comp.description) out.push(para([run(comp.description[d.lang], { color: '555555', size: 18 })]));
    const skipped = comp.indicators.filter((i) => status.get(i.code) === 'not-applicable');
    for (const ind of comp.indicators) if (!skipped.includes(ind)) out.push(indicatorBlock(t, d, ind), spacer());
    if (skipped.length) out.push(para([run(t.notApplicable(skipped.map((i) => i.code).join(', ')), { italic: true, color: '555555', size: 18 })]));
  }
  return out;
}

function governance(t: T, d: ReviewDocInput): FileChild[] {
  const cl = d.snaps.checklist;
  if (!cl) return [];
  const hidden = new Set(d.comparison.self.gcg?.hidden.map((h) => h.code) ?? []);
  const out: FileChild[] = [heading(t.gcg, 1, true), para(t.gcgLead)];
  for (const p of cl.principles) {
    const items = cl.items.filter((i) => i.principle === p.id);
    out.push(heading(p.title[d.lang], 2));
    for (const item of items) if (!hidden.has(item.code)) out.push(gcgBlock(t, d, item), spacer());
    const skipped = items.filter((i) => hidden.has(i.code)).map((i) => i.code);
    if (skipped.length) out.push(para([run(t.notApplicable(skipped.join(', ')), { italic: true, color: '555555', size: 18 })]));
  }
  return out;
}

export async function visitKitDocx(ctx: HandlerContext, reviewId: number, language: 'id' | 'en'): Promise<{ fileName: string; data: Buffer }> {
  const lang: Lang = language;
  const t = L[lang];
  const d = reviewDocInput(ctx, reviewId, lang);
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [
      [t.lks, d.lks], [t.region, d.region ?? t.unnamed], [t.round, d.manifest.round.name],
      [t.version, `v${d.version} · ${longDate(d.manifest.createdAt, lang)}`], [t.assessor, d.review.assessorName?.trim() || BLANK], [t.visitDate, BLANK],
    ]),
    prepareNotice(t.notice, lang),
    para(t.how, { align: 'both' }),
    ...(d.review.blind ? [para([run(t.blind, { bold: true, color: '173A5E' })])] : []),
    heading(t.people, 2),
    table([{ header: t.name, width: 30 }, { header: t.role, width: 30 }, { header: t.topics, width: 40 }], Array.from({ length: 8 }, () => ['\n', '', ''])),
    ...standards(t, d),
    ...governance(t, d),
  ];
  const data = await pack(children, { lks: d.lks, title: t.title, lang, footerNote: lang === 'id' ? 'persiapan visitasi, bukan formulir resmi BALKS' : 'visit preparation, not an official BALKS form' });
  return { fileName: `${t.file}-${lksSlug(d.manifest.profile.name)}-v${d.version}.docx`, data };
}
