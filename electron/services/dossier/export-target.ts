// Where an export goes when no path was chosen (the web host has no save dialog): the workspace's exports/ folder.
import fs from 'node:fs';
import path from 'node:path';
import { localIsoDate } from '../../../shared/dates';
import type { HandlerContext } from '../context';
import { readProfile } from '../handlers/profile';

export const EXPORTS_DIR = 'exports';

/** "Yayasan Kasih Ibu (Sleman)" → "yayasan-kasih-ibu-sleman"; ASCII only, so the name survives any file system. */
export function slug(name: string | undefined): string {
  const s = (name ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return s || 'lks';
}

/** exports/berkas-akreditasi-<lks>-<yyyy-mm-dd>.swanilai, with -2, -3, … when that name is taken. */
export function defaultExportPath(ctx: HandlerContext): string {
  const dir = path.join(ctx.workspace.dir, EXPORTS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const base = `berkas-akreditasi-${slug(readProfile(ctx).profile?.name)}-${localIsoDate(ctx.now())}`;
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n === 1 ? '' : `-${n}`}.swanilai`);
    if (!fs.existsSync(file)) return file;
  }
}
