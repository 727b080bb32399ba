// Half-written files a killed app leaves outside the evidence store: exports, backups, a restore in progress.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_DIR } from '../backup/names';
import { EXPORTS_DIR } from '../dossier/export-target';
import { NOTHING_SWEPT, type CleanupReport } from '../evidence/sweep';

/** Names only our own writers use for a file before its rename (export.ts, backup.ts, connection.ts, restore.ts). */
const EXPORT_PART = /\.swanilai\.part-[0-9a-f]{12}$/;
const BACKUP_PART = /\.sqlite\.part(-journal|-wal|-shm)?$/;
const RESTORE_PART = /\.sqlite\.restore-part$/;

/**
 * Only for the lock holder, right after opening (like sweepAtStart): nothing of this process is being written yet
 * and no other process may write, so every such file is a leftover of a crash. They are counted as orphaned files,
 * so the start-up line ("… berkas yatim dibersihkan / … orphaned files cleaned up") reports them.
 */
export function sweepPartialFiles(workspaceDir: string): CleanupReport {
  const report = { ...NOTHING_SWEPT };
  const sweep = (dir: string, pattern: RegExp) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      const file = path.join(dir, name);
      try {
        const size = fs.statSync(file).size;
        fs.rmSync(file, { force: true });
        report.orphanFiles++;
        report.freedBytes += size;
      } catch {
        // Left for the next start, like the evidence sweep.
      }
    }
  };
  sweep(path.join(workspaceDir, EXPORTS_DIR), EXPORT_PART);
  sweep(path.join(workspaceDir, BACKUP_DIR), BACKUP_PART);
  sweep(workspaceDir, RESTORE_PART);
  return report;
}
