// A workspace is a folder with one SQLite database and an evidence folder; this opens and closes one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { openDatabase, readSchemaVersion, type Db } from '../db/connection';
import { addCleanup, NOTHING_SWEPT, sweepAtStart, type CleanupReport } from '../evidence/sweep';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { blobsInBackups } from '../backup/backup';
import { chooseBackup, keepCurrent, replaceDatabaseFile } from '../backup/restore';
import { acquireLock, isLockedByOther, type WorkspaceLock } from './lock';
import { sweepPartialFiles } from './partials';

export const DB_NAME = 'swanilai.sqlite';
export const EVIDENCE_DIR = 'evidence';

export interface Workspace {
  dir: string;
  dbFile: string;
  evidenceDir: string;
  /** The open database; throws DB_CORRUPT while the workspace is open only for recovery (see `damaged`). */
  readonly db: Db;
  readonly: boolean;
  /** Why the database could not be opened (damaged): only restoring a backup is possible then. */
  readonly damaged: AppError | null;
  /** What opening swept from the evidence folder; always nothing for a read-only view. */
  cleanup: CleanupReport;
  /**
   * Replaces the database with a backup (checked first; the current state is backed up, or kept aside when
   * damaged) and opens it again. Only the lock holder can restore.
   */
  restore(backupId: string): Promise<RestoreResult>;
  close(): void;
}

export interface RestoreResult { restored: string; schemaVersion: number; keptAs: string | null; damagedCopy: string | null }

/** The per-user default: the same folder Electron uses as userData, so both front ends share it. */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SWANILAI_WORKSPACE) return path.resolve(env.SWANILAI_WORKSPACE);
  const home = os.homedir();
  const base = platform === 'win32' ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
    : platform === 'darwin' ? path.join(home, 'Library', 'Application Support')
    : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'Swanilai', 'workspace');
}

export interface OpenWorkspaceOptions {
  /** 'exclusive' takes the lock (app, web host, writing CLI); 'read' opens read-only when someone else holds it. */
  mode: 'exclusive' | 'read';
  purpose: string;
  create?: boolean;
}

export function openWorkspace(dirInput: string, opts: OpenWorkspaceOptions): Workspace {
  return open(dirInput, opts, false);
}

/**
 * Like openWorkspace, but a damaged database (unreadable, failing its integrity check) does not refuse the
 * workspace: it opens with the lock held and `damaged` set, so the app can offer to restore a backup.
 */
export function openWorkspaceForRecovery(dirInput: string, opts: OpenWorkspaceOptions): Workspace {
  return open(dirInput, opts, true);
}

/** quick_check reads every page once (a few ms for a typical workspace); full integrity_check is for restores. */
function checkIntegrity(db: Db, dbFile: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch (e) {
    rows = [{ quick_check: String((e as Error).message) }]; // SQLITE_CORRUPT / NOTADB raised by the check itself
  }
  if (rows.length === 1 && rows[0].quick_check === 'ok') return;
  throw new AppError('DB_CORRUPT',
    `Basis data ruang kerja rusak (${dbFile}). Pulihkan dari cadangan (Pengaturan → Cadangan, atau "backup restore"). / The workspace database is damaged. Restore a backup (Settings → Backups, or "backup restore").`,
    { problems: rows.slice(0, 10).map((r) => r.quick_check) });
}

function openChecked(dbFile: string, readonly: boolean): Db {
  const db = openDatabase(dbFile, { readonly });
  try {
    checkIntegrity(db, dbFile);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function open(dirInput: string, opts: OpenWorkspaceOptions, recovery: boolean): Workspace {
  const dir = path.resolve(dirInput);
  const dbFile = path.join(dir, DB_NAME);
  if (!fs.existsSync(dbFile) && !opts.create) {
    throw new AppError('NOT_FOUND', `Ruang kerja tidak ditemukan di ${dir}. Buat dengan "workspace init". / No workspace found at ${dir}.`);
  }
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new AppError('VALIDATION', `${dir} bukan folder. / ${dir} is not a folder.`);
  }
  let damaged: AppError | null = null;
  // Refuse a newer database before creating anything in the folder.
  try {
    if (readSchemaVersion(dbFile) > LATEST_SCHEMA_VERSION) openDatabase(dbFile, { readonly: true });
  } catch (e) {
    if (!(recovery && e instanceof AppError && e.code === 'DB_CORRUPT')) throw e;
    damaged = e;
  }
  fs.mkdirSync(path.join(dir, EVIDENCE_DIR), { recursive: true });

  const holder = isLockedByOther(dir);
  const readonly = opts.mode === 'read' && holder !== null;
  const lock: WorkspaceLock | null = readonly ? null : acquireLock(dir, opts.purpose);
  const evidenceDir = path.join(dir, EVIDENCE_DIR);
  let db: Db | null = null;
  let cleanup: CleanupReport = NOTHING_SWEPT;
  if (!damaged) {
    try {
      db = openChecked(dbFile, readonly);
    } catch (e) {
      if (!(recovery && lock && e instanceof AppError && e.code === 'DB_CORRUPT')) {
        lock?.release();
        throw e;
      }
      damaged = e;
    }
  }
  if (damaged && !lock) throw damaged;
  // Only the lock holder sweeps: a read-only view (a CLI while the app runs) must not delete the app's uploads.
  // Nothing is swept while the database is damaged: it cannot say which blobs are in use.
  const sweep = (d: Db) => {
    try {
      return addCleanup(sweepAtStart(d, evidenceDir, blobsInBackups(dir)), sweepPartialFiles(dir));
    } catch {
      // A folder we cannot clean (permissions, antivirus) is no reason to refuse the workspace; next start retries.
      return NOTHING_SWEPT;
    }
  };
  if (lock && db) cleanup = sweep(db);
  let closed = false;
  const ws: Workspace = {
    dir, dbFile, evidenceDir, readonly, cleanup,
    get db(): Db {
      if (!db) throw damaged ?? new AppError('CONFLICT', 'Ruang kerja sudah ditutup / the workspace is closed');
      return db;
    },
    get damaged() { return damaged; },
    async restore(backupId: string): Promise<RestoreResult> {
      if (!lock || closed) throw new AppError('WORKSPACE_LOCKED', 'Hanya aplikasi yang membuka ruang kerja yang dapat memulihkan / only the app holding the workspace can restore');
      const { id, file } = chooseBackup(dir, backupId);
      const kept = await keepCurrent(db, dbFile, dir, new Date());
      db?.close();
      db = null;
      replaceDatabaseFile(dbFile, file);
      // Opening migrates an older backup to this app's schema (with its own pre-migration backup).
      db = openChecked(dbFile, false);
      damaged = null;
      return { restored: id, schemaVersion: db.pragma('user_version', { simple: true }) as number, keptAs: kept.backup?.id ?? null, damagedCopy: kept.damagedCopy };
    },
    close() {
      if (closed) return;
      closed = true;
      db?.close();
      lock?.release();
    },
  };
  return ws;
}
