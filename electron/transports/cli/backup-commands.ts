// CLI commands for workspace backups: create one now, list them, restore one (asks first unless --yes). They open
// a damaged database too, so a workspace that no longer opens can still be restored from the command line.
import readline from 'node:readline/promises';
import type { BackupInfo } from '../../../shared/api/contract-backup';
import { AppError } from '../../../shared/api/result';
import { call, withWorkspace, type CliCommand } from './command';

const mb = (n: number) => `${(n / 1_048_576).toFixed(n < 10_485_760 ? 2 : 1)} MB`;

export const backupCreate: CliCommand = {
  path: ['backup', 'create'],
  usage: 'backup create --workspace DIR [--json]',
  summary: 'Buat cadangan basis data sekarang / back the database up now',
  async run(args, io) {
    const b = await withWorkspace(args, 'exclusive', (ctx) => call(ctx, 'backup.create', {})) as BackupInfo;
    io.out(args.flags.json ? JSON.stringify(b) : `Cadangan dibuat / backup made: ${b.id} (${mb(b.size)})`);
  },
};

export const backupList: CliCommand = {
  path: ['backup', 'list'],
  usage: 'backup list --workspace DIR [--json]',
  summary: 'Daftar cadangan, terbaru dulu / list backups, newest first',
  async run(args, io) {
    const r = await withWorkspace(args, 'read', (ctx) => call(ctx, 'backup.list', {}), false, true) as { backups: BackupInfo[]; damaged: { message: string } | null };
    if (args.flags.json) { io.out(JSON.stringify(r, null, 2)); return; }
    if (r.damaged) io.err(r.damaged.message);
    if (!r.backups.length) { io.out('Belum ada cadangan / no backups yet'); return; }
    for (const b of r.backups) io.out(`${b.id}  ${b.createdAt.replace('T', ' ').slice(0, 19)} UTC  ${b.reason.padEnd(16)} ${mb(b.size)}`);
  },
};

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|ya|yes)$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export const backupRestore: CliCommand = {
  path: ['backup', 'restore'],
  usage: 'backup restore (ID | --latest) --workspace DIR [--yes] [--json]',
  summary: 'Pulihkan cadangan (keadaan sekarang dicadangkan dulu) / restore a backup (the current state is backed up first)',
  booleans: ['latest', 'yes'],
  async run(args, io) {
    const id = args.flags.latest ? 'latest' : args.positionals[0];
    if (!id) throw new AppError('VALIDATION', `Sebutkan ID cadangan dari "backup list" atau --latest / give a backup ID from "backup list" or --latest: ${this.usage}`);
    if (!args.flags.yes && !(await confirm(`Pulihkan ${id}? Keadaan sekarang dicadangkan dulu. / Restore ${id}? The current state is backed up first.`))) {
      throw new AppError('CONFLICT', 'Tidak dipulihkan: tambahkan --yes untuk memulihkan tanpa bertanya / not restored: add --yes to restore without the question');
    }
    const r = await withWorkspace(args, 'exclusive', (ctx) => call(ctx, 'backup.restore', { id, confirm: true }), false, true) as { restored: string; keptAs: string | null; damagedCopy: string | null };
    if (args.flags.json) { io.out(JSON.stringify(r)); return; }
    io.out(`Dipulihkan / restored: ${r.restored}`);
    if (r.keptAs) io.out(`Keadaan sebelumnya dicadangkan sebagai / the previous state was backed up as: ${r.keptAs}`);
    if (r.damagedCopy) io.out(`Berkas rusak disimpan di / the damaged file was kept at: ${r.damagedCopy}`);
  },
};
