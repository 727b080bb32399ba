// Backups the app makes on its own: one a day while it runs, and one before an import writes (at most one per
// ten minutes, so importing twenty dossiers in a row makes one backup, not twenty). Each is followed by pruning.
import type { HandlerContext } from '../context';
import type { Workspace } from '../workspace/workspace';
import { createBackup, newestBackupAt, pruneBackups } from './backup';
import type { BackupReason } from './names';

export const DAILY_MS = 24 * 3600_000;
export const BEFORE_IMPORT_GAP_MS = 10 * 60_000;
const CHECK_EVERY_MS = 3600_000;

/** Makes a backup unless one is younger than `gapMs`; returns its id, or null when none was needed or possible. */
export async function backupIfOlderThan(ws: Workspace, reason: BackupReason, gapMs: number, now = new Date()): Promise<string | null> {
  if (ws.readonly || ws.damaged) return null;
  const newest = newestBackupAt(ws.dir);
  if (newest && now.getTime() - newest.getTime() < gapMs) return null;
  const b = await createBackup(ws.db, ws.dir, reason, now);
  pruneBackups(ws.dir);
  return b.id;
}

/** Before an import writes: a failed backup (disk full) is reported to the caller, who does not import. */
export function backupBeforeImport(ctx: HandlerContext): Promise<string | null> {
  return backupIfOlderThan(ctx.workspace, 'before-import', BEFORE_IMPORT_GAP_MS, ctx.now());
}

/** Checks at start and every hour whether a day has passed since the newest backup; returns a stop function. */
export function startDailyBackups(ws: Workspace, log: (line: string) => void = () => {}): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    backupIfOlderThan(ws, 'daily', DAILY_MS)
      .then((id) => { if (id) log(`Cadangan harian dibuat / daily backup made: ${id}`); })
      .catch((e) => log(`Cadangan harian gagal / daily backup failed: ${String((e as Error).message ?? e)}`))
      .finally(() => { running = false; });
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
