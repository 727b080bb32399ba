// An exclusive lock file per workspace so that a second app instance gets a clear message, not corruption.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';

export interface LockInfo { pid: number; host: string; startedAt: string; purpose: string }
export interface WorkspaceLock { file: string; release(): void }

export const LOCK_NAME = 'swanilai.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dir: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, LOCK_NAME), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** True when another live process holds the lock. */
export function isLockedByOther(dir: string): LockInfo | null {
  const info = readLock(dir);
  if (!info) return null;
  if (info.pid === process.pid && info.host === os.hostname()) return null;
  if (info.host === os.hostname() && !isAlive(info.pid)) return null;
  return info;
}

export function acquireLock(dir: string, purpose: string): WorkspaceLock {
  const file = path.join(dir, LOCK_NAME);
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), purpose };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify(info));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readLock(dir);
        if (current && current.pid === info.pid && current.startedAt === info.startedAt) fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { file, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = isLockedByOther(dir);
      if (holder) {
        throw new AppError('WORKSPACE_LOCKED',
          `Ruang kerja ini sedang dibuka oleh Swanilai lain (${holder.purpose}, PID ${holder.pid}, sejak ${holder.startedAt}). Tutup jendela itu dulu. / This workspace is already open in another Swanilai (${holder.purpose}, PID ${holder.pid}). Close it first.`,
          holder);
      }
      // The holder is gone (crash): the lock is stale, so take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('WORKSPACE_LOCKED', 'Kunci ruang kerja tidak dapat diambil. / Could not take the workspace lock.');
}
