// Layout shared by the dossier's paperwork: A4 page with the LKS in the header and page numbers, notices, tables.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType, type FileChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Instrument, Checklist } from '../../../../shared/instrument/schema';

export type Lang = 'id' | 'en';
export const FONT = 'Liberation Sans';
const MARGIN = 850;
const A4 = { w: 11906, h: 16838 };
export const contentWidth = (landscape: boolean) => (landscape ? A4.h : A4.w) - 2 * MARGIN;

export const ESTIMATE = { id: 'PERKIRAAN — bukan angka resmi BALKS', en: 'ESTIMATE — not an official BALKS figure' };
export const FORM_NAME = { A: 'Formulir A', B: 'Formulir B', C: 'Formulir C', profile: 'Profil LKS', letter: 'Surat pengantar' } as const;

/** One run of text; a cell or paragraph is a list of runs. */
export interface Run { text: string; bold?: boolean; italic?: boolean; size?: number; color?: string }
export type Cell = string | Run[][];

export const run = (text: string, o: Omit<Run, 'text'> = {}): Run => ({ text, ...o });
const toRun = (r: Run) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: r.size, color: r.color });

export function heading(text: string, level: 1 | 2 | 3 = 1, pageBreak = false): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ text, heading: h, keepNext: true, pageBreakBefore: pageBreak });
}

export function para(text: string | Run[], o: { after?: number; align?: 'left' | 'center' | 'right' | 'both'; before?: number; indent?: number; keepNext?: boolean } = {}): Paragraph {
  const runs = typeof text === 'string' ? [run(text)] : text;
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align ?? 'left'];
  return new Paragraph({ alignment, keepNext: o.keepNext, spacing: { before: o.before ?? 0, after: o.after ?? 100 }, indent: o.indent ? { left: o.indent } : undefined, children: runs.map(toRun) });
}

/** The document's title, the form it prepares and who it is about. */
export function titleBlock(title: string, subtitle: string, lines: [string, string][]): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 60 }, children: [new TextRun({ text: title })] }),
    para([run(subtitle, { color: '555555', size: 22 })], { after: 160 }),
    ...lines.map(([k, v]) => new Paragraph({
      spacing: { after: 40 }, tabStops: [{ type: TabStopType.LEFT, position: 2600 }],
      children: [new TextRun({ text: k, bold: true }), new TextRun({ text: `\t${v}` })],
    })),
  ];
}

function banner(runs: Run[], fill: string, edge: string, color: string): Paragraph {
  return new Paragraph({
    spacing: { before: 160, after: 160 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: edge, space: 8 } },
    children: runs.map((r) => toRun({ size: 18, color, ...r })),
  });
}

/** "Persiapan Formulir A — bukan formulir resmi; salin isinya ke formulir resmi BALKS." */
export function prepareNotice(form: string, lang: Lang): Paragraph {
  return banner(lang === 'id'
    ? [run(`Persiapan ${form} — bukan formulir resmi; `, { bold: true }), run('salin isinya ke formulir resmi BALKS. Dokumen ini disusun Swanilai dari penilaian mandiri LKS.')]
    : [run(`Preparation of ${form} — not the official form; `, { bold: true }), run('copy its content into the official BALKS form. Prepared by Swanilai from the LKS self-assessment.')],
  'E6F0FA', '2F6FB0', '173A5E');
}

export function estimateNotice(lang: Lang, extra = ''): Paragraph {
  const body = lang === 'id'
    ? ' Bobot, batas predikat, gerbang dan tipologi adalah perkiraan dari sumber publik. Hasil ini bukan keputusan akreditasi.'
    : ' Weights, grade bands, gates and typology are estimates from public sources. This is not an accreditation decision.';
  return banner([run(`${ESTIMATE[lang]}.`, { bold: true }), run(body + (extra ? ` ${extra}` : ''))], 'FFF4DC', 'C98A00', '5C3D00');
}

export interface Column { header: string; width: number }

