// Benchmark: importing 1,000 evidence files of mixed sizes (2 GB by default) through the app's upload path into a
// fresh workspace, against `cp` + `sha256sum` of the same files (copy and hash: what the import does), in the same
// run, alternating app and baseline (ABBA) so machine load touches both alike.
//   SWANILAI_BENCH_EVIDENCE_GB (default 2), SWANILAI_BENCH_EVIDENCE_FILES (default 1000),
//   SWANILAI_BENCH_EVIDENCE_REPS (default 2 of each).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../electron/services/app-version';
import { createContext } from '../electron/services/context';
import { openWorkspace } from '../electron/services/workspace/workspace';
import { importFiles, mixedSizes, writeSourceFiles } from './evidence-data';
import { speed, summarise, writeResult, type TableRow } from './util';

const MB = 1024 * 1024;

/** Runs a command, failing loudly; returns its wall time in ms. */
function timed(cmd: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const took = performance.now() - t0;
  if (r.error) throw new Error(`${cmd} is needed for the baseline: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}`);
  return took;
}

export async function evidenceImportBench(): Promise<Record<string, unknown>> {
  const gb = Number(process.env.SWANILAI_BENCH_EVIDENCE_GB ?? 2);
  const count = Number(process.env.SWANILAI_BENCH_EVIDENCE_FILES ?? 1000);
  const reps = Number(process.env.SWANILAI_BENCH_EVIDENCE_REPS ?? 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-evidence-'));
  try {
    const sizes = mixedSizes(count, Math.round(gb * 1024 * MB));
    console.error(`evidence: writing ${count} source files (${gb} GB) …`);
    const src = path.join(dir, 'src');
    const files = writeSourceFiles(src, sizes);
    const names = files.map((f) => path.basename(f));
    const dest = path.join(dir, 'copy');

    // Baseline: copy into a folder, then hash the copies (one cp, one sha256sum for all files). `sync` of the copies
    // is timed apart: the app fsyncs every file before saying it is saved; cp does not.
    const baseline = () => {
      fs.mkdirSync(dest);
      const cp = timed('cp', [...names, dest], src);
      const sha = timed('sha256sum', names, dest);
      const sync = timed('sync', ['-f', dest], dest);
      fs.rmSync(dest, { recursive: true, force: true });
      return { cp, sha, sync };
    };
    // Time spent waiting for fsync (each file and its folder; SQLite's own commit flushes are native and not in
    // here), to show how much of the gap to cp is the per-file durability cp does not have.
    let fsyncMs = 0;
    const realFsync = fs.fsyncSync;
    const countingFsync = (fd: number) => { const t = performance.now(); try { realFsync(fd); } finally { fsyncMs += performance.now() - t; } };
    const fsyncs: number[] = [];
    const app = () => {
      const wsDir = path.join(dir, 'ws');
      const ws = openWorkspace(wsDir, { mode: 'exclusive', purpose: 'bench', create: true });
      const ctx = createContext(ws, 'test', APP_VERSION);
      fsyncMs = 0;
      (fs as { fsyncSync: typeof fs.fsyncSync }).fsyncSync = countingFsync;
      const t0 = performance.now();
      try { importFiles(ctx, files); } finally { (fs as { fsyncSync: typeof fs.fsyncSync }).fsyncSync = realFsync; }
      const took = performance.now() - t0;
      fsyncs.push(fsyncMs);
      const stored = (ws.db.prepare('SELECT COUNT(*) AS n FROM evidence').get() as { n: number }).n;
      ws.close();
      fs.rmSync(wsDir, { recursive: true, force: true });
      if (stored !== count) throw new Error(`evidence: ${stored} of ${count} files stored`);
      return took;
    };
    const base: { cp: number; sha: number; sync: number }[] = [];
    const ours: number[] = [];
    // ABBA…: baseline, app, app, baseline, …
    for (let r = 0; r < reps; r++) {
      console.error(`evidence: round ${r + 1} of ${reps} …`);
      if (r % 2 === 0) { base.push(baseline()); ours.push(app()); } else { ours.push(app()); base.push(baseline()); }
    }
    const med = (xs: number[]) => summarise(xs).median;
    const cpSha = med(base.map((b) => b.cp + b.sha));
    const cpShaSync = med(base.map((b) => b.cp + b.sha + b.sync));
    const appMs = med(ours);
    const vsCpSha = speed(cpSha, appMs, 'cp + sha256sum');
    const vsCpShaSync = speed(cpShaSync, appMs, 'cp + sha256sum + sync');
    const totalMb = sizes.reduce((a, b) => a + b, 0) / MB;
    const result = {
      name: `evidence import: ${count} files, ${totalMb.toFixed(0)} MB (${(Math.min(...sizes) / 1024).toFixed(0)} KB–${(Math.max(...sizes) / MB).toFixed(1)} MB), upload path into a fresh workspace`,
      timed: 'app = begin, 4 MB chunks read from the source file, finishUpload (hash while writing, fsync, rename, folder fsync, database row), per file; '
        + 'baseline = cp of the same files into one folder, then sha256sum of the copies; sync of the copies reported apart. Median of the repetitions, ABBA order, warm page cache.',
      target: 'ratio ≥ 1.0 against cp + sha256sum',
      met: vsCpSha.ratio >= 1,
      app: { medianMs: Math.round(appMs), MBps: Math.round(totalMb / (appMs / 1000)), runsMs: ours.map(Math.round), fsyncWaitMs: fsyncs.map(Math.round) },
      baseline: { cpShaMedianMs: Math.round(cpSha), cpShaSyncMedianMs: Math.round(cpShaSync), runs: base.map((b) => ({ cpMs: Math.round(b.cp), sha256sumMs: Math.round(b.sha), syncMs: Math.round(b.sync) })) },
      ratios: { vsCpSha: vsCpSha.ratio, vsCpShaSync: vsCpShaSync.ratio, text: `${vsCpSha.text}; ${vsCpShaSync.text}; ${Math.round((100 * med(fsyncs)) / appMs)}% of the app's time waits for per-file fsync` },
    };
    const written = writeResult('evidence', result);
    const table: TableRow[] = [{ measure: `evidence import, ${count} files, ${(totalMb / 1024).toFixed(1)} GB (${Math.round(appMs / 1000)} s)`, says: result.ratios.text }];
    return { ...result, written, table };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
