// Files the host was asked to open: registered by path, listed by id with the kind read from the manifest, imported
// through the same verification as uploads, and never by the extension alone.
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { MAX_PENDING_FILES } from '../../../electron/services/open-files';
import { REVIEW_FORMAT } from '../../../shared/review/model';
import { testWorkspace } from '../../helpers/workspace';
import { tempDir } from '../../helpers/tmp';

async function zipWith(file: string, manifest: unknown) {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'manifest.json');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  fs.writeFileSync(file, Buffer.concat(chunks));
}

describe('pending open files', () => {
  const out = tempDir();
  let dossierFile = '';
  const lks = testWorkspace();
  const assessor = testWorkspace();

  beforeAll(async () => {
    await lks.value('workspace.loadSample');
    const roundId = (await lks.value<{ id: number }[]>('assessment.list'))[0].id;
    // Named .txt on purpose: the kind must come from the manifest, not from the name.
    dossierFile = path.join(out, 'd.swanilai');
    await exportDossier(lks.ctx, { roundId, out: dossierFile, language: 'id' });
    const renamed = path.join(out, 'received.txt');
    fs.renameSync(dossierFile, renamed);
    dossierFile = renamed;
  }, 60_000);
  afterAll(() => { lks.ws.close(); assessor.ws.close(); });

  it('lists a dossier by id, name, size and kind (from the manifest), and imports it by id', async () => {
    const added = await assessor.ctx.openFiles.add(dossierFile);
    expect(added).toMatchObject({ name: 'received.txt', size: fs.statSync(dossierFile).size, kind: 'dossier' });
    expect(added.id).toMatch(/^[0-9a-f]{32}$/);
    const listed = await assessor.value<{ files: unknown[] }>('app.pendingOpenFiles');
    expect(listed.files).toEqual([added]);
    expect(JSON.stringify(listed)).not.toContain(out); // the path stays in the back end

    // A review import of a dossier is refused with a clear message and the entry stays for the right screen.
    const wrong = await assessor.call('review.importPending', { id: added.id });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect((await assessor.value<{ files: unknown[] }>('app.pendingOpenFiles')).files).toHaveLength(1);

    const r = await assessor.value<{ ok: boolean; imported: { id: number; alreadyImported: boolean } }>('dossier.importPending', { id: added.id });
    expect(r.ok).toBe(true);
    expect(r.imported.alreadyImported).toBe(false);
    expect((await assessor.value<unknown[]>('dossier.list'))).toHaveLength(1);
    expect(fs.existsSync(dossierFile)).toBe(true); // the user's file is left where it was
    expect((await assessor.value<{ files: unknown[] }>('app.pendingOpenFiles')).files).toEqual([]);
    expect(await assessor.call('dossier.importPending', { id: added.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reads a review manifest as review, anything else as unknown (whatever the extension), and refuses unknown', async () => {
    const review = path.join(out, 'tinjauan.bin');
    await zipWith(review, { format: REVIEW_FORMAT, formatVersion: 1 });
    const fake = path.join(out, 'fake.swanilai');
    fs.writeFileSync(fake, 'not a zip at all');
    const r = await assessor.ctx.openFiles.add(review);
    const u = await assessor.ctx.openFiles.add(fake);
    expect([r.kind, u.kind]).toEqual(['review', 'unknown']);
    // A damaged review file is an answer with problems, not a crash.
    const imp = await assessor.value<{ ok: boolean; problems: unknown[] }>('review.importPending', { id: r.id });
    expect(imp.ok).toBe(false);
    expect(imp.problems.length).toBeGreaterThan(0);
    expect(await assessor.call('dossier.importPending', { id: u.id })).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect((await assessor.value<{ files: unknown[] }>('app.pendingOpenFiles')).files).toEqual([]);
  });

  it('refuses a missing path or a folder, lists a file once, dismisses, and keeps at most MAX_PENDING_FILES', async () => {
    await expect(assessor.ctx.openFiles.add(path.join(out, 'nope'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assessor.ctx.openFiles.add(out)).rejects.toMatchObject({ code: 'VALIDATION' });
    const a = await assessor.ctx.openFiles.add(dossierFile);
    const b = await assessor.ctx.openFiles.add(dossierFile);
    expect(b.id).toBe(a.id);
    expect(await assessor.value('app.dismissPending', { id: a.id })).toEqual({ dismissed: true });
    expect(await assessor.value('app.dismissPending', { id: a.id })).toEqual({ dismissed: false });
    const dir = tempDir();
    for (let i = 0; i <= MAX_PENDING_FILES; i++) {
      fs.writeFileSync(path.join(dir, `f${i}`), 'x');
      await assessor.ctx.openFiles.add(path.join(dir, `f${i}`));
    }
    const names = (await assessor.value<{ files: { name: string }[] }>('app.pendingOpenFiles')).files.map((f) => f.name);
    expect(names).toHaveLength(MAX_PENDING_FILES);
    expect(names[0]).toBe('f1');
  });
});
