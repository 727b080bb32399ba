// Timing helpers for benchmarks: run a function many times and summarise (median, p95, max) in milliseconds;
// ratios in words, the machine, and the results files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Stats { n: number; median: number; p95: number; max: number; mean: number }

export function summarise(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

export async function timeEach(n: number, fn: (i: number) => unknown | Promise<unknown>): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;

/** "1.30× faster than X" or "0.80× the speed of X": baseline time over ours, said in plain words. */
export function speed(baselineMs: number, oursMs: number, what: string): { ratio: number; text: string } {
  const ratio = Number((baselineMs / oursMs).toFixed(2));
  return { ratio, text: ratio >= 1 ? `${ratio.toFixed(2)}× faster than ${what}` : `${ratio.toFixed(2)}× the speed of ${what}` };
}

/** One line of the table `npm run bench` prints at the end: what was measured and its ratio in words. */
export interface TableRow { measure: string; says: string }

/** The machine the numbers came from, stored with each result (these machines are shared, so load is recorded). */
export function machine(): Record<string, unknown> {
  let disk = 'unknown';
  try {
    const line = execFileSync('df', ['-T', '-h', os.tmpdir()], { encoding: 'utf8' }).trim().split('\n').pop()!.split(/\s+/);
    disk = `${line[0]} (${line[1]}, ${line[2]}, ${line[4]} free) for ${os.tmpdir()}`;
  } catch { /* df missing: leave unknown */ }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown', nproc: os.availableParallelism(), ramGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    disk, os: `${os.type()} ${os.release()}`, node: process.version, loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}

/** Writes bench/results/<name>.json with the date and the machine. */
export function writeResult(name: string, result: Record<string, unknown>): string {
  const file = path.join(import.meta.dirname, 'results', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...result, date: new Date().toISOString(), machine: machine() }, null, 2) + '\n');
  return path.relative(process.cwd(), file);
}
