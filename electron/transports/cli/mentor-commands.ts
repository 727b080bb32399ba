// CLI commands for the mentor: import an LKS list (CSV/XLSX) into the portfolio, print or write the regional summary
// (XLSX/DOCX), write the mentor report (DOCX).
import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, PortfolioRow, Summary } from '../../../shared/api/contract-mentor';
import { MAX_PORTFOLIO_FILE_BYTES } from '../../../shared/api/contract-mentor';
import { AppError } from '../../../shared/api/result';
import { plural } from '../../../shared/text/plural';
import { lksType } from '../../services/mentor/fields';
import { call, withWorkspace, type CliCommand } from './command';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export const portfolioImport: CliCommand = {
  path: ['portfolio', 'import'],
  usage: 'portfolio import FILE --workspace DIR [--json]',
  summary: 'Impor daftar LKS (CSV/XLSX) ke portofolio pendamping / import an LKS list (CSV/XLSX) into the mentor portfolio',
  async run(args, io) {
    if (!args.positionals[0]) throw new AppError('VALIDATION', `Sebutkan berkasnya / name the file: ${this.usage}`);
    const file = path.resolve(args.positionals[0]);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Berkas tidak ada / file not found: ${file}`);
    if (fs.statSync(file).size > MAX_PORTFOLIO_FILE_BYTES) throw new AppError('TOO_LARGE', 'Berkas daftar lebih dari 3,5 MB / list file over 3.5 MB');
    const input = { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') };
    const r = await withWorkspace(args, 'exclusive', (ctx) => call(ctx, 'portfolio.importCommit', input)) as { ok: boolean; preview: ImportPreview; created: number; updated: number };
    if (!r.ok) {
      for (const e of r.preview.errors) io.err(`  ${e.row ? `baris/row ${e.row}` : 'berkas/file'}${e.column ? ` [${e.column}]` : ''}: ${e.message.id} / ${e.message.en}`);
      throw new AppError('BAD_FILE', `tidak ada yang disimpan, ${r.preview.errors.length} kesalahan / nothing saved, ${plural(r.preview.errors.length, 'error', 'errors')}`);
    }
    if (args.flags.json) { io.out(JSON.stringify({ rows: r.preview.rows.length, created: r.created, updated: r.updated })); return; }
    io.out(`Diimpor ${r.preview.rows.length} baris: ${r.created} LKS baru, ${r.updated} diperbarui / imported ${r.preview.rows.length} rows: ${r.created} new LKS, ${r.updated} updated`);
  },
};

export const portfolioList: CliCommand = {
  path: ['portfolio', 'list'],
  usage: 'portfolio list --workspace DIR [--json]',
  summary: 'Daftar LKS dampingan dengan tipologi, peringkat, kunjungan dan tindakan / the LKS followed, with typology, grade, visits and actions',
  async run(args, io) {
    const rows = await withWorkspace(args, 'read', (ctx) => call(ctx, 'portfolio.list', {})) as PortfolioRow[];
    if (args.flags.json) { io.out(JSON.stringify(rows, null, 2)); return; }
    if (!rows.length) { io.out('Portofolio masih kosong / the portfolio is empty'); return; }
    for (const r of rows) {
      const rec = r.recorded ? `${r.recorded.year} ${r.recorded.typology ?? '-'}/${r.recorded.grade ?? '-'}` : '-';
      const actions = r.openActions ? `  tindakan/actions ${r.openActions}${r.overdueActions ? ` (${r.overdueActions} terlambat/overdue)` : ''}` : '';
      io.out(`#${r.id}  ${r.name}  ${r.regionCode ?? '-'} ${r.regionName ?? ''}  ${r.lksType ?? '-'}  ${rec}${actions}`);
    }
  },
};

/** The summary as the CLI's JSON: Table I.1's columns under their Indonesian names. */
export function summaryJson(s: Summary) {
  const counts = (c: Summary['total']) => ({ A: c.A, B: c.B, C: c.C, D: c.D, E: c.E, total: c.total });
  return { rows: s.rows.map((r) => ({ kode_wilayah: r.regionCode, nama_wilayah: r.regionName, ...counts(r) })), total: counts(s.total) };
}

/** The table with aligned columns: region name left, counts right. */
export function summaryText(s: Summary): string[] {
  const head = ['Kode', 'Kabupaten/Kota', ...LETTERS, 'Jumlah'];
  const body = s.rows.map((r) => [r.regionCode ?? '-', r.regionName, ...LETTERS.map((l) => String(r[l])), String(r.total)]);
  const foot = ['', 'Jumlah / Total', ...LETTERS.map((l) => String(s.total[l])), String(s.total.total)];
  const all = [head, ...body, foot];
  const width = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd();
  const rule = width.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line), rule, line(foot)];
}

