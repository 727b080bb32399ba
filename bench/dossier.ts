// Benchmark: exporting and verifying a round's dossier (0.5, 1, 2 GB of evidence) against zip/unzip/sha256sum on the
// same files in the same run, with the peak memory of export+verify. Each size runs in fresh child processes
// (bench/dossier-child.ts) so one size's memory does not show in the next. Override the sizes with
// SWANILAI_BENCH_DOSSIER_GB="0.05" for a quick try.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKEND_NODE_FLAGS } from '../electron/services/runtime-flags';
import { machine } from './util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'dossier-child.ts');
const RESULTS = path.join(HERE, 'results', 'dossier.json');
const MB = 1024 * 1024;
const GB = 1024 * MB;
/** The targets from issue 9: at least as fast as the plain tools, memory flat and under 300 MB whatever the size. */
export const TARGET = { ratio: 1.0, rssMb: 300 };

function child(args: string[]): Record<string, any> {
  const resultFile = path.join(os.tmpdir(), `swanilai-bench-dossier-${process.pid}-${Date.now()}.json`);
  const r = spawnSync(process.execPath, [...BACKEND_NODE_FLAGS, '--import', 'tsx', CHILD, ...args, resultFile], { stdio: ['ignore', 'inherit', 'inherit'], cwd: path.dirname(HERE) });
  if (r.status !== 0) throw new Error(`bench child ${args[0]} failed (exit ${r.status ?? r.signal})`);
  const out = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  fs.rmSync(resultFile, { force: true });
  return out;
}

/** Runs a command, failing loudly; returns its wall time in ms. */
function timed(cmd: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = performance.now() - t0;
  if (r.error) throw new Error(`${cmd} is needed for the baseline: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} … exited with ${r.status}`);
  return ms;
}

/** "1.30× faster than X" or "0.80× the speed of X": baseline time over ours, said in plain words. */
function speed(baselineMs: number, oursMs: number, what: string): { ratio: number; text: string } {
  const ratio = Number((baselineMs / oursMs).toFixed(2));
  return { ratio, text: ratio >= 1 ? `${ratio.toFixed(2)}× faster than ${what}` : `${ratio.toFixed(2)}× the speed of ${what}` };
}

