// A full disk and a read-only workspace: a clear bilingual error (not INTERNAL), nothing saved earlier lost, and
// the app works again once space is freed. Real when the test may mount a small tmpfs (root); injected otherwise.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundled } from '../../electron/services/instruments/bundled';
import { openWorkspace } from '../../electron/services/workspace/workspace';
import { tempDir } from '../helpers/tmp';
import { testWorkspace } from '../helpers/workspace';

const codes = bundled().instruments[0].components.flatMap((c) => c.indicators).map((i) => i.code);
type T = ReturnType<typeof testWorkspace>;

async function saveSome(t: T, id: number, n: number, note = (i: number) => `tersimpan ${i}`) {
  for (let i = 0; i < n; i++) await t.value('assessment.setAnswer', { assessmentId: id, code: codes[i], answer: { level: 2 }, note: note(i) });
}
async function expectSaved(t: T, id: number, n: number) {
  const d = await t.value('assessment.get', { id });
  for (let i = 0; i < n; i++) expect(d.indicators[codes[i]]).toMatchObject({ level: 2, note: `tersimpan ${i}` });
}
function expectClear(r: { ok: boolean; error?: { code: string; message: string } }, code: 'DISK_FULL' | 'READ_ONLY') {
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe(code);
  expect(r.error!.message).toMatch(code === 'DISK_FULL' ? /^Disk penuh.* \/ Disk full/ : /^Folder ruang kerja tidak dapat ditulisi.* \/ The workspace folder cannot be written/);
  expect(r.error!.message).not.toMatch(/\n\s+at /); // no stack
}
async function upload(t: T, bytes: Buffer) {
  const begun = await t.call('evidence.uploadBegin', { name: 'besar.pdf', size: bytes.length, mediaType: 'application/pdf' });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value as { uploadId: string };
  try {
    for (let off = 0; off < bytes.length; off += 65536) t.ctx.uploads.chunk(uploadId, off, bytes.subarray(off, off + 65536));
  } catch (e) {
    // The web host and IPC map chunk failures through the same function as dispatch.
    const { storageError } = await import('../../electron/services/storage-errors');
    t.ctx.uploads.cancel(uploadId);
    const mapped = storageError(e);
    return { ok: false as const, error: mapped ? { code: mapped.code, message: mapped.message } : { code: 'INTERNAL', message: String(e) } };
  }
  return t.call('evidence.uploadFinish', { uploadId, meta: {} });
}

