// Real SQLite files: fresh schema, snapshot, refusing newer or corrupt files untouched, backup before migrating.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, readSchemaVersion } from '../../../electron/services/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/db/migrations/index';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { sha256File, tempDir } from '../../helpers/tmp';

function schemaOf(db: Database.Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { sql: string }[];
  return rows.map((r) => r.sql.trim() + ';').join('\n\n') + '\n';
}

describe('workspace database', () => {
  it('a new database gets every migration, WAL and foreign keys', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const log = db.prepare('SELECT version FROM migration_log ORDER BY version').all() as { version: number }[];
    expect(log.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('matches the schema snapshot (update it on purpose with every migration)', async () => {
    const db = openDatabase(path.join(tempDir(), 's.sqlite'));
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema.snapshot.sql');
    db.close();
  });

  it('refuses a database from a newer app version without modifying it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'swanilai.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = sha256File(file);
    const mtime = fs.statSync(file).mtimeMs;
    expect(() => openWorkspace(dir, { mode: 'exclusive', purpose: 'test' })).toThrowError(/lebih baru.*newer/s);
    try { openDatabase(file); } catch (e) { expect((e as { code: string }).code).toBe('DB_TOO_NEW'); }
    expect(sha256File(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(file + '-wal')).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['swanilai.sqlite']);
  });

  it('refuses a corrupt file with a clear message and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'swanilai.sqlite');
    fs.writeFileSync(file, Buffer.from('this is not a database, just text '.repeat(200)));
    const before = sha256File(file);
    expect(() => openDatabase(file)).toThrowError(/rusak|corrupt/);
    expect(sha256File(file)).toBe(before);
  });

  it('backs the file up before migrating an older schema, and keeps the data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'swanilai.sqlite');
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE TABLE migration_log (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);' }];
    const db1 = openDatabase(file, { migrations: v1 });
    db1.prepare('INSERT INTO note (body) VALUES (?)').run('keep me');
    db1.close();
    const v2 = [...v1, { version: 2, name: 'two', sql: 'ALTER TABLE note ADD COLUMN done INTEGER NOT NULL DEFAULT 0;' }];
    const db2 = openDatabase(file, { migrations: v2, now: () => new Date('2026-11-25T10:00:00Z') });
    expect(db2.pragma('user_version', { simple: true })).toBe(2);
    expect(db2.prepare('SELECT body, done FROM note').get()).toEqual({ body: 'keep me', done: 0 });
    db2.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual(['swanilai-20261125T100000000Z-before-migration.sqlite']);
    expect(readSchemaVersion(path.join(dir, 'backups', backups[0]))).toBe(1);
    const copy = new Database(path.join(dir, 'backups', backups[0]), { readonly: true });
    expect(copy.prepare('SELECT body FROM note').get()).toEqual({ body: 'keep me' });
    copy.close();
  });

  it('a failing migration leaves the previous version intact', () => {
    const file = path.join(tempDir(), 'f.sqlite');
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE note (id INTEGER PRIMARY KEY); CREATE TABLE migration_log (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);' }];
    openDatabase(file, { migrations: v1 }).close();
    const bad = [...v1, { version: 2, name: 'bad', sql: 'CREATE TABLE ok_part (x INTEGER); THIS IS NOT SQL;' }];
    expect(() => openDatabase(file, { migrations: bad })).toThrow();
    expect(readSchemaVersion(file)).toBe(1);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_part'").get()).toEqual({ n: 0 });
    db.close();
  });
});
