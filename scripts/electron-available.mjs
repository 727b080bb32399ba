// Checks that Electron's binary is present (fetching it once if needed); otherwise says so in one line and exits 1,
// and scripts/run.sh falls back to the web host. SWANILAI_NO_ELECTRON=1 forces that path (tests, or a user who
// prefers the browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(dir, 'path.txt');
const present = () => fs.existsSync(pathFile) && fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));

const forced = process.env.SWANILAI_NO_ELECTRON === '1';
if (!forced && !present()) spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
if (forced || !present()) {
  console.error(forced
    ? 'Electron dimatikan (SWANILAI_NO_ELECTRON=1); membuka antarmuka yang sama di peramban. / Electron turned off (SWANILAI_NO_ELECTRON=1); opening the same UI in a browser.'
    : 'Electron tidak dapat dijalankan di mesin ini (biner tidak tersedia); membuka antarmuka yang sama di peramban. / Electron cannot run on this machine (binary missing); opening the same UI in a browser.');
  process.exit(1);
}
