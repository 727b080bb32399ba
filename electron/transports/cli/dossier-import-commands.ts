// CLI commands for received dossiers: verify a file (no workspace needed), import it into a workspace, list imports.
import path from 'node:path';
import type { DossierRow } from '../../../shared/api/contract-dossier';
import { AppError } from '../../../shared/api/result';
import { dispatch } from '../../services/dispatch';
import { verifyDossier, type DossierProblem } from '../../services/dossier/verify';
import { summarise } from '../../services/handlers/dossier-import';
import { call, withWorkspace, type CliCommand, type CliIo } from './command';

function fileArg(positionals: string[], usage: string): string {
  if (!positionals[0]) throw new AppError('VALIDATION', `Sebutkan berkasnya / name the file: ${usage}`);
  return path.resolve(positionals[0]);
}

/** Every reason on its own line (stderr), then a failure the runner turns into a non-zero exit. */
function refuse(problems: DossierProblem[], io: CliIo): never {
  for (const p of problems) io.err(`  ${p.code}${p.entry ? ` [${p.entry}]` : ''}: ${p.message.id} / ${p.message.en}`);
  throw new AppError('BAD_FILE', `dossier ditolak, ${problems.length} masalah / dossier refused, ${problems.length} problem(s)`);
}

export const dossierVerify: CliCommand = {
  path: ['dossier', 'verify'],
  usage: 'dossier verify FILE [--json]',
  summary: 'Periksa berkas dossier tanpa mengimpor / check a dossier file without importing it',
  async run(args, io) {
    const file = fileArg(args.positionals, this.usage);
    const r = await verifyDossier(file);
    if (args.flags.json) {
      io.out(JSON.stringify(r.ok ? { ok: true, summary: summarise(r.manifest, r.fingerprint), entries: r.entries } : r, null, 2));
      if (!r.ok) throw new AppError('BAD_FILE', `dossier ditolak / dossier refused (${r.problems.map((p) => p.code).join(', ')})`);
      return;
    }
    if (!r.ok) refuse(r.problems, io);
    const s = summarise(r.manifest, r.fingerprint);
    io.out(`Dossier utuh dan bertanda tangan sah / dossier intact and validly signed`);
    io.out(`  LKS: ${s.lksName ?? '-'}   Putaran / round: ${s.roundName}   Diekspor / exported: ${s.exportedAt}`);
    io.out(`  Sidik kunci / key fingerprint: ${s.signerFingerprint}   Bukti / evidence: ${s.evidenceCount}`);
  },
};

export const dossierImport: CliCommand = {
  path: ['dossier', 'import'],
  usage: 'dossier import FILE --workspace DIR',
  summary: 'Impor dossier (hanya-baca) ke ruang kerja / import a dossier (read-only) into a workspace',
  async run(args, io) {
    const file = fileArg(args.positionals, this.usage);
    const value = await withWorkspace(args, 'exclusive', async (ctx) => {
      const r = await dispatch(ctx, 'dossier.import', { path: file });
      if (!r.ok && r.error.code === 'BAD_FILE' && Array.isArray(r.error.details)) refuse(r.error.details as DossierProblem[], io);
      if (!r.ok) throw new AppError(r.error.code, r.error.message);
      return r.value as { id: number; alreadyImported: boolean; version: number };
    });
    if (args.flags.json) { io.out(JSON.stringify(value)); return; }
    io.out(value.alreadyImported
      ? `Sudah pernah diimpor (#${value.id}, versi ${value.version}); tidak ada yang diubah / already imported (#${value.id}, version ${value.version}); nothing changed`
      : `Diimpor sebagai #${value.id}, versi ${value.version} / imported as #${value.id}, version ${value.version}`);
  },
};

export const dossierList: CliCommand = {
  path: ['dossier', 'list'],
  usage: 'dossier list --workspace DIR [--json]',
  summary: 'Daftar dossier yang diimpor / list imported dossiers',
  async run(args, io) {
    const rows = await withWorkspace(args, 'read', (ctx) => call(ctx, 'dossier.list', {})) as DossierRow[];
    if (args.flags.json) { io.out(JSON.stringify(rows, null, 2)); return; }
    if (rows.length === 0) { io.out('Belum ada dossier yang diimpor / no dossiers imported yet'); return; }
    for (const d of rows) {
      io.out(`#${d.id}  ${d.lksName ?? '-'}  ${d.roundName} v${d.version}  diekspor/exported ${d.exportedAt}  diimpor/imported ${d.importedAt}  [${d.signerFingerprint}] ${d.integrity}`);
    }
  },
};
