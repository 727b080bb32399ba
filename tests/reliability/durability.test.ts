// Durability: commits are synced (synchronous=FULL) and every rename into the evidence store is followed by an
// fsync of the folder that holds the new name, before the row naming the blob commits.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDossier } from '../../electron/services/dossier/import';
import { testWorkspace } from '../helpers/workspace';
import { buildDossier } from '../integration/dossier/build-dossier';

/** Records fsync calls on folders and renames, in order, while the real calls still run. */
function watchFs() {
  const events: string[] = [];
  const dirFds = new Map<number, string>();
  const open = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (open as (...a: unknown[]) => number)(p, ...rest);
    if (fs.statSync(p).isDirectory()) dirFds.set(fd, path.resolve(String(p)));
    return fd;
  }) as typeof fs.openSync);
  const fsync = fs.fsyncSync;
  vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
    if (dirFds.has(fd)) events.push(`syncdir ${dirFds.get(fd)}`);
    return fsync(fd);
  });
  const close = fs.closeSync;
  vi.spyOn(fs, 'closeSync').mockImplementation((fd: number) => { dirFds.delete(fd); return close(fd); });
  const rename = fs.renameSync;
  vi.spyOn(fs, 'renameSync').mockImplementation((a: fs.PathLike, b: fs.PathLike) => { events.push(`rename ${path.resolve(String(b))}`); return rename(a, b); });
  return events;
}

afterEach(() => { vi.restoreAllMocks(); });

describe('durability', () => {
  it('opens every workspace with WAL and synchronous=FULL (2)', () => {
    const t = testWorkspace();
    expect(t.ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.ws.db.pragma('synchronous', { simple: true })).toBe(2);
    t.ws.close();
  });

  it('an evidence upload syncs the shard folder (and the store when the shard is new) after the rename', async () => {
    const t = testWorkspace();
    const bytes = crypto.randomBytes(4000);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const events = watchFs();
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'akta.pdf', size: bytes.length, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(uploadId, 0, bytes);
    await t.value('evidence.uploadFinish', { uploadId, meta: {} });
    const shard = path.join(t.ws.evidenceDir, sha.slice(0, 2));
    const at = events.indexOf(`rename ${path.join(shard, sha)}`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(events.slice(at + 1)).toEqual(expect.arrayContaining([`syncdir ${shard}`, `syncdir ${path.resolve(t.ws.evidenceDir)}`]));
    t.ws.close();
  });

  it('a dossier import syncs every folder it renamed blobs into before committing its rows', async () => {
    const t = testWorkspace();
    const { file, parts } = await buildDossier();
    const events = watchFs();
    const committed: number[] = [];
    const db = t.ws.db;
    const rowsBefore = () => (db.prepare('SELECT COUNT(*) AS n FROM dossier_import').get() as { n: number }).n;
    // The first fsync of a shard must come while no dossier row exists yet.
    const fsync = vi.mocked(fs.fsyncSync);
    const inner = fsync.getMockImplementation()!;
    fsync.mockImplementation((fd: number) => { committed.push(rowsBefore()); return inner(fd); });
    const r = await importDossier(t.ctx, file);
    expect(r.ok).toBe(true);
    for (const ev of parts.manifest.evidence) {
      const shard = path.join(t.ws.evidenceDir, ev.sha256.slice(0, 2));
      const at = events.indexOf(`rename ${path.join(shard, ev.sha256)}`);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(events.slice(at + 1)).toContain(`syncdir ${shard}`);
    }
    expect(events).toContain(`syncdir ${path.resolve(t.ws.evidenceDir)}`);
    expect(committed.every((n) => n === 0)).toBe(true);
    t.ws.close();
  });

  it('the backup taken before a migration is synced into its folder', async () => {
    const { openDatabase } = await import('../../electron/services/db/connection');
    const { MIGRATIONS } = await import('../../electron/services/db/migrations/index');
    const t = testWorkspace();
    t.ws.close();
    const file = t.ws.dbFile;
    // An older schema: the first migration only, then open with the full list.
    fs.rmSync(file); fs.rmSync(`${file}-wal`, { force: true }); fs.rmSync(`${file}-shm`, { force: true });
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const events = watchFs();
    openDatabase(file).close();
    const rename = events.findIndex((e) => e.startsWith('rename ') && e.includes('before-migration'));
    expect(rename).toBeGreaterThanOrEqual(0);
    expect(events[rename + 1]).toBe(`syncdir ${path.dirname(events[rename].slice('rename '.length))}`);
  });
});
