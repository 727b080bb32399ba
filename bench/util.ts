// Timing helpers for benchmarks: run a function many times and summarise (median, p95, max) in milliseconds.
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
