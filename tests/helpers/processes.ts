// Runs the app's TypeScript entry points (CLI, web host) as real child processes, with the same Node as the tests.
import { spawn, spawnSync, type SpawnOptions, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
export const CLI_ENTRY = path.join(ROOT, 'electron/transports/bin/cli.ts');
export const WEB_ENTRY = path.join(ROOT, 'electron/transports/bin/web.ts');

/** process.execPath, not whatever `node` is first on PATH: better-sqlite3 13 needs Node >= 22. */
export function runTs(entry: string, args: string[], opts: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [TSX_CLI, entry, ...args], { encoding: 'utf8', timeout: 120_000, ...opts }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

export function spawnTs(entry: string, args: string[], opts: SpawnOptions = {}) {
  return spawn(process.execPath, [TSX_CLI, entry, ...args], opts);
}

/** The CLI as a user runs it. */
export const cli = (...args: string[]) => runTs(CLI_ENTRY, args);
