// kill -9 during evidence uploads, dossier export and dossier import: afterwards the app opens, the database is
// intact, every acknowledged file is there and whole, and no partial file survives the next open unreported.
// Repeat a run with SWANILAI_CRASH_SEED=<seed printed below>.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDossier } from '../../electron/services/dossier/verify';
import { bundled } from '../../electron/services/instruments/bundled';
import { testWorkspace } from '../helpers/workspace';
import { buildDossier } from '../integration/dossier/build-dossier';
import { bundleWorker, crashSeed, runAndKill, seededRandom, sha256 } from './crash-harness';
import { reopenAndCheck, summary } from './crash-checks';

const seed = crashSeed();
const random = seededRandom(seed);
let bundle: string;
beforeAll(async () => {
  console.log(`crash-files seed ${seed} (SWANILAI_CRASH_SEED=${seed} repeats this run)`);
  bundle = await bundleWorker();
});
afterAll(() => { fs.rmSync(bundle, { force: true }); });

describe('kill -9 during file writes', () => {
  it('evidence uploads: 12 kills, every acknowledged file stored whole with its record', async () => {
    const t = testWorkspace();
    t.ws.close();
    const acked: { id: number; sha256: string }[] = [];
    let swept = 0;
    const kills = 12;
    for (let run = 1; run <= kills; run++) {
      const got = await runAndKill(bundle, ['evidence', t.dir, String(run)], Math.floor(random() * 1500));
      acked.push(...got.acks);
      const { ws, swept: s } = reopenAndCheck(t.dir);
      if (s.leftoversBefore) swept++;
      for (const a of acked) {
        expect(ws.db.prepare('SELECT sha256 FROM evidence WHERE id = ?').get(a.id), `evidence #${a.id}`).toEqual({ sha256: a.sha256 });
      }
      ws.close();
    }
    expect(acked.length).toBeGreaterThan(0);
    console.log(summary('evidence', seed, kills, acked.length, swept));
  }, 600_000);

  it('dossier export: 10 kills, every acknowledged export is whole and verifies, no .part file stays', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'Putaran ekspor' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    for (let n = 0; n < 3; n++) {
      const bytes = crypto.randomBytes(100_000);
      const { uploadId } = await t.value('evidence.uploadBegin', { name: `bukti-${n}.pdf`, size: bytes.length, mediaType: 'application/pdf' });
      t.ctx.uploads.chunk(uploadId, 0, bytes);
      await t.value('evidence.uploadFinish', { uploadId, meta: {}, link: { assessmentId: id, target: 'indicator', code } });
    }
    // Kills spread over about three exports' time (measured here, on this machine): not an assertion, a range.
    const t0 = performance.now();
    fs.rmSync((await t.value('dossier.export', { roundId: id })).path);
    const spread = 3 * (performance.now() - t0) + 500;
    t.ws.close();
    const acked: { path: string; sha256: string }[] = [];
    const verified = new Set<string>();
    let swept = 0;
    const kills = 10;
    for (let run = 1; run <= kills; run++) {
      const got = await runAndKill(bundle, ['export', t.dir, String(run)], Math.floor(random() * spread));
      acked.push(...got.acks);
      const { ws, swept: s } = reopenAndCheck(t.dir);
      if (s.leftoversBefore) swept++;
      for (const a of acked) expect(sha256(a.path)).toBe(a.sha256);
      // Anything that carries a final name is a complete, signed dossier (it was verified before its rename).
      const dir = path.join(t.dir, 'exports');
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        if (verified.has(name)) continue;
        expect(name).toMatch(/\.swanilai$/);
        expect((await verifyDossier(path.join(dir, name))).ok, name).toBe(true);
        verified.add(name);
      }
      ws.close();
    }
    expect(acked.length).toBeGreaterThan(0);
    console.log(summary('export', seed, kills, acked.length, swept));
  }, 600_000);

  it('dossier import: 10 kills, every acknowledged import is there with its evidence, no staging folder stays', async () => {
    const t = testWorkspace();
    t.ws.close();
    const kills = 10;
    const perRun = 3;
    const dossiers = await Promise.all(Array.from({ length: kills * perRun }, () => buildDossier(() => {}, { evidence: [crypto.randomBytes(200_000), crypto.randomBytes(100_000), crypto.randomBytes(1000)] })));
    const idOf = new Map(dossiers.map((d) => [d.file, d.parts.manifest]));
    const acked = new Set<string>();
    let swept = 0;
    let imported = 0;
    for (let run = 1; run <= kills; run++) {
      // Each run gets dossiers of its own (a kill must land in a real import, not in "already imported"), plus the
      // one the previous run may have been killed in.
      const mine = dossiers.slice(Math.max(0, (run - 1) * perRun - 1), run * perRun).map((d) => d.file);
      const got = await runAndKill(bundle, ['import', t.dir, String(run), ...mine], Math.floor(random() * 2500));
      for (const a of got.acks) acked.add(a.path);
      const { ws, swept: s } = reopenAndCheck(t.dir);
      if (s.leftoversBefore) swept++;
      for (const file of acked) {
        const m = idOf.get(file)!;
        const row = ws.db.prepare('SELECT id FROM dossier_import WHERE dossier_id = ?').get(m.dossierId) as { id: number } | undefined;
        expect(row, `dossier ${m.dossierId}`).toBeDefined();
        const stored = (ws.db.prepare('SELECT sha256 FROM dossier_evidence WHERE dossier_import_id = ? ORDER BY sha256').all(row!.id) as { sha256: string }[]).map((r) => r.sha256);
        expect(stored).toEqual(m.evidence.map((e) => e.sha256).sort());
      }
      imported = (ws.db.prepare('SELECT COUNT(*) AS n FROM dossier_import').get() as { n: number }).n;
      ws.close();
    }
    expect(acked.size).toBeGreaterThan(0);
    console.log(`crash import: ${imported} of ${dossiers.length} dossiers imported across the runs`);
    console.log(summary('import', seed, kills, acked.size, swept));
  }, 600_000);
});
