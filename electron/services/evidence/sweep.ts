// Cleans the evidence folder when the lock holder opens a workspace: unfinished uploads and blobs no record uses.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';

export const INCOMING = '.incoming';

/** What was removed: abandoned uploads (temp files), orphaned blobs (no evidence row), and the bytes freed. */
export interface CleanupReport { abandonedUploads: number; orphanFiles: number; freedBytes: number }

export const NOTHING_SWEPT: CleanupReport = Object.freeze({ abandonedUploads: 0, orphanFiles: 0, freedBytes: 0 });

/** Removes a file and returns its size, or null when it could not be removed (it is then left for next time). */
function remove(file: string): number | null {
  try {
    const size = fs.statSync(file).size;
    fs.rmSync(file, { force: true });
    return size;
  } catch {
    return null;
  }
}

/**
 * Only for the process that holds the workspace lock, right after opening: no upload of its own is running yet
 * and no other process may upload, so everything in .incoming is a leftover of a crash or a killed app, and a
 * blob without an evidence row is one whose record was never committed (or was removed while the file stayed).
 * `alsoKeep`: blobs that backups still name (a restore must find them).
 */
export function sweepAtStart(db: Db, evidenceDir: string, alsoKeep: ReadonlySet<string> = new Set()): CleanupReport {
  const report = { ...NOTHING_SWEPT };
  const incoming = path.join(evidenceDir, INCOMING);
  if (fs.existsSync(incoming)) {
    for (const name of fs.readdirSync(incoming)) {
      const size = remove(path.join(incoming, name));
      if (size !== null) { report.abandonedUploads++; report.freedBytes += size; }
    }
  }
  // A dossier import killed mid-copy leaves its staging folder (dossier/import.ts); the lock holder owns it now.
  for (const entry of fs.readdirSync(evidenceDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\.staging-[0-9a-f]{16}$/.test(entry.name)) continue;
    const dir = path.join(evidenceDir, entry.name);
    let files = 0;
    for (const name of fs.readdirSync(dir)) {
      const size = remove(path.join(dir, name));
      if (size !== null) { files++; report.freedBytes += size; }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    // A folder killed before its first file is still an unfinished import, and is reported as one.
    report.abandonedUploads += Math.max(files, 1);
  }
  // evidence.sha256 (migrations 002+) and dossier_evidence.sha256 (imported dossiers, 005+) are the columns that name a blob.
  const referenced = new Set((db.prepare('SELECT sha256 FROM evidence UNION SELECT sha256 FROM dossier_evidence').all() as { sha256: string }[]).map((r) => r.sha256));
  for (const shard of fs.readdirSync(evidenceDir, { withFileTypes: true })) {
    // Only the store's own layout (evidence/ab/ab…64 hex) is touched; any other file is not ours to delete.
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    const dir = path.join(evidenceDir, shard.name);
    for (const name of fs.readdirSync(dir)) {
      if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(shard.name) || referenced.has(name) || alsoKeep.has(name)) continue;
      const size = remove(path.join(dir, name));
      if (size !== null) { report.orphanFiles++; report.freedBytes += size; }
    }
    if (fs.readdirSync(dir).length === 0) fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

/** One line for logs and screens, or null when nothing was swept. */
export function describeCleanup(r: CleanupReport): string | null {
  if (r.abandonedUploads === 0 && r.orphanFiles === 0) return null;
  const id: string[] = [];
  const en: string[] = [];
  if (r.abandonedUploads) {
    id.push(`${r.abandonedUploads} unggahan terbengkalai`);
    en.push(`${r.abandonedUploads} abandoned upload${r.abandonedUploads === 1 ? '' : 's'}`);
  }
  if (r.orphanFiles) {
    id.push(`${r.orphanFiles} berkas yatim`);
    en.push(`${r.orphanFiles} orphaned file${r.orphanFiles === 1 ? '' : 's'}`);
  }
  return `${id.join(' dan ')} dibersihkan / ${en.join(' and ')} cleaned up`;
}

export function addCleanup(a: CleanupReport, b: CleanupReport): CleanupReport {
  return { abandonedUploads: a.abandonedUploads + b.abandonedUploads, orphanFiles: a.orphanFiles + b.orphanFiles, freedBytes: a.freedBytes + b.freedBytes };
}