/** --type and --region as the handlers take them; the type in the lists' own words (LKSA, "Lanjut Usia", rehsos…). */
export function scopeFlags(args: { flags: Record<string, unknown> }): { lksType?: string; region?: string } {
  const input: { lksType?: string; region?: string } = {};
  if (typeof args.flags.type === 'string') {
    const type = lksType(args.flags.type);
    if (!type.ok || type.value === null) throw new AppError('VALIDATION', type.ok ? 'Sebutkan jenis LKS / give an LKS type' : `${type.id} / ${type.en}`);
    input.lksType = type.value;
  }
  if (typeof args.flags.region === 'string') input.region = args.flags.region;
  return input;
}

/** Writes next to the target and renames, so a failed write never leaves half a file at `out`. */
export function writeFileAtomic(out: string, data: Buffer): void {
  const tmp = `${out}.part-${process.pid}`;
  fs.writeFileSync(tmp, data, { flush: true });
  fs.renameSync(tmp, out);
}

export const summaryCommand: CliCommand = {
  path: ['summary'],
  usage: 'summary --workspace DIR [--year YYYY] [--type JENIS] [--region 34|34.04] [--json | --out FILE.xlsx|FILE.docx [--lang id|en]]',
  summary: 'Rekap LKS per kabupaten/kota × tipologi, dicetak atau ditulis ke XLSX/DOCX / LKS counts by regency × typology, printed or written to XLSX/DOCX',
  valued: ['year', 'type', 'region', 'out', 'lang'],
  async run(args, io) {
    const input: Record<string, unknown> = scopeFlags(args);
    if (typeof args.flags.year === 'string' && !/^\d{4}$/.test(args.flags.year)) throw new AppError('VALIDATION', `--year harus tahun empat angka / --year must be a four-digit year: ${args.flags.year}`);
    if (typeof args.flags.year === 'string') input.year = Number(args.flags.year);
    if (typeof args.flags.out === 'string') {
      const out = path.resolve(args.flags.out);
      const kind = /\.docx$/i.test(out) ? 'summary.exportDocx' : /\.xlsx$/i.test(out) ? 'summary.exportXlsx' : null;
      if (!kind) throw new AppError('VALIDATION', `--out harus berakhiran .xlsx atau .docx / --out must end in .xlsx or .docx: ${args.flags.out}`);
      const r = await withWorkspace(args, 'read', (ctx) => call(ctx, kind, { ...input, language: args.flags.lang === 'en' ? 'en' : 'id' })) as { base64: string };
      writeFileAtomic(out, Buffer.from(r.base64, 'base64'));
      io.out(`Rekap ditulis / summary written: ${out}`);
      return;
    }
    const s = await withWorkspace(args, 'read', (ctx) => call(ctx, 'summary.get', input)) as Summary;
    if (args.flags.json) { io.out(JSON.stringify(summaryJson(s))); return; }
    io.out(`Rekap LKS per kabupaten/kota dan tipologi${s.year ? ` (${s.year})` : ' (tahun terakhir tiap LKS / latest year per LKS)'}`);
    for (const l of summaryText(s)) io.out(l);
  },
};

export const mentorReport: CliCommand = {
  path: ['mentor', 'report'],
  usage: 'mentor report --workspace DIR --out FILE.docx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type JENIS] [--region 34|34.04] [--lang id|en]',
  summary: 'Tulis laporan pendamping (DOCX) untuk Dinas Sosial/donor / write the mentor report (DOCX) for the Dinas Sosial or donors',
  valued: ['out', 'from', 'to', 'type', 'region', 'lang'],
  async run(args, io) {
    if (typeof args.flags.out !== 'string' || !args.flags.out) throw new AppError('VALIDATION', `Sebutkan --out FILE.docx / give --out FILE.docx: ${this.usage}`);
    const out = path.resolve(args.flags.out);
    const input: Record<string, unknown> = { ...scopeFlags(args), language: args.flags.lang === 'en' ? 'en' : 'id' };
    for (const k of ['from', 'to'] as const) if (typeof args.flags[k] === 'string') input[k] = args.flags[k];
    const r = await withWorkspace(args, 'read', (ctx) => call(ctx, 'mentor.reportDocx', input)) as { base64: string };
    writeFileAtomic(out, Buffer.from(r.base64, 'base64'));
    io.out(`Laporan ditulis / report written: ${out}`);
  },
};
