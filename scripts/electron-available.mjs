// Checks that Electron's binary is present (fetching it once if needed); otherwise says so in one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(dir, 'path.txt');
const present = () => fs.existsSync(pathFile) && fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));

if (!present()) spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
if (!present()) {
  console.error('Electron tidak dapat dijalankan di mesin ini (biner Electron tidak tersedia); jalankan "npm run start:web" untuk membuka antarmuka yang sama di peramban. / Electron cannot run on this machine (its binary is missing); use "npm run start:web" to open the same UI in a browser.');
  process.exit(1);
}
