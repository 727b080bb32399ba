// Backup files of a workspace database: where they live, how they are named and read back. A name carries its time
// and reason, so listing needs no index file that could itself be lost.
import path from 'node:path';

export const BACKUP_DIR = 'backups';
export const REASONS = ['daily', 'manual', 'before-import', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof REASONS)[number];

export interface BackupName { id: string; file: string; createdAt: Date; reason: BackupReason }

/** swanilai-20261201T225800123Z-daily.sqlite → id "swanilai-20261201T225800123Z-daily". */
const NEW = /^swanilai-(\d{8}T\d{9}Z)-([a-z-]+)$/;
/** Written by migrations before this module existed: swanilai-v6-2026-12-01T22-58-00-123Z.sqlite. */
const OLD = /^swanilai-v\d+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

export function backupDir(workspaceDir: string): string {
  return path.join(workspaceDir, BACKUP_DIR);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

export function backupId(createdAt: Date, reason: BackupReason): string {
  return `swanilai-${stamp(createdAt)}-${reason}`;
}

/** Reads a file name of the backup folder; null for anything else (part files, foreign files). */
export function parseBackupName(workspaceDir: string, fileName: string): BackupName | null {
  if (!fileName.endsWith('.sqlite')) return null;
  const id = fileName.slice(0, -'.sqlite'.length);
  const file = path.join(backupDir(workspaceDir), fileName);
  const n = NEW.exec(id);
  if (n && (REASONS as readonly string[]).includes(n[2])) {
    const s = n[1];
    const createdAt = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
    return Number.isNaN(createdAt.getTime()) ? null : { id, file, createdAt, reason: n[2] as BackupReason };
  }
  const o = OLD.exec(id);
  if (o) {
    const [date, time] = o[1].split('T');
    const [h, m, s, ms] = time.replace('Z', '').split('-');
    const createdAt = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
    return Number.isNaN(createdAt.getTime()) ? null : { id, file, createdAt, reason: 'before-migration' };
  }
  return null;
}

/** An id from a user (CLI, screen) must name a file of the backup folder and nothing else. */
export function isBackupId(id: string): boolean {
  return NEW.test(id) || OLD.test(id);
}
