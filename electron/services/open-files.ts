// Files the host was asked to open (double-click, "Open with", drop on the window, `--open-file`): kept by path in
// the back end, shown to the renderer by opaque id only, imported through the same verify/import code as uploads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import type { PendingOpenFile } from '../../shared/api/contract-open-files';
import { DOSSIER_FORMAT } from '../../shared/dossier/manifest';
import { REVIEW_FORMAT } from '../../shared/review/model';
import { peekFormat } from './review/file';

export type PendingKind = PendingOpenFile['kind'];
interface Entry extends PendingOpenFile { path: string }

/** A runaway launcher (or a folder of files dropped at once) cannot grow the list without bound. */
export const MAX_PENDING_FILES = 20;

/** The kind is the manifest's `format`, read as the verifiers read it; the extension decides nothing. */
export async function kindOfFile(file: string): Promise<PendingKind> {
  const format = await peekFormat(file).catch(() => null);
  if (format === DOSSIER_FORMAT) return 'dossier';
  if (format === REVIEW_FORMAT) return 'review';
  return 'unknown';
}

export class PendingOpenFiles {
  private entries: Entry[] = [];

  /**
   * Registers a path given by the host (argv, the OS, a drop). The same file twice is listed once. A path that is
   * not a readable regular file is refused here, so the renderer never sees an entry it cannot import.
   */
  async add(file: string): Promise<PendingOpenFile> {
    const abs = path.resolve(file);
    let st: fs.Stats;
    try {
      st = await fs.promises.stat(abs);
    } catch {
      throw new AppError('NOT_FOUND', `Berkas tidak ditemukan / file not found: ${abs}`);
    }
    if (!st.isFile()) throw new AppError('VALIDATION', `Bukan berkas biasa / not a regular file: ${abs}`);
    const kind = await kindOfFile(abs);
    const same = this.entries.find((e) => e.path === abs);
    if (same) {
      Object.assign(same, { size: st.size, kind });
      return publicView(same);
    }
    if (this.entries.length >= MAX_PENDING_FILES) this.entries.shift();
    const entry: Entry = { id: crypto.randomBytes(16).toString('hex'), name: path.basename(abs), size: st.size, kind, path: abs };
    this.entries.push(entry);
    return publicView(entry);
  }

  list(): PendingOpenFile[] {
    return this.entries.map(publicView);
  }

  dismiss(id: string): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.id !== id);
    return this.entries.length < before;
  }

  /**
   * Hands out the path of a pending file of the expected kind and drops the entry (an import is attempted once;
   * the user opens the file again to retry). A file of the other kind stays listed for the right screen.
   */
  take(id: string, kind: 'dossier' | 'review'): string {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) throw new AppError('NOT_FOUND', 'Berkas yang dibuka tidak ada lagi dalam daftar / the opened file is no longer pending');
    if (entry.kind !== kind) {
      if (entry.kind === 'unknown') this.dismiss(id);
      throw new AppError('BAD_FILE', `${entry.name}: ${WRONG_KIND[entry.kind]}`);
    }
    this.dismiss(id);
    return entry.path;
  }
}

const WRONG_KIND: Record<PendingKind, string> = {
  unknown: 'bukan berkas Swanilai yang dikenal / not a known Swanilai file',
  dossier: 'ini dossier; impor di "Berkas masuk" / this is a dossier; import it under "Incoming dossiers"',
  review: 'ini berkas tinjauan; impor di halaman dossier / this is a review file; import it on the dossier page',
};

function publicView(e: Entry): PendingOpenFile {
  return { id: e.id, name: e.name, size: e.size, kind: e.kind };
}
