// Restoring a backup: the chosen file is checked first (integrity, a schema this app can open), the current state
// is kept (an online backup when the database is readable, else the damaged file moved aside), and the backup is
// copied in as a .part file, flushed and renamed over the database, so a crash leaves either the old or the new file.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { Db } from '../db/connection';
import { syncDir, syncFile } from '../fs-durable';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { createBackup, listBackups, type BackupInfo } from './backup';
import { backupDir, isBackupId } from './names';

const bi = (id: string, en: string) => `${id} / ${en}`;

export function backupFile(workspaceDir: string, id: string): string {
  if (!isBackupId(id)) throw new AppError('VALIDATION', bi(`"${id}" bukan nama cadangan`, `"${id}" is not a backup name`));
  const file = path.join(backupDir(workspaceDir), `${id}.sqlite`);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', bi(`Cadangan ${id} tidak ada`, `backup ${id} does not exist`));
  return file;
}

/** Opens a backup read-only and checks it fully; returns its schema version. */
export function checkBackup(file: string): number {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0].integrity_check !== 'ok') throw new Error(rows.slice(0, 5).map((r) => r.integrity_check).join('; '));
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) throw new Error('not a Swanilai database (schema 0)');
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_TOO_NEW', bi(`Cadangan ini dibuat oleh versi Swanilai yang lebih baru (skema ${version})`, `this backup was made by a newer Swanilai (schema ${version})`));
    }
    return version;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('DB_CORRUPT', bi(`Cadangan rusak, tidak dipulihkan: ${path.basename(file)}`, `the backup is damaged and was not restored: ${path.basename(file)}`), { cause: String((e as Error).message ?? e) });
  } finally {
    db?.close();
  }
}

export interface KeptCurrent { backup: BackupInfo | null; damagedCopy: string | null }

/**
 * Keeps what is there now before a restore replaces it: a 'before-restore' backup of a readable database, or, when
 * the database is damaged (db null), its files moved to backups/damaged-<time>.sqlite for whoever wants to dig.
 */
export async function keepCurrent(db: Db | null, dbFile: string, workspaceDir: string, now: Date): Promise<KeptCurrent> {
  if (db) return { backup: await createBackup(db, workspaceDir, 'before-restore', now), damagedCopy: null };
  if (!fs.existsSync(dbFile)) return { backup: null, damagedCopy: null };
  const dir = backupDir(workspaceDir);
  fs.mkdirSync(dir, { recursive: true });
  const copy = path.join(dir, `damaged-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
  for (const suffix of ['', '-wal']) if (fs.existsSync(dbFile + suffix)) fs.copyFileSync(dbFile + suffix, copy + suffix);
  return { backup: null, damagedCopy: copy };
}

/** Puts the backup's bytes in place of the database file; the database must be closed. */
export function replaceDatabaseFile(dbFile: string, backup: string): void {
  const part = `${dbFile}.restore-part`;
  fs.copyFileSync(backup, part);
  syncFile(part);
  // The old WAL belongs to the old file: left beside the new one it would be replayed into it.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(part, dbFile);
  syncDir(path.dirname(dbFile));
}

/**
 * The backup to restore, checked once: "latest" is the newest backup that passes its check; any other value must be
 * a listed id whose backup passes (DB_CORRUPT / DB_TOO_NEW otherwise).
 */
export function chooseBackup(workspaceDir: string, idOrLatest: string): { id: string; file: string } {
  if (idOrLatest !== 'latest') {
    const file = backupFile(workspaceDir, idOrLatest);
    checkBackup(file);
    return { id: idOrLatest, file };
  }
  for (const b of listBackups(workspaceDir)) {
    try {
      const file = backupFile(workspaceDir, b.id);
      checkBackup(file);
      return { id: b.id, file };
    } catch { /* try the next older one */ }
  }
  throw new AppError('NOT_FOUND', bi('Tidak ada cadangan yang utuh', 'there is no sound backup'));
}
