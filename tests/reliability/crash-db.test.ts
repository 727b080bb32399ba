// kill -9 during answer saves and during a schema migration: afterwards the app opens, the database is intact,
// every acknowledged answer is there, and each migration is applied whole or not at all.
// Repeat a run with SWANILAI_CRASH_SEED=<seed printed below>.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/services/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/services/db/migrations/index';
import { DB_NAME } from '../../electron/services/workspace/workspace';
import { tempDir } from '../helpers/tmp';
import { testWorkspace } from '../helpers/workspace';
import { bundleWorker, crashSeed, runAndKill, seededRandom } from './crash-harness';
import { reopenAndCheck, summary } from './crash-checks';

const seed = crashSeed();
const random = seededRandom(seed);
let bundle: string;
beforeAll(async () => {
  console.log(`crash-db seed ${seed} (SWANILAI_CRASH_SEED=${seed} repeats this run)`);
  bundle = await bundleWorker();
});
afterAll(() => { fs.rmSync(bundle, { force: true }); });

describe('kill -9 during database writes', () => {
  it('answer saves: every acknowledged save survives 14 kills', async () => {
    const t = testWorkspace();
    await t.value('assessment.create', { name: 'Putaran uji tabrakan' });
    t.ws.close();
    const last = new Map<string, { run: number; n: number }>();
    let acks = 0;
    let swept = 0;
    const kills = 14;
    for (let run = 1; run <= kills; run++) {
      const { acks: got } = await runAndKill(bundle, ['answers', t.dir, String(run)], Math.floor(random() * 1500));
      for (const a of got) last.set(a.code, { run: a.run, n: a.n });
      acks += got.length;
      const { ws, swept: s } = reopenAndCheck(t.dir);
      if (s.leftoversBefore) swept++;
      const rows = ws.db.prepare("SELECT code, level, note FROM answer WHERE target = 'indicator'").all() as { code: string; level: number; note: string }[];
      const stored = new Map(rows.map((r) => [r.code, r]));
      for (const [code, want] of last) {
        const row = stored.get(code);
        expect(row, `answer ${code} acknowledged in run ${want.run} save ${want.n}`).toBeDefined();
        const [, r, n] = /^run (\d+) save (\d+)$/.exec(row!.note)!.map(Number);
        // The acknowledged save or a later one (written, killed before its ACK line) — never an older one.
        expect(r > want.run || (r === want.run && n >= want.n), `${code}: stored run ${r} save ${n}, acknowledged run ${want.run} save ${want.n}`).toBe(true);
        expect(row!.level).toBe(1 + (n % 4));
      }
      ws.close();
    }
    expect(acks).toBeGreaterThan(0);
    console.log(summary('answers', seed, kills, acks, swept));
  }, 600_000);

  it('migration of an older schema: applied whole or not at all across 10 kills, then the app opens', async () => {
    const OLD = 3;
    // Reference schema for every version, from fresh databases migrated that far.
    const schemaOf = (db: Database.Database) => (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as object[]);
    const reference = new Map<number, object[]>();
    for (let v = OLD; v <= LATEST_SCHEMA_VERSION; v++) {
      const f = path.join(tempDir(), 'ref.sqlite');
      const db = openDatabase(f, { migrations: MIGRATIONS.slice(0, v) });
      reference.set(v, schemaOf(db));
      db.close();
    }
    const fixture = path.join(tempDir(), 'old.sqlite');
    const old = openDatabase(fixture, { migrations: MIGRATIONS.slice(0, OLD) });
    old.prepare('INSERT INTO profile (id, data, updated_at) VALUES (1, ?, ?)').run(JSON.stringify({ name: 'LKS Lama Sejahtera' }), '2025-01-01T00:00:00.000Z');
    old.close();

    const kills = 10;
    let acks = 0;
    let partly = 0;
    let swept = 0;
    const seen = new Set<number>();
    for (let run = 1; run <= kills; run++) {
      const dir = tempDir();
      fs.copyFileSync(fixture, path.join(dir, DB_NAME));
      // Opening takes a fraction of a second after READY; kills spread over it (and a little after).
      const got = await runAndKill(bundle, ['migrate', dir, String(run)], Math.floor(random() * 400));
      acks += got.acks.length;
      // Before the app opens it again: the stored version names exactly the schema of that many migrations.
      const raw = new Database(path.join(dir, DB_NAME));
      const v = raw.pragma('user_version', { simple: true }) as number;
      seen.add(v);
      expect(v).toBeGreaterThanOrEqual(OLD);
      expect(schemaOf(raw)).toEqual(reference.get(v));
      expect((raw.prepare('SELECT version FROM migration_log ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual(MIGRATIONS.slice(0, v).map((m) => m.version));
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
      if (got.acks.length) expect(v).toBe(LATEST_SCHEMA_VERSION);
      if (v > OLD && v < LATEST_SCHEMA_VERSION) partly++;
      const { ws, swept: s } = reopenAndCheck(dir);
      if (s.leftoversBefore) swept++;
      expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(JSON.parse((ws.db.prepare('SELECT data FROM profile').get() as { data: string }).data).name).toBe('LKS Lama Sejahtera');
      ws.close();
    }
    console.log(`${summary('migrate', seed, kills, acks, swept)}; versions found after kills: ${[...seen].sort().join(', ')}; ${partly} stopped between migrations`);
  }, 600_000);
});
