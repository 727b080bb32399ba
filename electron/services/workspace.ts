// A workspace is a folder with one SQLite database and an evidence folder; this opens and closes one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import { openDatabase, readSchemaVersion, type Db } from './db/connection';
import { NOTHING_SWEPT, sweepAtStart, type CleanupReport } from './evidence/sweep';
import { LATEST_SCHEMA_VERSION } from './db/migrations/index';
import { acquireLock, isLockedByOther, type WorkspaceLock } from './workspace-lock';

export const DB_NAME = 'swanilai.sqlite';
export const EVIDENCE_DIR = 'evidence';

export interface Workspace {
  dir: string;
  dbFile: string;
  evidenceDir: string;
  db: Db;
  readonly: boolean;
  /** What opening swept from the evidence folder; always nothing for a read-only view. */
  cleanup: CleanupReport;
  close(): void;
}

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
  const dir = path.resolve(dirInput);
  const dbFile = path.join(dir, DB_NAME);
  if (!fs.existsSync(dbFile) && !opts.create) {
    throw new AppError('NOT_FOUND', `Ruang kerja tidak ditemukan di ${dir}. Buat dengan "workspace init". / No workspace found at ${dir}.`);
  }
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new AppError('VALIDATION', `${dir} bukan folder. / ${dir} is not a folder.`);
  }
  // Refuse a newer database before creating anything in the folder.
  if (readSchemaVersion(dbFile) > LATEST_SCHEMA_VERSION) openDatabase(dbFile, { readonly: true });
  fs.mkdirSync(path.join(dir, EVIDENCE_DIR), { recursive: true });

  const holder = isLockedByOther(dir);
  const readonly = opts.mode === 'read' && holder !== null;
  const lock: WorkspaceLock | null = readonly ? null : acquireLock(dir, opts.purpose);
  const evidenceDir = path.join(dir, EVIDENCE_DIR);
  let db: Db;
  let cleanup: CleanupReport = NOTHING_SWEPT;
  try {
    db = openDatabase(dbFile, { readonly });
  } catch (e) {
    lock?.release();
    throw e;
  }
  // Only the lock holder sweeps: a read-only view (a CLI while the app runs) must not delete the app's uploads.
  if (lock) {
    try {
      cleanup = sweepAtStart(db, evidenceDir);
    } catch {
      // A folder we cannot clean (permissions, antivirus) is no reason to refuse the workspace; next start retries.
    }
  }
  let closed = false;
  return {
    dir, dbFile, evidenceDir, db, readonly, cleanup,
    close() {
      if (closed) return;
      closed = true;
      db.close();
      lock?.release();
    },
  };
}
