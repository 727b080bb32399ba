// CLI commands for workspaces and the LKS profile.
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { Profile } from '../../../shared/profile';
import { call, withWorkspace, type CliCommand } from './command';

export const workspaceInit: CliCommand = {
  path: ['workspace', 'init'],
  usage: 'workspace init DIR [--sample]',
  summary: 'Buat ruang kerja baru (opsional berisi LKS contoh) / create a workspace (optionally with the sample LKS)',
  booleans: ['sample'],
  async run(args, io) {
    const dir = args.positionals[0];
    if (!dir) throw new AppError('VALIDATION', 'Sebutkan folder: workspace init DIR / Name a folder: workspace init DIR');
    const target = path.resolve(dir);
    await withWorkspace({ ...args, flags: { ...args.flags, workspace: target } }, 'exclusive', async (ctx) => {
      if (args.flags.sample) await call(ctx, 'workspace.loadSample', {});
    }, true);
    io.out(`Ruang kerja siap / workspace ready: ${target}${args.flags.sample ? ' (dengan LKS contoh / with sample LKS)' : ''}`);
  },
};

export const profileShow: CliCommand = {
  path: ['profile', 'show'],
  usage: 'profile show [--workspace DIR] [--json]',
  summary: 'Tampilkan profil LKS / show the LKS profile',
  valued: ['workspace'],
  async run(args, io) {
    const { value, names } = await withWorkspace(args, 'read', async (ctx) => {
      const v = await call(ctx, 'profile.get', {}) as { profile: Profile | null; updatedAt: string | null };
      const codes = Object.values(v.profile?.address?.region ?? {}).filter((c): c is string => !!c);
      return { value: v, names: await call(ctx, 'regions.resolve', { codes }) as Record<string, string> };
    });
    if (args.flags.json) { io.out(JSON.stringify(value, null, 2)); return; }
    if (!value.profile) { io.out('Belum ada profil LKS / no LKS profile yet'); return; }
    const p = value.profile;
    const rows: [string, unknown][] = [
      ['Nama / Name', p.name], ['Bentuk hukum / Legal form', p.legalForm], ['Jenis LKS / Type', p.lksType],
      ['Alamat / Address', p.address?.street], ['Wilayah / Region', Object.values(p.address?.region ?? {}).map((c) => names[c as string] ?? c).join(' › ')],
      ['NPWP', p.registration?.npwp], ['Izin operasional berlaku s.d. / Licence expiry', p.registration?.izinOperasionalExpiry],
      ['Tahun berdiri / Founded', p.foundingYear], ['Klien / Clients', p.clientsServed], ['Staf / Staff', p.staffCount],
      ['Diperbarui / Updated', value.updatedAt],
    ];
    for (const [k, v] of rows) if (v !== undefined && v !== '') io.out(`${k.padEnd(44)} ${String(v)}`);
  },
};
