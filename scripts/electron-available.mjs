// Checks that Electron's binary is present (fetching it once if needed); otherwise says so in one line and exits 1,
// and scripts/run.sh falls back to the web host. SWANILAI_NO_ELECTRON=1 forces that path (tests, or a user who
// prefers the browser).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronForcedOff, electronPackageDir as dir } from './electron-binary.mjs';

const present = () => electronBinary() !== null;
const forced = electronForcedOff();
if (!forced && !present()) spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
if (forced || !present()) {
  console.error(forced
    ? 'Electron dimatikan (SWANILAI_NO_ELECTRON=1); membuka antarmuka yang sama di peramban. / Electron turned off (SWANILAI_NO_ELECTRON=1); opening the same UI in a browser.'
    : 'Electron tidak dapat dijalankan di mesin ini (biner tidak tersedia); membuka antarmuka yang sama di peramban. / Electron cannot run on this machine (binary missing); opening the same UI in a browser.');
  process.exit(1);
}