/** A full-width table whose header row repeats on every page; `fill(i)` shades a row (e.g. expired). */
export function table(columns: Column[], rows: Cell[][], o: { landscape?: boolean; fill?: (i: number) => string | null; size?: number; noHeader?: boolean } = {}): Table {
  const width = contentWidth(!!o.landscape);
  const total = columns.reduce((s, c) => s + c.width, 0);
  const twips = columns.map((c) => Math.floor((c.width / total) * width));
  const size = o.size ?? 18;
  const cell = (content: Cell, j: number, fill?: string, header = false) => new TableCell({
    width: { size: twips[j], type: WidthType.DXA },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    children: (typeof content === 'string' ? content.split('\n').map((l) => [run(l)]) : content).map((line) => new Paragraph({
      keepLines: true,
      children: line.map((r) => toRun({ size, bold: header || r.bold, ...r })),
    })),
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    rows: [
      ...(o.noHeader ? [] : [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, j) => cell(c.header, j, 'DCEBE9', true)) })]),
      ...rows.map((r, i) => new TableRow({ cantSplit: true, children: r.map((v, j) => cell(v, j, o.fill?.(i) ?? undefined)) })),
    ],
  });
}

/** A two-column key/value table (profile, summaries). */
export function keyValues(rows: [string, Cell][], o: { landscape?: boolean; keyWidth?: number } = {}): Table {
  const cols = [{ header: '', width: o.keyWidth ?? 32 }, { header: '', width: 100 - (o.keyWidth ?? 32) }];
  return table(cols, rows.map(([k, v]) => [[[run(k, { bold: true })]], v]), { ...o, size: 19, noHeader: true, fill: undefined });
}

export interface PackOptions {
  lks: string; title: string; lang: Lang; landscape?: boolean; draft?: boolean; footerNote?: string;
  /** Large light-grey diagonal text behind the content of every page (e.g. "DRAFT"), anchored in the header. */
  watermark?: string;
}

/** A4 document with the LKS name in the header, "Halaman X dari Y" in the footer. */
export async function pack(children: FileChild[], o: PackOptions): Promise<Buffer> {
  const grey = { size: 16, color: '666666' };
  const page = o.lang === 'id' ? ['Halaman ', ' dari '] : ['Page ', ' of '];
  const width = contentWidth(!!o.landscape);
  const doc = new Document({
    creator: 'Swanilai',
    title: o.title,
    styles: {
      default: { document: { run: { font: FONT, size: 20 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 36, bold: true, color: '0F5F5A' } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 28, bold: true, color: '0F5F5A' }, paragraph: { spacing: { before: 280, after: 120 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 24, bold: true, color: '0F5F5A' }, paragraph: { spacing: { before: 240, after: 100 } } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 21, bold: true, color: '333333' }, paragraph: { spacing: { before: 160, after: 80 } } },
      ],
    },
    sections: [{
      properties: { page: { size: { orientation: o.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 450, footer: 450 } } },
      headers: { default: new Header({ children: [new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'AAAAAA', space: 4 } },
        children: [
          ...(o.watermark ? [new TextWatermark({ text: o.watermark, font: FONT, bold: true, color: 'C8C8C8', opacity: 0.45 })] : []),
          new TextRun({ text: o.lks, bold: true, size: 16, color: '333333' }), new TextRun({ text: `\t${o.draft ? 'DRAFT · ' : ''}${o.title}`, ...grey }),
        ],
      })] }) },
      footers: { default: new Footer({ children: [new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [new TextRun({ text: `Swanilai · ${o.title} · ${o.footerNote ?? (o.lang === 'id' ? 'bukan formulir resmi' : 'not an official form')}`, ...grey }),
          new TextRun({ children: ['\t' + page[0], PageNumber.CURRENT, page[1], PageNumber.TOTAL_PAGES], ...grey })],
      })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

/** Evidence kind labels from the instrument, then the checklist; unknown kinds show their id. */
export function kindLabels(instrument: Instrument, checklist: Checklist | null, lang: Lang): (kind: string | null) => string {
  const map = new Map<string, string>();
  for (const k of [...(checklist?.evidenceKinds ?? []), ...instrument.evidenceKinds]) map.set(k.id, k.label[lang]);
  return (kind) => (kind ? map.get(kind) ?? kind : '—');
}

export const isExpired = (expiry: string | null, today: string) => !!expiry && expiry < today;
export const dash = '—';
