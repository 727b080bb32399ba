// Runs crash-worker.ts as a real child process and kills it with SIGKILL after a seeded random delay.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../helpers/processes';

/** mulberry32: a tiny seeded generator, so a failing run can be repeated with SWANILAI_CRASH_SEED. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function crashSeed(): number {
  const fromEnv = Number(process.env.SWANILAI_CRASH_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : crypto.randomInt(1, 2 ** 31);
}

/**
 * Bundles the worker into one file once per test file: through tsx every start spent seconds compiling the
 * back end's modules, and the test starts the worker dozens of times. Dependencies stay external (loaded from
 * node_modules, the bundle sits under node_modules/.cache so Node finds them).
 */
export async function bundleWorker(): Promise<string> {
  const out = path.join(ROOT, 'node_modules', '.cache', 'swanilai-reliability', `crash-worker-${process.pid}-${crypto.randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'tests/reliability/crash-worker.ts')], bundle: true, platform: 'node', format: 'esm',
    target: 'node22', packages: 'external', outfile: out, logLevel: 'warning',
  });
  return out;
}

export interface KillOutcome { acks: any[]; ready: boolean; done: boolean }

/**
 * Starts the worker, waits for READY (printed just before it opens the workspace), waits `delayMs`, sends
 * SIGKILL. Only complete lines count: an ACK cut off by the kill was never seen by a user either.
 */
export function runAndKill(bundle: string, args: string[], delayMs: number): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ready = false;
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!ready && out.includes('READY\n')) {
        ready = true;
        setTimeout(() => { killed = true; child.kill('SIGKILL'); }, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`worker ended by itself (code ${code}, signal ${signal}) before the kill:\n${err || out}`));
        return;
      }
      const lines = out.split('\n').slice(0, -1); // the last element is the unfinished line (or '')
      resolve({ acks: lines.filter((l) => l.startsWith('ACK ')).map((l) => JSON.parse(l.slice(4))), ready, done: lines.includes('DONE') });
    });
  });
}

/** Files a killed writer could leave half-done, anywhere in the workspace; what the next open must sweep. */
export function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (/^\.staging-/.test(e.name)) found.push(p);
        walk(p);
      } else if (p.includes(`${path.sep}.incoming${path.sep}`) || /\.part(-[0-9a-f]+)?(-journal|-wal|-shm)?$|\.restore-part$/.test(e.name)) {
        found.push(p);
      }
    }
  };
  walk(dir);
  return found;
}

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
