// Benchmark (and the measured test's engine): a large evidence file imported through the desktop's routed path:
// chunks sent from this process (the router, as Electron's main process) to the real back end in a child process
// (the same serveBackend as the utilityProcess), then streamed back. Samples THIS process's RSS every 50 ms: it must
// stay flat whatever the file size, which is what proves that neither direction holds the whole file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BackendRouter } from '../electron/backend-channel';
import { forkBackend } from '../electron/backend-node';

const ENTRY = fileURLToPath(new URL('../electron/backend-node-entry.ts', import.meta.url));
const MB = 1024 * 1024;

async function must<T>(p: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

export async function routedUpload(sizeMb = Number(process.env.SWANILAI_BENCH_UPLOAD_MB ?? 1024)): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-routed-'));
  const router = new BackendRouter({ spawn: () => forkBackend(ENTRY, ['--import', 'tsx']), start: { workspaceDir: dir, purpose: 'bench' } });
  try {
    await must(router.start());
    const rss = () => process.memoryUsage().rss;
    const rss0 = rss();
    let peak = rss0;
    const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 50);
    const size = sizeMb * MB;
    const t0 = performance.now();
    const { uploadId, chunkSize } = await must<{ uploadId: string; chunkSize: number }>(router.call('evidence.uploadBegin', { name: 'besar.bin', size, mediaType: 'application/octet-stream' }));
    const sent = crypto.createHash('sha256');
    for (let offset = 0; offset < size; offset += chunkSize) {
      // A fresh buffer per chunk, as each IPC message from the renderer arrives in main as a new one.
      const chunk = crypto.randomFillSync(new Uint8Array(Math.min(chunkSize, size - offset)));
      sent.update(chunk);
      await must(router.chunk(uploadId, offset, chunk));
      peak = Math.max(peak, rss());
    }
    const { evidence } = await must<{ evidence: { id: number; sha256: string; size: number } }>(router.call('evidence.uploadFinish', { uploadId }));
    const uploadMs = performance.now() - t0;
    const t1 = performance.now();
    const read = await must<{ stream: ReadableStream<Uint8Array>; size: number }>(router.read('evidence', [evidence.id]));
    const back = crypto.createHash('sha256');
    let readBytes = 0;
    for await (const slice of read.stream as unknown as AsyncIterable<Uint8Array>) {
      back.update(slice);
      readBytes += slice.byteLength;
      peak = Math.max(peak, rss());
    }
    const readMs = performance.now() - t1;
    clearInterval(sampler);
    const sha = sent.digest('hex');
    return {
      name: 'routed evidence upload and read (router RSS)',
      sizeMb,
      uploadMs: Math.round(uploadMs),
      readMs: Math.round(readMs),
      storedIntact: evidence.sha256 === sha && evidence.size === size,
      readBackIntact: back.digest('hex') === sha && readBytes === size,
      routerRssStartMb: Math.round(rss0 / MB),
      routerPeakAboveStartMb: Math.round((peak - rss0) / MB),
      /** Router memory growth as a share of the file size: streaming keeps it a small fraction. */
      peakGrowthPerFileSize: Number(((peak - rss0) / size).toFixed(3)),
      table: [{
        measure: 'router peak RSS growth / file size',
        says: `${((peak - rss0) / size).toFixed(3)} (${Math.round((peak - rss0) / MB)} MB over a ${sizeMb} MB file; lower is better, 1.0 = whole file held)`,
      }],
    };
  } finally {
    await router.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
