// Benchmark: storing a large evidence file through the chunked upload path vs a plain file copy (time and memory).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EvidenceUploads } from '../electron/services/evidence/files';
import { speed, writeResult, type TableRow } from './util';

export async function uploadLarge(sizeMb = Number(process.env.SWANILAI_BENCH_UPLOAD_MB ?? 1024)): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-up-'));
  const source = path.join(dir, 'big.bin');
  const block = crypto.randomBytes(1024 * 1024);
  const fd = fs.openSync(source, 'w');
  for (let i = 0; i < sizeMb; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);

  // Baseline in the same process: copying the file (read + write the same bytes, no hashing).
  const c0 = performance.now();
  fs.copyFileSync(source, path.join(dir, 'copy.bin'));
  const copyMs = performance.now() - c0;
  fs.rmSync(path.join(dir, 'copy.bin'));

  const evidenceDir = path.join(dir, 'evidence');
  fs.mkdirSync(evidenceDir);
  const uploads = new EvidenceUploads(evidenceDir);
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const t0 = performance.now();
  const { uploadId, chunkSize } = uploads.begin('big.bin', sizeMb * 1024 * 1024, 'application/octet-stream');
  const input = fs.openSync(source, 'r');
  const buf = Buffer.alloc(chunkSize);
  let offset = 0;
  for (;;) {
    const n = fs.readSync(input, buf, 0, chunkSize, offset);
    if (n === 0) break;
    uploads.chunk(uploadId, offset, buf.subarray(0, n));
    offset += n;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  fs.closeSync(input);
  const done = uploads.finish(uploadId);
  const uploadMs = performance.now() - t0;
  fs.rmSync(dir, { recursive: true, force: true });
  const vsCopy = speed(copyMs, uploadMs, 'copyFileSync');
  const result = {
    name: `upload: ${sizeMb} MB evidence file in ${chunkSize / 1024 / 1024} MB chunks`,
    copyBaseline: `${copyMs.toFixed(0)} ms`,
    upload: `${uploadMs.toFixed(0)} ms (${(sizeMb / (uploadMs / 1000)).toFixed(0)} MB/s)`,
    ratioToCopy: Number((uploadMs / copyMs).toFixed(2)),
    speed: vsCopy.text,
    extraMemory: `${((peak - rss0) / 1024 / 1024).toFixed(0)} MB`,
    stored: done.sha256.slice(0, 12),
  };
  const written = writeResult('upload', result);
  const table: TableRow[] = [{ measure: `one ${sizeMb} MB file through the upload path, hashed and fsynced (extra memory ${result.extraMemory})`, says: `${vsCopy.text} (no hash, no fsync)` }];
  return { ...result, written, table };
}
