// A dossier received by chunked upload: imported through the handler table, staging file always deleted, limits kept apart.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INCOMING } from '../../../electron/services/evidence/sweep';
import { MAX_DOSSIER_UPLOAD_BYTES, MAX_EVIDENCE_BYTES } from '../../../electron/services/evidence/limits';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier } from './build-dossier';

type T = ReturnType<typeof testWorkspace>;

async function upload(t: T, bytes: Buffer): Promise<string> {
  const { uploadId, chunkSize } = await t.value<{ uploadId: string; chunkSize: number }>('dossier.uploadBegin', { name: 'berkas.swanilai', size: bytes.length });
  for (let off = 0; off < bytes.length; off += chunkSize) t.ctx.uploads.chunk(uploadId, off, bytes.subarray(off, off + chunkSize));
  return uploadId;
}

const incoming = (t: T) => { const d = path.join(t.ws.evidenceDir, INCOMING); return fs.existsSync(d) ? fs.readdirSync(d) : []; };

describe('dossier.importUpload', () => {
  it('imports once, then says already imported; the staged file is gone each time', async () => {
    const t = testWorkspace();
    const { file } = await buildDossier();
    const bytes = fs.readFileSync(file);
    const first = await t.call('dossier.importUpload', { uploadId: await upload(t, bytes) });
    expect(first.ok && first.value).toMatchObject({ ok: true, problems: [], imported: { alreadyImported: false, version: 1 } });
    expect(incoming(t)).toEqual([]);
    const again = await t.value('dossier.importUpload', { uploadId: await upload(t, bytes) });
    expect(again.imported).toMatchObject({ alreadyImported: true, version: 1 });
    expect(incoming(t)).toEqual([]);
    expect(await t.value('dossier.list')).toHaveLength(1);
    t.ws.close();
  });

  it('a refused file answers with its problems, imports nothing and is deleted', async () => {
    const t = testWorkspace();
    const r = await t.value('dossier.importUpload', { uploadId: await upload(t, Buffer.from('not a zip at all')) });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'NOT_A_ZIP', message: { id: expect.any(String), en: expect.any(String) } });
    expect(r.imported).toBeNull();
    expect(incoming(t)).toEqual([]);
    expect(await t.value('dossier.list')).toEqual([]);
    t.ws.close();
  });

  it('keeps evidence and dossier uploads apart, with their own size limits', async () => {
    const t = testWorkspace();
    // Over the evidence limit but within the dossier limit: begun (nothing is written until chunks arrive), then cancelled.
    const big = await t.value('dossier.uploadBegin', { name: 'besar.swanilai', size: MAX_EVIDENCE_BYTES + 1 });
    t.ctx.uploads.cancel(big.uploadId);
    const tooBig = await t.call('dossier.uploadBegin', { name: 'x.swanilai', size: MAX_DOSSIER_UPLOAD_BYTES + 1 });
    expect(tooBig.ok).toBe(false);
    // A dossier upload cannot be finished into the evidence store, nor an evidence upload imported as a dossier.
    const d = await upload(t, Buffer.from('abc'));
    const asEvidence = await t.call('evidence.uploadFinish', { uploadId: d });
    expect(asEvidence.ok ? '' : asEvidence.error.code).toBe('VALIDATION');
    const e = await t.value('evidence.uploadBegin', { name: 'a.pdf', size: 3, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(e.uploadId, 0, Buffer.from('abc'));
    const asDossier = await t.call('dossier.importUpload', { uploadId: e.uploadId });
    expect(asDossier.ok ? '' : asDossier.error.code).toBe('VALIDATION');
    t.ctx.uploads.cancel(d);
    t.ctx.uploads.cancel(e.uploadId);
    expect(incoming(t)).toEqual([]);
    t.ws.close();
  });
});
