// Opens a workspace database safely: refuses newer schemas untouched, backs up, migrates, sets pragmas.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { backupDir, backupId } from '../backup/names';
import { syncDir, syncFile } from '../fs-durable';
import { folderNotWritable } from '../storage-errors';
import { MIGRATIONS, type Migration } from './migrations/index';

export type Db = Database.Database;

/** Reads user_version through a read-only connection, so a file we must refuse is never written to. */
export function readSchemaVersion(file: string): number {
  if (!fs.existsSync(file)) return 0;
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    // A read-only disk is not damage: say so, rather than sending the user to restore a backup.
    throw folderNotWritable(path.dirname(file)) ?? new AppError('DB_CORRUPT',
      `Berkas basis data tidak dapat dibaca (rusak atau bukan basis data Swanilai): ${file} / The database file cannot be read (corrupt or not a Swanilai database).`,
      { cause: String(e) });
  } finally {
    probe?.close();
  }
}

export interface OpenOptions { readonly?: boolean; now?: () => Date; /** For tests: another migration list. */ migrations?: Migration[] }

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1].version;
  const version = readSchemaVersion(file);
  if (version > latest) {
    throw new AppError('DB_TOO_NEW',
      `Ruang kerja ini dibuat oleh versi Swanilai yang lebih baru (skema ${version}, aplikasi ini ${latest}). Perbarui aplikasi; berkas tidak diubah. / This workspace was created by a newer Swanilai (schema ${version}, this app ${latest}). Update the app; the file was not changed.`,
      { schemaVersion: version, appSchemaVersion: latest });
  }
  if (opts.readonly) {
    if (version < latest) {
      throw new AppError('CONFLICT', 'Basis data perlu diperbarui; buka aplikasi sekali dulu. / The database needs upgrading; open the app once first.');
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return db;
  }
  if (version > 0 && version < latest) backupBeforeMigration(file, opts.now?.() ?? new Date());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL, not NORMAL: in WAL mode NORMAL syncs the log only at checkpoints, so an answer the screen showed as
    // saved could vanish on power loss. FULL syncs at every commit: ~10 ms median per answer save instead of
    // ~1.3 ms (tests/reliability/measure-sync.ts, docs/reliability.md), far below what a click can notice.
    db.pragma('synchronous = FULL');
    migrate(db, migrations, version, opts.now?.() ?? new Date());
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw folderNotWritable(path.dirname(file)) ?? new AppError('DB_CORRUPT', `Basis data tidak dapat dibuka / The database cannot be opened: ${String((e as Error).message)}`);
  }
}

function migrate(db: Db, migrations: Migration[], from: number, now: Date): void {
  for (const m of migrations.filter((m) => m.version > from)) {
    // Each migration and its version bump commit together, so a crash leaves the last good version.
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migration_log (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now.toISOString());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/**
 * Copies the database into backups/ before a migration touches it. Opening is synchronous, so this uses VACUUM INTO
 * (SQLite's own transactionally consistent copy, committed WAL content included) rather than the stepwise online
 * backup API the app uses while running (backup/backup.ts); the name follows the same scheme, so it is listed and
 * restorable like any other backup.
 */
function backupBeforeMigration(file: string, now: Date): string {
  const dir = backupDir(path.dirname(file));
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${backupId(now, 'before-migration')}.sqlite`);
  const part = `${target}.part`;
  fs.rmSync(part, { force: true });
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(part);
  } finally {
    db.close();
  }
  syncFile(part);
  fs.renameSync(part, target);
  syncDir(dir);
  return target;
}
