// `npm run dist`: builds the installers for this OS with electron-builder (extra arguments are passed on, e.g.
// `npm run dist -- --linux deb`). electron-builder downloads Electron and its installer tools (NSIS, AppImage,
// fpm) from GitHub; without that network it would fail after a long timeout, so check first and say so in one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
const mirror = (process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/').replace(/\/?$/, '/');
const probe = `${mirror}v${version}/SHASUMS256.txt`;

function cachedElectron() {
  const dir = process.env.electron_config_cache || process.env.ELECTRON_CACHE || path.join(os.homedir(), '.cache', 'electron');
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  try { return fs.readdirSync(dir, { recursive: true }).map(String).some((f) => f.endsWith(zip)); } catch { return false; }
}

async function reachable(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(8000) });
    return res.ok;
  } catch { return false; }
}

// SWANILAI_DIST_SKIP_CHECK=1 skips the check (e.g. a proxy that refuses HEAD requests).
if (!process.env.SWANILAI_DIST_SKIP_CHECK && !cachedElectron() && !(await reachable(probe))) {
  console.error(`Tidak bisa membuat installer / cannot build installers: Electron ${version} cannot be downloaded from ${probe} (no network to GitHub here; set ELECTRON_MIRROR or use a machine with internet).`);
  process.exit(1);
}
const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
const r = spawnSync(bin, ['--config', 'electron-builder.yml', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
if (r.status === 0) console.log(`Installers written to ${path.join(ROOT, 'release')}`);
process.exit(r.status ?? 1);