async function oneSize(gb: number): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-dossier-'));
  try {
    const ws = path.join(dir, 'workspace');
    console.error(`dossier ${gb} GB: generating evidence …`);
    const prep = child(['prepare', ws, String(Math.round(gb * GB))]);
    const evidenceDir = path.join(ws, 'evidence');
    const files: string[] = prep.files;

    // Baseline for the export: the same evidence files into a stored (no compression) zip, then fsynced, as the
    // export fsyncs its file before renaming it.
    const baseZip = path.join(dir, 'baseline.zip');
    const zipMs = timed('zip', ['-0', '-r', '-q', baseZip, ...files], evidenceDir);
    const syncMs = timed('sync', [baseZip], dir);

    console.error(`dossier ${gb} GB: export + verify …`);
    const out = path.join(dir, 'bench.swanilai');
    const m = child(['measure', ws, String(prep.roundId), out]);

    // Baseline for the verification: what verify does (read every byte, check each CRC, hash each file).
    const unzipMs = timed('unzip', ['-tq', baseZip], dir);
    const shaMs = timed('sha256sum', files, evidenceDir);

    const exportVsZip = speed(zipMs + syncMs, m.exportWriteMs, 'zip -0 -r + fsync');
    const exportVsZipOnly = speed(zipMs, m.exportWriteMs, 'zip -0 -r (no fsync)');
    // The same bytes without the fixed cost of building the five DOCX files (which zip does not do).
    const streamVsZip = speed(zipMs + syncMs, m.exportStreamMs, 'zip -0 -r + fsync');
    const verifyVsTools = speed(unzipMs + shaMs, m.verifyMs, 'unzip -tq + sha256sum');
    const mbps = (ms: number) => Number((prep.bytes / MB / (ms / 1000)).toFixed(0));
    return {
      sizeGb: gb,
      evidence: { files: files.length, generated: prep.generated, bytes: prep.bytes, smallest: prep.smallest, largest: prep.largest },
      dossierBytes: m.size,
      export: {
        writeMs: Math.round(m.exportWriteMs), builtinVerifyMs: Math.round(m.exportBuiltinVerifyMs), totalMs: Math.round(m.exportTotalMs),
        documentsMs: Math.round(m.docsMs), writeMBps: mbps(m.exportWriteMs), streamMs: Math.round(m.exportStreamMs), streamMBps: mbps(m.exportStreamMs),
      },
      baselineZip: { zipMs: Math.round(zipMs), fsyncMs: Math.round(syncMs), MBps: mbps(zipMs + syncMs) },
      verify: { ms: Math.round(m.verifyMs), MBps: mbps(m.verifyMs) },
      baselineVerify: { unzipTestMs: Math.round(unzipMs), sha256sumMs: Math.round(shaMs), MBps: mbps(unzipMs + shaMs) },
      ratios: {
        exportVsZip: exportVsZip.ratio, exportVsZipNoFsync: exportVsZipOnly.ratio, verifyVsTools: verifyVsTools.ratio,
        exportStreamVsZip: streamVsZip.ratio, exportStreamText: `evidence stream ${streamVsZip.text}`,
        exportText: exportVsZip.text, exportNoFsyncText: exportVsZipOnly.text, verifyText: verifyVsTools.text,
      },
      rss: {
        beforeMb: Math.round(m.rssBeforeMb), peakExportMb: Math.round(m.peakRssExportMb), peakMb: Math.round(m.peakRssMb), maxRssMb: Math.round(m.maxRssMb),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function dossierBench(): Promise<Record<string, unknown>> {
  const loadAtStart = Number(os.loadavg()[0].toFixed(2));
  const sizes = (process.env.SWANILAI_BENCH_DOSSIER_GB ?? '0.5,1,2').split(',').map(Number).filter((n) => n > 0);
  const results = [];
  for (const gb of sizes) results.push(await oneSize(gb));
  const worstRss = Math.max(...results.map((r) => (r.rss as { maxRssMb: number }).maxRssMb));
  const ratios = results.map((r) => r.ratios as { exportVsZip: number; verifyVsTools: number });
  const summary = {
    name: 'dossier: export and verify a round with 0.1–50 MB random evidence files, each size in its own processes',
    timed: 'export = exportDossier up to its last progress report (gather, documents, manifest, zip stream, fsync), without '
      + 'the check it runs on the written file before renaming it (reported apart as builtinVerifyMs); verify = verifyDossier '
      + 'on the finished file. Baselines: zip -0 -r -q + sync <file>; unzip -tq + sha256sum. Same files, same run, warm page cache.',
    target: `ratio ≥ ${TARGET.ratio} (baseline time / ours), peak RSS < ${TARGET.rssMb} MB and flat across sizes`,
    met: {
      exportRatio: ratios.every((r) => r.exportVsZip >= TARGET.ratio),
      verifyRatio: ratios.every((r) => r.verifyVsTools >= TARGET.ratio),
      rss: worstRss < TARGET.rssMb,
    },
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage1mAtStart: loadAtStart },
    sizes: results,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(summary, null, 2) + '\n');
  // The short form for the terminal; the full numbers are in bench/results/dossier.json.
  return {
    name: summary.name,
    target: summary.target,
    met: summary.met,
    sizes: results.map((r: any) => ({
      size: `${r.sizeGb} GB (${r.evidence.files} files, ${(r.evidence.bytes / MB).toFixed(0)} MB)`,
      export: `${r.export.writeMs} ms write (${r.export.writeMBps} MB/s; documents ${r.export.documentsMs} ms) + ${r.export.builtinVerifyMs} ms built-in verify; zip -0 -r ${r.baselineZip.zipMs} ms + fsync ${r.baselineZip.fsyncMs} ms`,
      exportRatio: `export ${r.ratios.exportText}; ${r.ratios.exportNoFsyncText}; ${r.ratios.exportStreamText}`,
      verify: `${r.verify.ms} ms (${r.verify.MBps} MB/s); unzip -tq ${r.baselineVerify.unzipTestMs} ms + sha256sum ${r.baselineVerify.sha256sumMs} ms`,
      verifyRatio: `verify ${r.ratios.verifyText}`,
      rss: `peak ${r.rss.peakMb} MB sampled (${r.rss.beforeMb} MB before export), maxRSS ${r.rss.maxRssMb} MB`,
    })),
    written: path.relative(process.cwd(), RESULTS),
    table: results.flatMap((r: any) => [
      { measure: `dossier export, ${r.sizeGb} GB (${r.export.writeMs} ms; peak RSS ${r.rss.maxRssMb} MB)`, says: `${r.ratios.exportText}; ${r.ratios.exportStreamText}` },
      { measure: `dossier verify, ${r.sizeGb} GB (${r.verify.ms} ms)`, says: r.ratios.verifyText },
    ]),
  };
}
