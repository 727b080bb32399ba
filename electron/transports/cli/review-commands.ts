// CLI commands for BALKS reviews: list the imported dossiers with their review state, write the report and the
// review file, and (LKS side) import a review file received back.
import fs from 'node:fs';
import path from 'node:path';
import type { DossierRow } from '../../../shared/api/contract-dossier';
import type { ReviewListRow } from '../../../shared/api/contract-review';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../../services/context';
import { importReviewFile } from '../../services/review/file';
import { call, withWorkspace, type CliCommand, type CliIo } from './command';

function need(value: unknown, what: string, usage: string): string {
  if (typeof value !== 'string' || !value) throw new AppError('VALIDATION', `Sebutkan ${what} / give ${what}: ${usage}`);
  return value;
}

function dossierId(args: { flags: Record<string, unknown> }, usage: string): number {
  const n = Number(need(args.flags.dossier, '--dossier ID', usage));
  if (!Number.isInteger(n) || n < 1) throw new AppError('VALIDATION', `--dossier harus nomor dossier dari "review list" / --dossier must be a dossier number from "review list"`);
  return n;
}

async function reviewIdOf(ctx: HandlerContext, dossierImportId: number): Promise<number> {
  return ((await call(ctx, 'review.forDossier', { dossierImportId })) as { reviewId: number }).reviewId;
}

/** Writes next to the target and renames, so a failed write never leaves half a file at `out`. */
function writeAtomic(out: string, data: Buffer): void {
  const tmp = `${out}.part-${process.pid}`;
  fs.writeFileSync(tmp, data, { flush: true });
  fs.renameSync(tmp, out);
}

export const reviewList: CliCommand = {
  path: ['review', 'list'],
  usage: 'review list --workspace DIR [--json]',
  summary: 'Dossier yang diterima dengan status tinjauannya / received dossiers with their review state',
  async run(args, io) {
    const rows = await withWorkspace(args, 'read', async (ctx) => {
      const dossiers = (await call(ctx, 'dossier.list', {})) as DossierRow[];
      const reviews = (await call(ctx, 'review.list', {})) as ReviewListRow[];
      const roundOf = new Map(dossiers.map((d) => [d.id, d.roundUid]));
      return dossiers.map((d) => {
        // One review per round follows the newest version it was given; older versions point to the same review.
        const round = reviews.find((x) => roundOf.get(x.dossierImportId) === d.roundUid) ?? null;
        const r = round?.dossierImportId === d.id ? round : null;
        return {
          dossier: d.id, lksName: d.lksName, roundName: d.roundName, version: d.version, exportedAt: d.exportedAt, signerFingerprint: d.signerFingerprint,
          review: round && { id: round.id, state: round.state, final: round.final, blind: round.blind, scored: round.scored, needComment: round.needComment, followsThisVersion: r !== null },
        };
      });
    });
    if (args.flags.json) { io.out(JSON.stringify(rows, null, 2)); return; }
    if (!rows.length) { io.out('Belum ada dossier yang diimpor / no dossiers imported yet'); return; }
    for (const r of rows) {
      const state = r.review ? `${r.review.state}${r.review.final ? ' (final)' : ''}${r.review.followsThisVersion ? '' : ' — versi lain / other version'}` : '-';
      io.out(`#${r.dossier}  ${r.lksName ?? '-'}  ${r.roundName} v${r.version}  ${state}`);
    }
  },
};

/**
 * `review report` and `review export` differ only in the handler, the lock and the words: both resolve the dossier's
 * review, ask the handler for a file and write it atomically to --out.
 */
function reviewFileCommand(o: {
  name: 'report' | 'export'; outHint: string; summary: string; handler: 'review.reportDocx' | 'review.exportFile';
  mode: 'read' | 'exclusive'; written: string;
}): CliCommand {
  const usage = `review ${o.name} --workspace DIR --dossier ID --out ${o.outHint} [--lang id|en]`;
  return {
    path: ['review', o.name], usage, summary: o.summary, valued: ['dossier', 'out', 'lang'],
    async run(args, io) {
      const out = path.resolve(need(args.flags.out, `--out ${o.outHint}`, usage));
      const id = dossierId(args, usage);
      const language = args.flags.lang === 'en' ? 'en' : 'id';
      const r = await withWorkspace(args, o.mode, async (ctx) => call(ctx, o.handler, { reviewId: await reviewIdOf(ctx, id), language })) as { base64: string };
      writeAtomic(out, Buffer.from(r.base64, 'base64'));
      io.out(`${o.written}: ${out}`);
    },
  };
}

export const reviewReport = reviewFileCommand({
  name: 'report', outHint: 'FILE.docx', handler: 'review.reportDocx', mode: 'read',
  summary: 'Tulis laporan asesor (DOCX) / write the assessor report (DOCX)', written: 'Laporan ditulis / report written',
});

// Exclusive: the first export creates the workspace's signing key.
export const reviewExport = reviewFileCommand({
  name: 'export', outHint: 'FILE', handler: 'review.exportFile', mode: 'exclusive',
  summary: 'Tulis berkas tinjauan bertanda tangan untuk LKS / write the signed review file for the LKS', written: 'Berkas tinjauan ditulis / review file written',
});

function refuse(problems: { code: string; entry?: string; message: { id: string; en: string } }[], io: CliIo): never {
  for (const p of problems) io.err(`  ${p.code}${p.entry ? ` [${p.entry}]` : ''}: ${p.message.id} / ${p.message.en}`);
  throw new AppError('BAD_FILE', `berkas tinjauan ditolak, ${problems.length} masalah / review file refused, ${problems.length} problem(s)`);
}

export const reviewImport: CliCommand = {
  path: ['review', 'import'],
  usage: 'review import FILE --workspace DIR [--json]',
  summary: 'Impor berkas tinjauan BALKS ke ruang kerja LKS / import a BALKS review file into the LKS workspace',
  async run(args, io) {
    if (!args.positionals[0]) throw new AppError('VALIDATION', `Sebutkan berkasnya / name the file: ${this.usage}`);
    const file = path.resolve(args.positionals[0]);
    const r = await withWorkspace(args, 'exclusive', (ctx) => importReviewFile(ctx, file));
    if (!r.ok) refuse(r.problems, io);
    if (args.flags.json) { io.out(JSON.stringify(r)); return; }
    io.out(r.alreadyImported ? `Sudah pernah diimpor (#${r.id}) / already imported (#${r.id})` : `Tinjauan diimpor sebagai #${r.id} / review imported as #${r.id}`);
  },
};
