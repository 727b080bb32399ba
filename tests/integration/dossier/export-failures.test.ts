// A cancelled or failed export leaves nothing behind: no file at the target, no temp file, and says why.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { blobPath } from '../../../electron/services/evidence/files';
import { tempDir } from '../../helpers/tmp';
import { sampleWorkspace } from './export-helpers';

const contents = (dir: string) => fs.readdirSync(dir);

async function withLargeEvidence() {
  const s = await sampleWorkspace();
  const bytes = crypto.randomBytes(3 * 1024 * 1024);
  const { uploadId } = await s.t.value('evidence.uploadBegin', { name: 'foto-kegiatan.jpg', size: bytes.length, mediaType: 'image/jpeg' });
  for (let off = 0; off < bytes.length; off += 1024 * 1024) s.t.ctx.uploads.chunk(uploadId, off, bytes.subarray(off, off + 1024 * 1024));
  const code = (await s.t.value<{ indicators: Record<string, unknown> }>('assessment.get', { id: s.roundId })).indicators;
  const first = Object.keys(code)[0];
  const { evidence } = await s.t.value('evidence.uploadFinish', { uploadId, link: { assessmentId: s.roundId, target: 'indicator', code: first } });
  return { ...s, sha256: evidence.sha256 as string };
}

describe('dossier export failures', () => {
  it('cancelled after the first progress report: no file, no temp file', async () => {
    const { t, roundId } = await withLargeEvidence();
    const dir = tempDir();
    const controller = new AbortController();
    let reports = 0;
    const run = exportDossier(t.ctx, { roundId, out: path.join(dir, 'x.swanilai'), language: 'id', signal: controller.signal, onProgress: () => { reports++; controller.abort(); } });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(reports).toBeGreaterThan(0);
    expect(contents(dir)).toEqual([]);
  });

  it('an already aborted signal writes nothing', async () => {
    const { t, roundId } = await sampleWorkspace();
    const dir = tempDir();
    await expect(exportDossier(t.ctx, { roundId, out: path.join(dir, 'x.swanilai'), language: 'id', signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(contents(dir)).toEqual([]);
  });

  it('a target folder that does not exist is named in the error', async () => {
    const { t, roundId } = await sampleWorkspace();
    const missing = path.join(tempDir(), 'tidak-ada');
    await expect(exportDossier(t.ctx, { roundId, out: path.join(missing, 'x.swanilai'), language: 'id' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('tidak-ada') });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('an evidence file deleted from the store: clear error naming it, nothing written', async () => {
    const { t, roundId, sha256 } = await withLargeEvidence();
    fs.rmSync(blobPath(t.ws.evidenceDir, sha256));
    const dir = tempDir();
    await expect(exportDossier(t.ctx, { roundId, out: path.join(dir, 'x.swanilai'), language: 'id' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('foto-kegiatan') });
    expect(contents(dir)).toEqual([]);
  });

  it('an evidence file changed in the store (same size) is caught by the check of the written file', async () => {
    const { t, roundId, sha256 } = await withLargeEvidence();
    const file = blobPath(t.ws.evidenceDir, sha256);
    fs.chmodSync(file, 0o644);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('rusak'), 0, 5, 1000);
    fs.closeSync(fd);
    const dir = tempDir();
    await expect(exportDossier(t.ctx, { roundId, out: path.join(dir, 'x.swanilai'), language: 'id' })).rejects.toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining(sha256) });
    expect(contents(dir)).toEqual([]);
  });

  it('a file truncated while the export reads it fails the export and leaves nothing', async () => {
    const { t, roundId, sha256 } = await withLargeEvidence();
    const file = blobPath(t.ws.evidenceDir, sha256);
    const dir = tempDir();
    let done = false;
    const run = exportDossier(t.ctx, { roundId, out: path.join(dir, 'x.swanilai'), language: 'id', onProgress: () => {
      if (done) return;
      done = true;
      fs.chmodSync(file, 0o644);
      fs.truncateSync(file, 10);
    } });
    await expect(run).rejects.toMatchObject({ code: expect.stringMatching(/INTERNAL|BAD_FILE/) });
    expect(contents(dir)).toEqual([]);
  });
});
