// Importing dossiers into a real workspace: once, again (no write), a new version, and nothing changed after a refusal.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDossier, importDossier, listDossiers } from '../../../electron/services/dossier/import';
import { sweepAtStart } from '../../../electron/services/evidence/sweep';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier } from './build-dossier';
import { workspaceState } from './workspace-state';

describe('importDossier', () => {
  it('imports evidence into the content-addressed store and one row per dossier; a second import writes nothing', async () => {
    const t = testWorkspace();
    const { file, parts } = await buildDossier();
    const r = await importDossier(t.ctx, file);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r).toMatchObject({ alreadyImported: false, version: 1 });
    for (const ev of parts.manifest.evidence) {
      const blob = path.join(t.ws.evidenceDir, ev.sha256.slice(0, 2), ev.sha256);
      expect(crypto.createHash('sha256').update(fs.readFileSync(blob)).digest('hex')).toBe(ev.sha256);
    }
    expect(fs.readdirSync(t.ws.evidenceDir).filter((n) => n.startsWith('.staging'))).toEqual([]);
    const [row] = listDossiers(t.ctx);
    expect(row).toMatchObject({ lksName: 'LKS Harapan Bunda', roundName: 'Putaran 2026', integrity: 'verified', evidenceCount: 2, version: 1 });
    expect(row.signerFingerprint).toBe(parts.manifest.sender.fingerprint);
    expect(row.region.regency).toBe('34.04');
    expect(getDossier(t.ctx, r.id).manifest.dossierId).toBe(parts.manifest.dossierId);

    const before = workspaceState(t);
    const again = await importDossier(t.ctx, file);
    expect(again).toEqual({ ok: true, id: r.id, version: 1, alreadyImported: true });
    expect(workspaceState(t)).toEqual(before);
    // The same id re-signed over other content is refused, not taken for the import already done.
    const reused = await buildDossier((p) => { p.manifest.appVersion = '9.9.9'; }, { dossierId: parts.manifest.dossierId });
    const clash = await importDossier(t.ctx, reused.file);
    expect(clash.ok ? [] : clash.problems.map((p) => p.code)).toEqual(['DOSSIER_ID_REUSED']);
    expect(workspaceState(t)).toEqual(before);
    t.ws.close();
  });

  it('a later export of the same round becomes version 2 and the older stays; shared evidence is stored once', async () => {
    const t = testWorkspace();
    const evidence = [Buffer.from('sama / same file')];
    const first = await buildDossier(() => {}, { roundUid: 'round-x', evidence });
    const second = await buildDossier(() => {}, { roundUid: 'round-x', evidence: [...evidence, Buffer.from('baru / new')] });
    const a = await importDossier(t.ctx, first.file);
    const b = await importDossier(t.ctx, second.file);
    expect(a).toMatchObject({ ok: true, version: 1 });
    expect(b).toMatchObject({ ok: true, version: 2, alreadyImported: false });
    expect(listDossiers(t.ctx).map((d) => d.version).sort()).toEqual([1, 2]);
    const blobs = fs.readdirSync(t.ws.evidenceDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(blobs).toHaveLength(2);
    t.ws.close();
  });

  it('a refused dossier leaves the workspace byte-identical (database and evidence folder)', async () => {
    const t = testWorkspace();
    await importDossier(t.ctx, (await buildDossier()).file);
    const before = workspaceState(t);
    const { file, parts } = await buildDossier();
    const buf = fs.readFileSync(file);
    const at = buf.indexOf(parts.files[1].data.subarray(0, 64));
    buf[at + 100] ^= 1;
    fs.writeFileSync(file, buf);
    const r = await importDossier(t.ctx, file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('DIGEST_MISMATCH');
    expect(workspaceState(t)).toEqual(before);
    t.ws.close();
  });

  it('a cancelled import leaves nothing behind', async () => {
    const t = testWorkspace();
    const before = workspaceState(t);
    const ac = new AbortController();
    const { file } = await buildDossier(() => {}, { evidence: [crypto.randomBytes(2_000_000)] });
    const p = importDossier(t.ctx, file, { signal: ac.signal, onProgress: (d) => { if (d > 100_000) ac.abort(); } });
    await expect(p).rejects.toThrow();
    expect(workspaceState(t)).toEqual(before);
    t.ws.close();
  });

  it('rows are read-only, and the start-up sweep keeps blobs only a dossier uses', async () => {
    const t = testWorkspace();
    const { file } = await buildDossier();
    const r = await importDossier(t.ctx, file);
    if (!r.ok) throw new Error('import failed');
    expect(() => t.ws.db.prepare("UPDATE dossier_import SET lks_name = 'x'").run()).toThrow(/read-only/);
    // A staging folder left by an import killed mid-copy is swept; the blobs the dossier uses stay.
    const leftover = path.join(t.ws.evidenceDir, '.staging-0123456789abcdef');
    fs.mkdirSync(leftover);
    fs.writeFileSync(path.join(leftover, 'a'.repeat(64)), 'half a file');
    expect(sweepAtStart(t.ws.db, t.ws.evidenceDir)).toMatchObject({ orphanFiles: 0, abandonedUploads: 1 });
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.readdirSync(t.ws.evidenceDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toHaveLength(2);
    t.ws.close();
  });
});
