// `npm run test:electron`: Playwright's Electron tests (tests/electron) against the built app. Where the Electron
// binary is missing (machines that cannot download it), prints one line and exits 0: there is nothing to run.
import { spawnSync } from 'node:child_process';
import { electronBinary, electronForcedOff } from './electron-binary.mjs';

const exe = electronForcedOff() ? null : electronBinary();
if (!exe) {
  console.log('skipped: Electron binary not available');
  process.exit(0);
}
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (process.env.SWANILAI_NO_BUILD !== '1') {
  const built = run('npm', ['run', '-s', 'build']);
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)], { SWANILAI_ELECTRON: exe }));
