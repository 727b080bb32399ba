// Creating, listing and pruning backups of a workspace database with SQLite's online backup API: pages are copied
// from the live connection in steps, so the app keeps working and the copy is one consistent state. The copy is
// written as a .part file, checked, switched to rollback-journal mode (a single self-contained file), flushed and
// only then renamed into place.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { syncDir, syncFile } from '../fs-durable';
import { backupDir, backupId, parseBackupName, type BackupName, type BackupReason } from './names';
import { backupsToKeep } from './retention';

export interface BackupInfo { id: string; createdAt: string; reason: BackupReason; size: number }

function info(b: BackupName): BackupInfo | null {
  try {
    return { id: b.id, createdAt: b.createdAt.toISOString(), reason: b.reason, size: fs.statSync(b.file).size };
  } catch {
    return null; // removed meanwhile
  }
}

/** The backups of a workspace, newest first. Files that are not ours (or half-written .part files) are not listed. */
export function listBackups(workspaceDir: string): BackupInfo[] {
  const dir = backupDir(workspaceDir);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((n) => parseBackupName(workspaceDir, n)).filter((b): b is BackupName => b !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
    .map(info).filter((b): b is BackupInfo => b !== null);
}

/** Copies the open database into a new backup file. */
export async function createBackup(db: Db, workspaceDir: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  const dir = backupDir(workspaceDir);
  fs.mkdirSync(dir, { recursive: true });
  let id = backupId(now, reason);
  // Two backups in the same millisecond (tests, a double click) get distinct names rather than overwriting.
  for (let n = 1; fs.existsSync(path.join(dir, `${id}.sqlite`)); n++) id = backupId(new Date(now.getTime() + n), reason);
  const target = path.join(dir, `${id}.sqlite`);
  const part = `${target}.part`;
  fs.rmSync(part, { force: true });
  try {
    await db.backup(part);
    const copy = new Database(part);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`backup copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    syncFile(part);
    fs.renameSync(part, target);
    syncDir(dir);
  } catch (e) {
    fs.rmSync(part, { force: true });
    throw e;
  }
  return info(parseBackupName(workspaceDir, path.basename(target))!)!;
}

/** Removes the backups the retention rule no longer keeps; returns their ids. */
export function pruneBackups(workspaceDir: string): string[] {
  const dir = backupDir(workspaceDir);
  if (!fs.existsSync(dir)) return [];
  const all = fs.readdirSync(dir).map((n) => parseBackupName(workspaceDir, n)).filter((b): b is BackupName => b !== null);
  const keep = backupsToKeep(all);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.id)) continue;
    try { fs.rmSync(b.file); removed.push(b.id); } catch { /* in use or gone: next prune */ }
  }
  return removed;
}

/** The newest backup's time, or null. */
export function newestBackupAt(workspaceDir: string): Date | null {
  const [b] = listBackups(workspaceDir);
  return b ? new Date(b.createdAt) : null;
}

/** Runs `fn` on each readable backup (read-only) with the blob-naming tables it has; unreadable ones are skipped. */
function eachBackup(workspaceDir: string, fn: (db: Db, tables: string[]) => boolean | void): void {
  for (const b of listBackups(workspaceDir)) {
    let db: Db | undefined;
    try {
      db = new Database(path.join(backupDir(workspaceDir), `${b.id}.sqlite`), { readonly: true, fileMustExist: true });
      const tables = ['evidence', 'dossier_evidence'].filter((t) => db!.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t));
      if (fn(db, tables) === true) return;
    } catch {
      // An unreadable backup protects nothing; it is listed (and refused on restore) but does not stop the sweep.
    } finally {
      db?.close();
    }
  }
}

/**
 * Evidence blobs named by any backup: the start-up sweep keeps them, so restoring an older (or the pre-restore)
 * backup finds its files. They become sweepable once the backups naming them are pruned.
 */
export function blobsInBackups(workspaceDir: string): Set<string> {
  const out = new Set<string>();
  eachBackup(workspaceDir, (db, tables) => {
    for (const t of tables) for (const r of db.prepare(`SELECT sha256 FROM ${t}`).all() as { sha256: string }[]) out.add(r.sha256);
  });
  return out;
}

/** Whether a backup still names this blob (removing evidence then leaves the file for a restore). */
export function backupNamesBlob(workspaceDir: string, sha256: string): boolean {
  let found = false;
  eachBackup(workspaceDir, (db, tables) => {
    found = tables.some((t) => db.prepare(`SELECT 1 FROM ${t} WHERE sha256 = ? LIMIT 1`).get(sha256) !== undefined);
    return found;
  });
  return found;
}
