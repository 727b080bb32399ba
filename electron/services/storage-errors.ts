// Turns the operating system's and SQLite's "no space" / "cannot write" failures into messages a user can act on.
import fs from 'node:fs';
import { AppError } from '../../shared/api/result';

const DISK_FULL_FS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY_FS = new Set(['EROFS', 'EACCES', 'EPERM']);
const DISK_FULL_SQLITE = /^SQLITE_FULL/;
const READ_ONLY_SQLITE = /^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM)/;

/**
 * A clear, bilingual AppError for a failed write caused by a full disk or a read-only/locked-down folder, or null
 * for any other error. Nothing is half-saved in either case: SQLite rolls the transaction back, and file writes
 * go to a temp name that is removed (or swept at the next start) — so the message can say the data is safe.
 */
export function storageError(e: unknown): AppError | null {
  if (!(e instanceof Error)) return null;
  const code = String((e as { code?: unknown }).code ?? '');
  if (DISK_FULL_FS.has(code) || DISK_FULL_SQLITE.test(code)) {
    return new AppError('DISK_FULL',
      'Disk penuh: perubahan ini tidak tersimpan. Data yang sudah tersimpan aman. Kosongkan ruang disk lalu coba lagi. / Disk full: this change was not saved. Data saved earlier is safe. Free some disk space and try again.',
      { cause: code });
  }
  if (READ_ONLY_FS.has(code) || READ_ONLY_SQLITE.test(code)) {
    return new AppError('READ_ONLY',
      'Folder ruang kerja tidak dapat ditulisi (hanya-baca atau tanpa izin): perubahan ini tidak tersimpan. Data yang sudah tersimpan aman. / The workspace folder cannot be written (read-only or no permission): this change was not saved. Data saved earlier is safe.',
      { cause: code });
  }
  return null;
}

/** Looks through AppErrors that wrapped a storage failure (e.g. "the dossier could not be written: ENOSPC …"). */
export function storageErrorFromMessage(message: string): AppError | null {
  const m = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|SQLITE_FULL|SQLITE_READONLY)\b/.exec(message);
  if (!m) return null;
  return storageError(Object.assign(new Error(message), { code: m[1] }));
}

/**
 * READ_ONLY when the folder cannot be written, else null. SQLite reports a database on a read-only disk as
 * "cannot open" or an I/O error, which must not reach the user as "the database is damaged, restore a backup".
 */
export function folderNotWritable(dir: string): AppError | null {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (e) {
    const mapped = storageError(e);
    return mapped?.code === 'READ_ONLY' ? mapped : null;
  }
}
