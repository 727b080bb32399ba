// Where Electron's binary is, if it is there: one check for `npm start` (electron-available.mjs) and
// `npm run test:electron` (test-electron.mjs). SWANILAI_NO_ELECTRON=1 makes it count as missing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const electronPackageDir = path.dirname(require.resolve('electron/package.json'));

/** The executable's path, or null when the package is installed without its binary (as on machines offline). */
export function electronBinary() {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(electronPackageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

export const electronForcedOff = () => process.env.SWANILAI_NO_ELECTRON === '1';
