// What both mentor documents share, on top of the dossier's DOCX kit: numbered headings, the filter line, the LKS in
// scope, a bar chart drawn as shaded table cells (it renders the same in Word, LibreOffice and on paper), estimate notes.
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { LksType } from '../../../../shared/profile';
import type { HandlerContext } from '../../context';
import { contentWidth, FONT, heading, type Lang } from '../../dossier/documents/kit';
import { readProfile } from '../../handlers/profile';

export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
/** The same colours as the on-screen chart (mentor.css .seg.t-A…E). */
export const TYPOLOGY_FILL: Record<(typeof LETTERS)[number], string> = { A: '1D6B3A', B: '52A36F', C: '3F7CC0', D: 'E0A93A', E: 'B8562F' };
export const BLANK = '……………………………………';
export const DOCX = { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

export const TYPE_LABEL: Record<Lang, Record<LksType, string>> = {
  id: { lksa: 'LKSA', lansia: 'Lanjut usia', disabilitas: 'Disabilitas', lk3: 'LK3', rehsos: 'Rehabilitasi sosial', lainnya: 'Lainnya' },
  en: { lksa: 'LKSA (children)', lansia: 'Elderly', disabilitas: 'Disability', lk3: 'LK3 (family counselling)', rehsos: 'Social rehabilitation', lainnya: 'Other' },
};

/** Headings numbered 1, 2, … (and 1.1, 1.2 below them) in the order they are asked for. */
export function numbering() {
  let major = 0;
  let minor = 0;
  return {
    h1: (text: string) => { major++; minor = 0; return heading(`${major}. ${text}`, 1); },
    h2: (text: string) => { minor++; return heading(`${major}.${minor} ${text}`, 2); },
  };
}

/** "Wilayah: Kabupaten Sleman (34.04)" etc.; the region code's name comes from the Kemendagri data. */
export function regionLabel(ctx: HandlerContext, code: string | undefined): string | null {
  if (!code) return null;
  const name = ctx.regions.resolve([code])[code];
  return name ? `${name} (${code})` : code;
}

/** The organisation named in the workspace profile, else null (the document leaves a line to fill in). */
export function organisationName(ctx: HandlerContext): string | null {
  return readProfile(ctx).profile?.name?.trim() || null;
}

/** Whether an LKS's region code falls in the filter (a province "34" or a regency "34.04"). */
export const inRegion = (code: string | null, region: string | undefined) => !region || (!!code && (code === region || code.startsWith(`${region}.`)));

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const GAP = { style: BorderStyle.SINGLE, size: 18, color: 'FFFFFF' };

export interface BarRow { label: string; parts: { key: (typeof LETTERS)[number]; value: number }[]; total: number }

/**
 * A horizontal stacked bar chart as a borderless table: a label column, `GRID` narrow columns for the bars (each
 * segment spans as many as its share, rounded on the running sum so the segments add up to the bar) and the total.
 */
export function barChart(rows: BarRow[], o: { legend: (key: string) => string; caption: string }): (Paragraph | Table)[] {
  const GRID = 60;
  const width = contentWidth(false);
  const labelW = Math.round(width * 0.27);
  const valueW = Math.round(width * 0.08);
  const step = Math.floor((width - labelW - valueW) / GRID);
  const columnWidths = [labelW, ...Array<number>(GRID).fill(step), valueW];
  const max = Math.max(1, ...rows.map((r) => r.total));
  const text = (t: string, o2: { bold?: boolean; color?: string; size?: number } = {}) => new TextRun({ text: t, font: FONT, size: o2.size ?? 17, bold: o2.bold, color: o2.color });
  const cell = (children: Paragraph[], span: number, w: number, fill?: string) => new TableCell({
    columnSpan: span > 1 ? span : undefined, width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 40, bottom: 40, left: 40, right: 40 }, children,
  });
  const p = (runs: TextRun[], align: 'left' | 'center' | 'right' = 'left') => new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT, children: runs,
  });
  const body = rows.map((r) => {
    const cells = [cell([p([text(r.label)])], 1, labelW)];
    let used = 0;
    let sum = 0;
    for (const part of r.parts) {
      sum += part.value;
      const end = Math.round((sum / max) * GRID);
      const span = end - used;
      if (span <= 0) continue;
      // The count is written in the segment when it fits (two grid columns per digit and a margin).
      const fits = span >= String(part.value).length * 2 + 1;
      cells.push(cell([p(fits ? [text(String(part.value), { color: 'FFFFFF', bold: true, size: 15 })] : [], 'center')], span, span * step, TYPOLOGY_FILL[part.key]));
      used = end;
    }
    if (used < GRID) cells.push(cell([p([])], GRID - used, (GRID - used) * step));
    cells.push(cell([p([text(String(r.total), { bold: true })], 'right')], 1, valueW));
    return new TableRow({ cantSplit: true, children: cells });
  });
  const legend = new Paragraph({
    spacing: { before: 80, after: 200 },
    children: LETTERS.flatMap((k) => [new TextRun({ text: '■ ', font: FONT, size: 22, color: TYPOLOGY_FILL[k] }), text(`${o.legend(k)}    `)]),
  });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 80 }, children: [text(o.caption, { bold: true, size: 19 })] }),
    new Table({
      width: { size: width, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideVertical: NONE, insideHorizontal: GAP },
      rows: body,
    }),
    legend,
  ];
}

export const fileResult = (fileName: string, buf: Buffer) => ({ fileName, base64: buf.toString('base64') });