/** A tmpfs of `size` mounted on a fresh folder, or null where mounting is not allowed (not root, containers). */
function smallDisk(size: string): { dir: string; readOnly(): void; readWrite(): void; unmount(): void } | null {
  const dir = tempDir('swanilai-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' }),
    readWrite: () => execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'ignore' }),
    unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }),
  };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('disk full', () => {
  it('SQLITE_FULL (page limit reached): DISK_FULL, earlier answers intact, works again after raising the limit', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'Disk penuh' });
    await saveSome(t, id, 5);
    const pages = t.ws.db.pragma('page_count', { simple: true }) as number;
    t.ws.db.pragma(`max_page_count = ${pages}`);
    // Long notes (the contract's 4,000 characters) until SQLite reports the limit.
    let full = await t.call('assessment.setAnswer', { assessmentId: id, code: codes[6], answer: { level: 3 }, note: 'x'.repeat(4000) });
    for (let i = 7; full.ok && i < codes.length; i++) full = await t.call('assessment.setAnswer', { assessmentId: id, code: codes[i], note: 'y'.repeat(4000) });
    expectClear(full, 'DISK_FULL');
    await expectSaved(t, id, 5);
    t.ws.db.pragma('max_page_count = 1073741823');
    await t.value('assessment.setAnswer', { assessmentId: id, code: codes[5], answer: { level: 2 }, note: 'tersimpan 5' });
    await expectSaved(t, id, 6);
    t.ws.close();
  });

  it('ENOSPC on an evidence write (injected): DISK_FULL, no partial file, evidence stored earlier intact', async () => {
    const t = testWorkspace();
    const first = await upload(t, crypto.randomBytes(5000));
    expect(first.ok).toBe(true);
    vi.spyOn(fs, 'writeSync').mockImplementation(() => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); });
    expectClear(await upload(t, crypto.randomBytes(5000)), 'DISK_FULL');
    vi.restoreAllMocks();
    expect(fs.readdirSync(path.join(t.ws.evidenceDir, '.incoming'))).toEqual([]);
    expect((await t.value('evidence.list')).length).toBe(1);
    expect((await upload(t, crypto.randomBytes(5000))).ok).toBe(true);
    t.ws.close();
  });

  it('a real full disk (8 MB tmpfs): uploads and saves fail clearly, nothing saved is lost, freeing space restores work', async (ctx) => {
    const disk = smallDisk('8m');
    if (!disk) { ctx.skip(); return; }
    try {
      const t = testWorkspace(disk.dir);
      const { id } = await t.value('assessment.create', { name: 'Disk kecil' });
      await saveSome(t, id, 5);
      const kept = await upload(t, crypto.randomBytes(100_000));
      expect(kept.ok).toBe(true);
      // Fill the rest of the disk with a file of our own, then try to store more.
      const filler = path.join(disk.dir, 'filler.bin');
      const fd = fs.openSync(filler, 'w');
      try { for (;;) fs.writeSync(fd, Buffer.alloc(256 * 1024)); } catch (e) { expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC'); } finally { fs.closeSync(fd); }
      expectClear(await upload(t, crypto.randomBytes(300_000)), 'DISK_FULL');
      let save = await t.call('assessment.setAnswer', { assessmentId: id, code: codes[9], note: 'z'.repeat(4000) });
      for (let i = 10; save.ok && i < 60; i++) save = await t.call('assessment.setAnswer', { assessmentId: id, code: codes[i], note: 'z'.repeat(4000) });
      expectClear(save, 'DISK_FULL');
      await expectSaved(t, id, 5);
      fs.rmSync(filler);
      await t.value('assessment.setAnswer', { assessmentId: id, code: codes[5], answer: { level: 2 }, note: 'tersimpan 5' });
      expect((await upload(t, crypto.randomBytes(300_000))).ok).toBe(true);
      t.ws.close();
      const again = openWorkspace(disk.dir, { mode: 'exclusive', purpose: 'check' });
      expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(again.db.prepare('SELECT COUNT(*) AS n FROM evidence').get()).toEqual({ n: 2 });
      again.close();
    } finally {
      disk.unmount();
    }
  });
});

describe('read-only workspace', () => {
  it('SQLITE_READONLY (injected with query_only): READ_ONLY, earlier answers intact, works again after', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'Hanya baca' });
    await saveSome(t, id, 3);
    t.ws.db.pragma('query_only = 1');
    expectClear(await t.call('assessment.setAnswer', { assessmentId: id, code: codes[4], answer: { level: 1 } }), 'READ_ONLY');
    expectClear(await t.call('profile.save', { profile: { name: 'LKS' } }), 'READ_ONLY');
    t.ws.db.pragma('query_only = 0');
    await expectSaved(t, id, 3);
    t.ws.close();
  });

  it('EROFS/EACCES on the evidence folder (injected): READ_ONLY for a new upload', async () => {
    const t = testWorkspace();
    vi.spyOn(fs, 'openSync').mockImplementation(() => { throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' }); });
    expectClear(await t.call('evidence.uploadBegin', { name: 'a.pdf', size: 10, mediaType: 'application/pdf' }), 'READ_ONLY');
    vi.restoreAllMocks();
    t.ws.close();
  });

  it('a real read-only remount (tmpfs): opening says READ_ONLY clearly, everything saved before is there after', async (ctx) => {
    const disk = smallDisk('16m');
    if (!disk) { ctx.skip(); return; }
    try {
      const t = testWorkspace(disk.dir);
      const { id } = await t.value('assessment.create', { name: 'Remount' });
      await saveSome(t, id, 4);
      t.ws.close();
      disk.readOnly();
      let error: unknown;
      try { openWorkspace(disk.dir, { mode: 'exclusive', purpose: 'ro' }).close(); } catch (e) { error = e; }
      expectClear({ ok: false, error: error as { code: string; message: string } }, 'READ_ONLY');
      disk.readWrite();
      const again = testWorkspace(disk.dir);
      await expectSaved(again, id, 4);
      again.ws.close();
    } finally {
      disk.unmount();
    }
  });
});
