// Sanity check that the export streams: 200 MB of evidence must not grow the process by anywhere near that much.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { blobPath } from '../../../electron/services/evidence/files';
import { tempDir } from '../../helpers/tmp';
import { sampleWorkspace } from './export-helpers';

const MB = 1024 * 1024;

/** Writes one file of `size` bytes (a random 1 MB block, stamped with file and block number) straight into the store; returns its hash. */
function storeGenerated(evidenceDir: string, size: number, block: Buffer, fileNo: number): string {
  const tmp = path.join(evidenceDir, `gen-${crypto.randomUUID()}`);
  const fd = fs.openSync(tmp, 'w');
  const hash = crypto.createHash('sha256');
  for (let off = 0, n = 0; off < size; off += block.length, n++) {
    block.writeUInt32BE(fileNo, 0);
    block.writeUInt32BE(n, 4);
    const part = block.subarray(0, Math.min(block.length, size - off));
    hash.update(part);
    fs.writeSync(fd, part);
  }
  fs.closeSync(fd);
  const sha = hash.digest('hex');
  const file = blobPath(evidenceDir, sha);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.renameSync(tmp, file);
  return sha;
}

describe('dossier export memory', () => {
  it('exports 200 MB of evidence with RSS growth under 100 MB', async () => {
    const { t, roundId } = await sampleWorkspace();
    // A first export of the small sample loads and warms what every export needs (scoring, the docx library,
    // documents); what is measured below is what 200 MB more evidence adds.
    const warm = process.memoryUsage().rss;
    await exportDossier(t.ctx, { roundId, out: path.join(tempDir(), 'kecil.swanilai'), language: 'id' });
    const fixed = process.memoryUsage().rss - warm;
    const db = t.ws.db;
    const code = (db.prepare("SELECT code FROM answer WHERE assessment_id = ? AND target = 'indicator' LIMIT 1").get(roundId) as { code: string }).code;
    const block = crypto.randomBytes(MB);
    for (let i = 0; i < 8; i++) {
      const size = 25 * MB;
      const sha = storeGenerated(t.ws.evidenceDir, size, block, i);
      const id = Number(db.prepare('INSERT INTO evidence (sha256, size, original_name, media_type, kind, title, added_at) VALUES (?, ?, ?, ?, NULL, ?, ?)')
        .run(sha, size, `video-${i}.mp4`, 'video/mp4', `Rekaman ${i}`, new Date().toISOString()).lastInsertRowid);
      db.prepare("INSERT INTO evidence_link (evidence_id, assessment_id, target, code) VALUES (?, ?, 'indicator', ?)").run(id, roundId, code);
    }
    const out = path.join(tempDir(), 'besar.swanilai');
    const before = process.memoryUsage().rss;
    let peak = before;
    const started = Date.now();
    const r = await exportDossier(t.ctx, { roundId, out, language: 'id', onProgress: () => { peak = Math.max(peak, process.memoryUsage().rss); } });
    const seconds = (Date.now() - started) / 1000;
    const after = process.memoryUsage().rss;
    expect(r.size).toBeGreaterThan(200 * MB);
    console.log(`first small export grew RSS by ${(fixed / MB).toFixed(0)} MB; export ${(r.size / MB).toFixed(0)} MB in ${seconds.toFixed(1)} s; RSS before ${(before / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, after ${(after / MB).toFixed(0)} MB`);
    expect(peak - before).toBeLessThan(100 * MB);
    expect(after - before).toBeLessThan(100 * MB);
    fs.rmSync(out);
  }, 120_000);
});
