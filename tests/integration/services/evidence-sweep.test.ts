// Who may clean the evidence folder, and when: only the lock holder, at start (leftovers, orphaned blobs) and for idle uploads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/services/app-version';
import { createContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { EvidenceUploads } from '../../../electron/services/evidence/files';
import { describeCleanup } from '../../../electron/services/evidence/sweep';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { LOCK_NAME } from '../../../electron/services/workspace/lock';
import { cli } from '../../helpers/processes';
import { testWorkspace } from '../../helpers/workspace';

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const incoming = (dir: string) => path.join(dir, 'evidence', '.incoming');

/** Plants a blob file the way the store names them, without a database row. */
function plantBlob(dir: string, bytes: Buffer): string {
  const h = sha(bytes);
  const file = path.join(dir, 'evidence', h.slice(0, 2), h);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

describe('evidence sweeping', () => {
  it('an upload in progress survives a CLI run (a real process) against the same workspace', async () => {
    const t = testWorkspace();
    const bytes = crypto.randomBytes(3000);
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'laporan.pdf', size: bytes.length, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(uploadId, 0, bytes.subarray(0, 1000));
    // The app holds the lock, so the CLI opens a read-only view; it must not touch the app's uploads.
    const r = cli('assessment', 'list', '--workspace', t.dir, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(incoming(t.dir))).toEqual([uploadId]);
    t.ctx.uploads.chunk(uploadId, 1000, bytes.subarray(1000));
    const { evidence } = await t.value('evidence.uploadFinish', { uploadId });
    expect(evidence.sha256).toBe(sha(bytes));
    expect(fs.readFileSync(path.join(t.ws.evidenceDir, evidence.sha256.slice(0, 2), evidence.sha256)).equals(bytes)).toBe(true);
    t.ws.close();
  });

  it('a read-only opener (another process holds the lock) sweeps nothing', () => {
    const t = testWorkspace();
    fs.mkdirSync(incoming(t.dir), { recursive: true });
    fs.writeFileSync(path.join(incoming(t.dir), 'someone-elses-upload'), 'half');
    const orphan = plantBlob(t.dir, Buffer.from('not yet recorded'));
    // Another live process holds the lock (our parent's pid stands in for it).
    fs.writeFileSync(path.join(t.dir, LOCK_NAME), JSON.stringify({ pid: process.ppid, host: os.hostname(), startedAt: 'x', purpose: 'desktop app' }));
    const reader = openWorkspace(t.dir, { mode: 'read', purpose: 'CLI' });
    createContext(reader, 'cli', APP_VERSION);
    expect(reader.readonly).toBe(true);
    expect(reader.cleanup).toEqual({ abandonedUploads: 0, orphanFiles: 0, freedBytes: 0 });
    reader.close();
    expect(fs.readdirSync(incoming(t.dir))).toEqual(['someone-elses-upload']);
    expect(fs.existsSync(orphan)).toBe(true);
    t.ws.db.close();
  });

  it('at start the lock holder sweeps leftover uploads and blobs no row references, keeps the rest, and reports it', async () => {
    const t = testWorkspace();
    const kept = Buffer.from('%PDF-1.4 akta');
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'akta.pdf', size: kept.length, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(uploadId, 0, kept);
    await t.value('evidence.uploadFinish', { uploadId });
    t.ws.close();
    // A crash mid-upload, a blob whose record was never committed, and a file the app does not own.
    fs.mkdirSync(incoming(t.dir), { recursive: true });
    fs.writeFileSync(path.join(incoming(t.dir), 'a'.repeat(32)), Buffer.alloc(100));
    fs.writeFileSync(path.join(incoming(t.dir), 'b'.repeat(32)), Buffer.alloc(20));
    const orphanBytes = Buffer.from('orphaned evidence bytes');
    const orphan = plantBlob(t.dir, orphanBytes);
    const foreign = path.join(t.dir, 'evidence', 'BACA-SAYA.txt');
    fs.writeFileSync(foreign, 'user note');

    const again = testWorkspace(t.dir);
    expect(again.ws.cleanup).toEqual({ abandonedUploads: 2, orphanFiles: 1, freedBytes: 120 + 'orphaned evidence bytes'.length });
    expect(fs.existsSync(incoming(t.dir)) ? fs.readdirSync(incoming(t.dir)) : []).toEqual([]);
    expect(fs.existsSync(orphan)).toBe(false);
    // Its two-letter folder goes too once empty (unless the kept file shares it).
    if (sha(orphanBytes).slice(0, 2) !== sha(kept).slice(0, 2)) expect(fs.existsSync(path.dirname(orphan))).toBe(false);
    expect(fs.existsSync(foreign)).toBe(true);
    expect(fs.readFileSync(path.join(t.dir, 'evidence', sha(kept).slice(0, 2), sha(kept))).equals(kept)).toBe(true);
    expect((await again.value('app.info')).cleanup).toEqual({ abandonedUploads: 2, orphanFiles: 1, freedBytes: 143 });
    expect(describeCleanup(again.ws.cleanup)).toBe('2 unggahan terbengkalai dan 1 berkas yatim dibersihkan / 2 abandoned uploads and 1 orphaned file cleaned up');
    expect(describeCleanup({ abandonedUploads: 0, orphanFiles: 0, freedBytes: 0 })).toBeNull();
    again.ws.close();
  });

  it('an upload with no chunk for longer than the idle limit is dropped; finishing it says why', async () => {
    const t = testWorkspace();
    let clock = 0;
    const uploads = new EvidenceUploads(t.ws.evidenceDir, { idleMs: 30 * 60_000, now: () => clock });
    const ctx = { ...t.ctx, uploads };
    const begin = async (name: string) => {
      const r = await dispatch(ctx, 'evidence.uploadBegin', { name, size: 10, mediaType: '' });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { uploadId: string }).uploadId;
    };
    const stale = await begin('lama.bin');
    const live = await begin('baru.bin');
    uploads.chunk(stale, 0, Buffer.alloc(4));
    clock = 20 * 60_000;
    uploads.chunk(live, 0, Buffer.alloc(4));
    clock = 31 * 60_000;
    expect(uploads.sweepIdle()).toEqual({ uploads: 1, bytes: 4 });
    expect(fs.readdirSync(incoming(t.dir))).toEqual([live]);
    const finish = await dispatch(ctx, 'evidence.uploadFinish', { uploadId: stale });
    expect(finish).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!finish.ok && finish.error.message).toMatch(/30 menit.*30 minutes/);
    // Touching an idle upload expires it on the spot, even before the timer runs.
    clock = 52 * 60_000;
    expect(() => uploads.chunk(live, 4, Buffer.alloc(6))).toThrow(/tidak aktif.*no data/);
    expect(uploads.active).toBe(0);
    expect(uploads.timedOut).toEqual({ uploads: 2, bytes: 8 });
    expect((await dispatch(ctx, 'app.info', {}))).toMatchObject({ ok: true, value: { cleanup: { abandonedUploads: 2, freedBytes: 8 } } });
    t.ws.close();
  });

  it('the running host sweeps idle uploads on a timer', async () => {
    const t = testWorkspace();
    const uploads = new EvidenceUploads(t.ws.evidenceDir, { idleMs: 50 });
    const stop = uploads.startIdleSweep(20);
    const { uploadId } = uploads.begin('x.bin', 10, '');
    expect(fs.readdirSync(incoming(t.dir))).toEqual([uploadId]);
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(uploads.active).toBe(0);
    expect(fs.readdirSync(incoming(t.dir))).toEqual([]);
    t.ws.close();
  });
});
