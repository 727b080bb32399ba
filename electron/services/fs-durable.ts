// fsync for folders: a rename is durable only once the folder that holds the new name is flushed.
import fs from 'node:fs';

/**
 * Flushes a folder's entries to disk, so a file renamed into it survives power loss (POSIX leaves the rename in
 * the page cache until then). Best effort: Windows cannot open a folder for fsync (NTFS journals the rename
 * itself), and a file system that refuses (some network mounts) is no reason to fail a save that did happen.
 */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // See above.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Flushes a file written and closed earlier (a copy, a VACUUM INTO result) before it is renamed into place. Opened
 * for writing because Windows flushes only handles with write access (FlushFileBuffers); nothing is written.
 */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}
