// What a user could notice of a workspace: every file with its digest, to prove a refused import changed nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { testWorkspace } from '../../helpers/workspace';

type T = ReturnType<typeof testWorkspace>;

/** Everything a user could notice: every file under the workspace with its digest (the lock file excepted). */
export function workspaceState(t: T): Record<string, string> {
  t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(t.dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(t.dir, full);
    // The -shm file is SQLite's shared-memory index: readers alone change it, it holds no data.
    // backups/ holds copies the app makes before an import writes: safety copies, not the user's data.
    if (/lock/i.test(rel) || rel.endsWith('-shm') || rel === 'backups' || rel.startsWith(`backups${path.sep}`)) continue;
    out[rel] = e.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex') : 'dir';
  }
  return out;
}

