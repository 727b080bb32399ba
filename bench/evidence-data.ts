// Evidence for the benchmarks: mixed-size source files on disk, and importing them into a workspace through the
// app's own upload path (begin → chunks → finishUpload), as the evidence screen does file by file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext } from '../electron/services/context';
import { finishUpload } from '../electron/services/evidence/service';
import { acceptChunk, beginUpload, CHUNK_SIZE } from '../electron/services/evidence/transfer';

const KB = 1024;
const MB = 1024 * KB;

/** mulberry32: the same sizes on every machine, so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` sizes, log-uniform over a 1:1000 spread (like scans next to short letters), scaled to sum to `total`;
 * with 1,000 files and 2 GB that is about 40 KB to 40 MB, the largest well under the 1 GB per-file limit.
 */
export function mixedSizes(count: number, total: number, seed = 13): number[] {
  const rand = random(seed);
  const raw = Array.from({ length: count }, () => Math.exp(rand() * Math.log(1000)));
  const sum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(1, Math.floor((r / sum) * total)));
  sizes[0] += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

/** Writes the files into `dir` (f0000.pdf …): random bytes from a shared pool, each file starting with its own index so no two are alike. */
export function writeSourceFiles(dir: string, sizes: number[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const pool = crypto.randomBytes(16 * MB + 4 * KB);
  return sizes.map((size, i) => {
    const file = path.join(dir, `f${String(i).padStart(4, '0')}.pdf`);
    const fd = fs.openSync(file, 'w');
    let off = 0;
    for (let k = 0; off < size; k++) {
      const n = Math.min(4 * MB, size - off);
      const start = (i * 4099 + k * 1031) % (pool.length - n);
      const part = Buffer.from(pool.subarray(start, start + n));
      part.writeUInt32BE(i, 0);
      fs.writeSync(fd, part);
      off += n;
    }
    fs.closeSync(fd);
    return file;
  });
}

/**
 * Imports each file as the app does: begin an upload, send its bytes in CHUNK_SIZE chunks read from the source file
 * (what the renderer's File slices become), finish it with a link to an indicator when a round is given.
 */
export function importFiles(ctx: HandlerContext, files: string[], link?: { assessmentId: number; codes: string[] }): number {
  const buf = Buffer.alloc(CHUNK_SIZE);
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    const size = fs.statSync(file).size;
    const { uploadId } = beginUpload(ctx, path.basename(file), size, 'application/pdf');
    const fd = fs.openSync(file, 'r');
    try {
      for (let off = 0; off < size;) {
        const n = fs.readSync(fd, buf, 0, Math.min(CHUNK_SIZE, size - off), off);
        acceptChunk(ctx, uploadId, off, buf.subarray(0, n));
        off += n;
      }
    } finally {
      fs.closeSync(fd);
    }
    finishUpload(ctx, uploadId, {}, link ? { assessmentId: link.assessmentId, target: 'indicator', code: link.codes[i % link.codes.length] } : undefined);
    bytes += size;
  }
  return bytes;
}
