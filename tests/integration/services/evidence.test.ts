// The evidence locker with real files: chunked upload, content addressing, dedupe, links, safe removal, bad input.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../../electron/services/evidence/files';
import { bundled } from '../../../electron/services/instruments/bundled';
import { testWorkspace } from '../../helpers/workspace';

type T = ReturnType<typeof testWorkspace>;

async function upload(t: T, name: string, bytes: Buffer, extra: object = {}, chunk = 1000) {
  const { uploadId } = await t.value('evidence.uploadBegin', { name, size: bytes.length, mediaType: 'application/pdf' });
  for (let off = 0; off < bytes.length; off += chunk) t.ctx.uploads.chunk(uploadId, off, bytes.subarray(off, off + chunk));
  return t.value('evidence.uploadFinish', { uploadId, ...extra });
}

const stored = (t: T) => fs.readdirSync(t.ws.evidenceDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.includes('.incoming'));

describe('evidence locker', () => {
  it('stores a file under its sha256, once, however often it is added', async () => {
    const t = testWorkspace();
    const bytes = crypto.randomBytes(5000);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const a = await upload(t, 'Akta Notaris 2011.pdf', bytes, { meta: { kind: 'akta', expiryDate: null } });
    expect(a.duplicate).toBe(false);
    expect(a.evidence).toMatchObject({ sha256: sha, size: 5000, originalName: 'Akta Notaris 2011.pdf', title: 'Akta Notaris 2011', kind: 'akta' });
    expect(fs.readFileSync(path.join(t.ws.evidenceDir, sha.slice(0, 2), sha)).equals(bytes)).toBe(true);
    const b = await upload(t, 'copy of akta.pdf', bytes, {}, 777);
    expect(b.duplicate).toBe(true);
    expect(b.evidence.id).toBe(a.evidence.id);
    expect(stored(t)).toHaveLength(1);
    expect(await t.value('evidence.list')).toHaveLength(1);
    t.ws.close();
  });

  it('links to indicators, refuses to remove a linked file without confirmation, then removes record and file', async () => {
    const t = testWorkspace();
    const round = await t.value('assessment.create', { name: 'R' });
    const code = bundled().instruments[0].components[2].indicators[0].code;
    const link = { assessmentId: round.id, target: 'indicator', code };
    const { evidence } = await upload(t, 'sk.pdf', Buffer.from('%PDF-1.4 fake'), { link });
    expect(evidence.links).toEqual([link]);
    expect((await t.value('assessment.get', { id: round.id })).links).toEqual({ [`indicator:${code}`]: [evidence.id] });
    const refused = await t.call('evidence.remove', { id: evidence.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(stored(t)).toHaveLength(1);
    expect(await t.value('evidence.remove', { id: evidence.id, force: true })).toEqual({ removed: true, fileDeleted: true });
    expect(stored(t)).toHaveLength(0);
    expect((await t.value('assessment.get', { id: round.id })).links).toEqual({});
    t.ws.close();
  });

  it('metadata: expiry cannot precede the effective date; dates must be real', async () => {
    const t = testWorkspace();
    const { evidence } = await upload(t, 'izin.pdf', Buffer.from('izin'));
    expect(await t.call('evidence.update', { id: evidence.id, meta: { effectiveDate: '2025-01-01', expiryDate: '2024-12-31' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('evidence.update', { id: evidence.id, meta: { expiryDate: '2025-02-30' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.value('evidence.update', { id: evidence.id, meta: { title: 'Izin operasional', kind: 'izin-operasional', effectiveDate: '2024-03-31', expiryDate: '2027-03-31' } }))
      .toMatchObject({ title: 'Izin operasional', kind: 'izin-operasional', expiryDate: '2027-03-31' });
    t.ws.close();
  });

  it('bad uploads leave nothing behind: out-of-order chunks, more bytes than announced, early finish, too big', async () => {
    const t = testWorkspace();
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'x.bin', size: 10, mediaType: '' });
    expect(() => t.ctx.uploads.chunk(uploadId, 5, Buffer.alloc(5))).toThrow(/urutan|order/);
    t.ctx.uploads.chunk(uploadId, 0, Buffer.alloc(4));
    expect(await t.call('evidence.uploadFinish', { uploadId })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const second = await t.value('evidence.uploadBegin', { name: 'y.bin', size: 3, mediaType: '' });
    expect(() => t.ctx.uploads.chunk(second.uploadId, 0, Buffer.alloc(4))).toThrow(/lebih besar|larger/);
    expect(await t.call('evidence.uploadBegin', { name: 'huge.iso', size: 2 * 1024 ** 3, mediaType: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.ctx.uploads.active).toBe(0);
    expect(fs.readdirSync(path.join(t.ws.evidenceDir, '.incoming'))).toEqual([]);
    expect(await t.value('evidence.list')).toEqual([]);
    t.ws.close();
  });

  it('odd or hostile original names are kept only as safe metadata', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Windows\\system32\\evil.exe')).toBe('evil.exe');
    expect(sanitizeFileName('CON')).toBe('berkas_CON');
    expect(sanitizeFileName('  ..hidden  ')).toBe('hidden');
    expect(sanitizeFileName('laporan<2024>|final?.pdf')).toBe('laporan_2024__final_.pdf');
    expect(sanitizeFileName('')).toBe('berkas');
    expect(sanitizeFileName('Foto kegiatan — Idul Fitri 🎉.jpg')).toBe('Foto kegiatan — Idul Fitri 🎉.jpg');
  });
});
