// Child process of the dossier benchmark (bench/dossier.ts), one per step and size so memory does not carry over:
//   prepare <workspaceDir> <bytes> <result.json>            the sample workspace plus generated evidence, through the services
//   measure <workspaceDir> <roundId> <out> <result.json>    exportDossier then verifyDossier, timed, with peak RSS
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../electron/services/app-version';
import { createContext } from '../electron/services/context';
import { dispatch } from '../electron/services/dispatch';
import { exportDossier, paperwork, type DocumentBuilder } from '../electron/services/dossier/export';
import { evidenceSources, gatherRound } from '../electron/services/dossier/manifest-build';
import { verifyDossier } from '../electron/services/dossier/verify';
import { finishUpload } from '../electron/services/evidence/service';
import { acceptChunk, beginUpload, CHUNK_SIZE } from '../electron/services/evidence/transfer';
import { openWorkspace } from '../electron/services/workspace/workspace';

const KB = 1024;
const MB = 1024 * KB;
const MIN_FILE = 100 * KB;
const MAX_FILE = 50 * MB;

/** Deterministic file sizes, log-uniform between 100 KB and 50 MB, summing exactly to `total`. */
function fileSizes(total: number, seed = 9): number[] {
  let s = seed >>> 0;
  const rand = () => { // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let size = Math.round(MIN_FILE * Math.exp(rand() * Math.log(MAX_FILE / MIN_FILE)));
    // The last file takes the remainder rather than leaving a sliver below the minimum.
    if (left - size < MIN_FILE) size = left;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function open(dir: string, create: boolean) {
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'bench', create });
  return { ws, ctx: createContext(ws, 'test', APP_VERSION) };
}

async function prepare(dir: string, bytes: number, resultFile: string): Promise<void> {
  const { ws, ctx } = open(dir, true);
  const value = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = await dispatch(ctx, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  await value('workspace.loadSample');
  const roundId = (await value<{ id: number }[]>('assessment.list'))[0].id;
  const codes = gatherRound(ctx, roundId).instrument.components.flatMap((c) => c.indicators.map((i) => i.code));
  const sizes = fileSizes(bytes);
  const chunk = Buffer.alloc(CHUNK_SIZE);
  // Every file goes in as the app stores it: upload begin, chunks, finish with a link to an indicator of the round.
  for (const [i, size] of sizes.entries()) {
    const { uploadId } = beginUpload(ctx, `bukti-${i}.pdf`, size, 'application/pdf');
    for (let off = 0; off < size; off += CHUNK_SIZE) {
      const part = chunk.subarray(0, Math.min(CHUNK_SIZE, size - off));
      crypto.randomFillSync(part);
      acceptChunk(ctx, uploadId, off, part);
    }
    finishUpload(ctx, uploadId, { title: `Bukti bangku uji ${i}` }, { assessmentId: roundId, target: 'indicator', code: codes[i % codes.length] });
  }
  // Exactly the files the export will put in the dossier (the sample's own linked evidence included).
  const files = evidenceSources(ctx, gatherRound(ctx, roundId)).map((e) => path.relative(ws.evidenceDir, e.file));
  const total = files.reduce((n, f) => n + fs.statSync(path.join(ws.evidenceDir, f)).size, 0);
  ws.close();
  fs.writeFileSync(resultFile, JSON.stringify({ roundId, generated: sizes.length, files, bytes: total, smallest: Math.min(...sizes), largest: Math.max(...sizes) }));
}

async function measure(dir: string, roundId: number, out: string, resultFile: string): Promise<void> {
  const { ws, ctx } = open(dir, false);
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);

  let docsMs = 0;
  const timedPaperwork: DocumentBuilder = async (...args) => {
    const d0 = performance.now();
    try { return await paperwork(...args); } finally { docsMs = performance.now() - d0; }
  };
  // exportDossier verifies the file it wrote before renaming it; its last progress report comes right after the
  // write (fsync included) and before that check, which splits the export into "write" and "built-in verify".
  let lastProgress = 0;
  let firstProgress = 0;
  const t0 = performance.now();
  const exported = await exportDossier(ctx, { roundId, out, language: 'id', onProgress: () => { lastProgress = performance.now(); firstProgress ||= lastProgress; } }, timedPaperwork);
  const t1 = performance.now();
  const peakExport = Math.max(peak, process.memoryUsage.rss());

  const v0 = performance.now();
  const report = await verifyDossier(out);
  const v1 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  if (!report.ok) throw new Error(`verifyDossier refused the exported file: ${JSON.stringify(report.problems.slice(0, 3))}`);
  ws.close();
  fs.writeFileSync(resultFile, JSON.stringify({
    size: exported.size, evidence: exported.evidence, documents: exported.documents, entries: report.entries.length,
    exportTotalMs: t1 - t0, exportWriteMs: lastProgress - t0, exportStreamMs: lastProgress - firstProgress, exportBuiltinVerifyMs: t1 - lastProgress, docsMs,
    verifyMs: v1 - v0,
    rssBeforeMb: rssBefore / MB, peakRssExportMb: peakExport / MB, peakRssMb: peak / MB,
    // maxRSS covers this whole process: opening the workspace, the export and the verification, nothing else.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'prepare') await prepare(args[0], Number(args[1]), args[2]);
else if (mode === 'measure') await measure(args[0], Number(args[1]), args[2], args[3]);
else if (mode !== undefined) throw new Error(`unknown mode ${mode}`);
