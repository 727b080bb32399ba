// Small building blocks shared by every DOCX report: title block, tables, the "estimate" notice, packing.
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';

export type Lang = 'id' | 'en';
export const FONT = 'Liberation Sans';
/** A4 width (11906 twips) minus the 1000-twip margins on each side. */
export const CONTENT_WIDTH = 9906;

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: level === 1 ? 0 : 240, after: 120 } });
}

export function para(text: string, opts: { bold?: boolean; italic?: boolean; size?: number; color?: string } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 100 }, children: [new TextRun({ text, bold: opts.bold, italics: opts.italic, size: opts.size, color: opts.color })] });
}

/** Key–value lines such as "LKS: …", bold key. */
export function facts(rows: [string, string][]): Paragraph[] {
  return rows.map(([k, v]) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }));
}

/** The notice every export carries: weights and bands are estimates, not official BALKS figures. */
export function estimateNotice(lang: Lang): Paragraph {
  const text = lang === 'id'
    ? 'PERKIRAAN: bobot, batas predikat, gerbang dan tipologi di Swanilai adalah perkiraan berdasarkan sumber publik, bukan angka resmi BALKS. Hasil ini bukan keputusan akreditasi.'
    : 'ESTIMATE: the weights, grade bands, gates and typology in Swanilai are estimates from public sources, not official BALKS figures. This result is not an accreditation decision.';
  return new Paragraph({
    spacing: { before: 120, after: 200 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4DC' },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C98A00', space: 6 } },
    children: [new TextRun({ text, size: 18, color: '5C3D00' })],
  });
}

export interface Column { header: string; width: number }

/** A full-width table with a shaded header row; `highlight` marks rows to stand out (e.g. overdue). */
export function table(columns: Column[], rows: string[][], highlight: (i: number) => string | null = () => null): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  // Fixed twip widths: LibreOffice and Word both honour them, unlike percentages on cells.
  const twips = (w: number) => Math.round((w / total) * CONTENT_WIDTH);
  const cell = (text: string, width: number, fill?: string, bold = false) => new TableCell({
    width: { size: twips(width), type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => twips(c.width)),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, c.width, 'DCEBE9', true)) }),
      ...rows.map((r, i) => new TableRow({ children: r.map((v, j) => cell(v, columns[j].width, highlight(i) ?? undefined)) })),
    ],
  });
}

export async function pack(children: ISectionOptions['children'], footerText: string): Promise<Buffer> {
  const doc = new Document({
    creator: 'Swanilai',
    styles: {
      default: { document: { run: { font: FONT, size: 20 } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 32, bold: true, color: '0F5F5A' }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 26, bold: true, color: '0F5F5A' }, paragraph: { spacing: { before: 240, after: 120 } } },
      ],
    },
    sections: [{
      properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${footerText} · `, size: 16, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })] })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

export function fileSafe(s: string): string {
  return s.normalize('NFKD').replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'swanilai';
}
