// Backups of a real workspace: made with the online backup API while the workspace is open, restored after a
// confirmation, with the current state kept first; a damaged database opens for recovery only; bad backups are
// refused and change nothing; evidence files named by a backup survive removal and the start-up sweep.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupIfOlderThan, BEFORE_IMPORT_GAP_MS } from '../../../electron/services/backup/auto';
import { listBackups } from '../../../electron/services/backup/backup';
import { openWorkspace, openWorkspaceForRecovery } from '../../../electron/services/workspace/workspace';
import { testWorkspace } from '../../helpers/workspace';

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const profileName = (t: ReturnType<typeof testWorkspace>) => t.value<{ profile: { name?: string } | null }>('profile.get').then((r) => r.profile?.name ?? null);

/** Overwrites pages in the middle of the file, as a failing disk or a killed copy would. */
function damage(file: string) {
  const h = fs.openSync(file, 'r+');
  fs.writeSync(h, Buffer.alloc(8192, 0xde), 0, 8192, 4096 * 3);
  fs.closeSync(h);
}

describe('workspace backups', () => {
  it('backs up while open, restores after changes, and keeps the state it replaced', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample');
    const sampleName = await profileName(t);
    const first = await t.value<{ id: string; reason: string; size: number }>('backup.create');
    expect(first).toMatchObject({ reason: 'manual' });
    expect(first.size).toBeGreaterThan(10_000);
    await t.value('profile.save', { profile: { name: 'Nama Baru Setelah Cadangan' } });

    expect(await t.call('backup.restore', { id: first.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = await t.value<{ restored: string; keptAs: string }>('backup.restore', { id: first.id, confirm: true });
    expect(r.restored).toBe(first.id);
    expect(await profileName(t)).toBe(sampleName);
    // The state before the restore is a backup of its own, and restoring it brings the change back.
    const list = await t.value<{ backups: { id: string; reason: string }[]; damaged: null }>('backup.list');
    expect(list.damaged).toBeNull();
    expect(list.backups.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    await t.value('backup.restore', { id: r.keptAs, confirm: true });
    expect(await profileName(t)).toBe('Nama Baru Setelah Cadangan');
    expect(t.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    t.ws.close();
  });

  it('refuses a damaged backup, a newer one and an id outside the folder, leaving the database as it was', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample');
    const b = await t.value<{ id: string }>('backup.create');
    const file = path.join(t.dir, 'backups', `${b.id}.sqlite`);
    damage(file);
    t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha(t.ws.dbFile);
    expect(await t.call('backup.restore', { id: b.id, confirm: true })).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(await t.call('backup.restore', { id: 'latest', confirm: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const newer = await t.value<{ id: string }>('backup.create');
    const nf = path.join(t.dir, 'backups', `${newer.id}.sqlite`);
    const db = new Database(nf);
    db.pragma('user_version = 999');
    db.close();
    expect(await t.call('backup.restore', { id: newer.id, confirm: true })).toMatchObject({ ok: false, error: { code: 'DB_TOO_NEW' } });
    expect(await t.call('backup.restore', { id: '../../etc/passwd', confirm: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(sha(t.ws.dbFile)).toBe(before);
    t.ws.close();
  });

  it('a damaged database refuses a normal open, opens for recovery, and comes back from the newest sound backup', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample');
    const name = await profileName(t);
    await t.value('backup.create');
    t.ws.close();
    damage(path.join(t.dir, 'swanilai.sqlite'));

    expect(() => openWorkspace(t.dir, { mode: 'exclusive', purpose: 'test' })).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    const ws = openWorkspaceForRecovery(t.dir, { mode: 'exclusive', purpose: 'test' });
    expect(ws.damaged?.code).toBe('DB_CORRUPT');
    expect(() => ws.db).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    const r = await ws.restore('latest');
    expect(r.damagedCopy && fs.existsSync(r.damagedCopy)).toBeTruthy();
    expect(ws.damaged).toBeNull();
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
    const again = testWorkspace(t.dir);
    expect(await profileName(again)).toBe(name);
    again.ws.close();
  });

  it('keeps evidence files that a backup names through removal and the start-up sweep', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample');
    const [ev] = await t.value<{ id: number; sha256: string }[]>('evidence.list');
    expect(ev).toBeTruthy();
    const blob = path.join(t.ws.evidenceDir, ev.sha256.slice(0, 2), ev.sha256);
    const b = await t.value<{ id: string }>('backup.create');
    expect(await t.value('evidence.remove', { id: ev.id, force: true })).toMatchObject({ removed: true, fileDeleted: false });
    t.ws.close();
    const reopened = testWorkspace(t.dir);
    expect(fs.existsSync(blob)).toBe(true);
    await reopened.value('backup.restore', { id: b.id, confirm: true });
    expect((await reopened.value<{ id: number }[]>('evidence.list')).some((e) => e.id === ev.id)).toBe(true);
    expect(sha(blob)).toBe(ev.sha256);
    reopened.ws.close();
  });

  it('makes at most one automatic backup per gap', async () => {
    const t = testWorkspace();
    const now = new Date('2026-12-01T08:00:00Z');
    expect(await backupIfOlderThan(t.ws, 'before-import', BEFORE_IMPORT_GAP_MS, now)).toMatch(/before-import$/);
    expect(await backupIfOlderThan(t.ws, 'before-import', BEFORE_IMPORT_GAP_MS, new Date(now.getTime() + 60_000))).toBeNull();
    expect(await backupIfOlderThan(t.ws, 'before-import', BEFORE_IMPORT_GAP_MS, new Date(now.getTime() + BEFORE_IMPORT_GAP_MS + 1))).toMatch(/before-import$/);
    expect(listBackups(t.dir)).toHaveLength(2);
    t.ws.close();
  });
});
