// Exporting the sample round: the zip's entries, manifest, signature and evidence digests; findings; a stable workspace key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest, Signature } from '../../../shared/dossier/manifest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { workspaceKey } from '../../../electron/services/dossier/keys';
import { verifyDossier } from '../../../electron/services/dossier/verify';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { readZip, sampleWorkspace } from './export-helpers';

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('.part-'));

describe('dossier export', () => {
  it('writes a signed zip whose manifest lists every entry with its digest', async () => {
    const { t, roundId } = await sampleWorkspace();
    const dir = tempDir();
    const out = path.join(dir, 'berkas.swanilai');
    const progress: number[] = [];
    const r = await exportDossier(t.ctx, { roundId, out, language: 'id', onProgress: (p) => progress.push(p.written / p.total) });
    expect(r.path).toBe(out);
    expect(fs.statSync(out).size).toBe(r.size);
    expect(crypto.createHash('sha256').update(fs.readFileSync(out)).digest('hex')).toBe(r.sha256);
    expect(leftovers(dir)).toEqual([]);
    // The receiver's full check (limits, names, snapshots, digests, signature) accepts what we wrote.
    expect(await verifyDossier(out)).toMatchObject({ ok: true });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBeCloseTo(1, 5);
    expect(progress.every((p, i) => p <= 1 && (i === 0 || p >= progress[i - 1]))).toBe(true);

    const entries = await readZip(out);
    const manifestBytes = entries.get('manifest.json')!.bytes;
    const manifest = Manifest.parse(JSON.parse(manifestBytes.toString('utf8')));
    const sig = Signature.parse(JSON.parse(entries.get('manifest.sig')!.bytes.toString('utf8')));
    const key = crypto.createPublicKey({ key: Buffer.from(sig.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(crypto.verify(null, manifestBytes, key, Buffer.from(sig.signature, 'base64'))).toBe(true);
    expect(sig.manifestSha256).toBe(crypto.createHash('sha256').update(manifestBytes).digest('hex'));
    expect(sig.fingerprint).toBe(manifest.sender.fingerprint);

    const evidence = (await t.value<{ sha256: string; links: { assessmentId: number }[] }[]>('evidence.list')).filter((e) => e.links.some((l) => l.assessmentId === roundId));
    expect(evidence.length).toBeGreaterThan(0);
    expect(manifest.evidence.map((e) => e.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());
    expect([...entries.keys()].sort()).toEqual(['manifest.json', 'manifest.sig', ...manifest.entries.map((e) => e.path)].sort());
    for (const e of manifest.entries) {
      const got = entries.get(e.path)!;
      expect(crypto.createHash('sha256').update(got.bytes).digest('hex')).toBe(e.sha256);
      expect(got.bytes.length).toBe(e.size);
      if (e.path.startsWith('evidence/')) expect(got.compressed).toBe(false);
    }
    expect(manifest.round.id).toBe(roundId);
    expect(manifest.round.uid).toBe(`${manifest.sender.fingerprint}:${roundId}`);
    expect(manifest.profile.isSample).toBe(true);
    expect((manifest.instrument as { id: string }).id).toBeTruthy();
    expect(Object.keys(manifest.answers.indicators).length).toBeGreaterThan(0);
    expect(manifest.results.origins.note.id).toBeTruthy();
    expect(manifest.findings).toEqual(r.findings);
    // The paperwork travels as documents/*.docx, listed and digested like the evidence.
    expect(manifest.documents.map((d) => d.form).sort()).toEqual(['A', 'B', 'C', 'letter', 'profile']);
    for (const d of manifest.documents) expect(entries.get(d.path)!.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('records findings: an unanswered indicator of a new round shows up in the manifest', async () => {
    const { t } = await sampleWorkspace();
    const created = await t.value<{ id: number }>('assessment.create', { name: 'Putaran baru' });
    const out = path.join(tempDir(), 'baru.swanilai');
    const r = await exportDossier(t.ctx, { roundId: created.id, out, language: 'en' });
    expect(r.findings.some((f) => f.kind === 'unanswered-indicator')).toBe(true);
    const manifest = Manifest.parse(JSON.parse((await readZip(out)).get('manifest.json')!.bytes.toString('utf8')));
    expect(manifest.findings.filter((f) => f.kind === 'unanswered-indicator').length).toBe(r.findings.filter((f) => f.kind === 'unanswered-indicator').length);
    expect(manifest.evidence).toEqual([]);
  });

  it('the workspace key is created once, survives reopening, and has a readable fingerprint', async () => {
    const dir = tempDir();
    const a = testWorkspace(dir);
    const first = workspaceKey(a.ctx);
    expect(first.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    const spki = Buffer.from(first.publicKeyBase64, 'base64');
    expect(first.fingerprint.replace(/ /g, '')).toBe(crypto.createHash('sha256').update(spki).digest('hex').slice(0, 32).toUpperCase());
    a.ws.close();
    const b = testWorkspace(dir);
    expect(workspaceKey(b.ctx).publicKeyBase64).toBe(first.publicKeyBase64);
    expect((b.ws.db.prepare('SELECT count(*) AS n FROM workspace_key').get() as { n: number }).n).toBe(1);
    b.ws.close();
  });
});
