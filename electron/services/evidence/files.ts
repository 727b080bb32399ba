// Content-addressed evidence files: streamed to a temp file while hashing, fsynced, renamed to their sha256.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { CHUNK_SIZE, MAX_DOSSIER_UPLOAD_BYTES, MAX_EVIDENCE_BYTES } from './limits';
import { INCOMING } from './sweep';
import { syncDir } from '../fs-durable';

export { CHUNK_SIZE };
/** An upload that receives no chunk for this long is taken as abandoned (tab closed, app crashed mid-transfer). */
export const UPLOAD_IDLE_MS = 30 * 60_000;
/** Expired ids remembered, so a late finish gets "timed out" rather than "unknown"; bounded against growth. */
const EXPIRED_MEMORY = 200;

/** What an upload is for: evidence goes into the store on finish; a dossier is only staged for import (see take). */
export type UploadPurpose = 'evidence' | 'dossier';

interface Upload { id: string; purpose: UploadPurpose; tmp: string; fd: number; hash: crypto.Hash; received: number; size: number; name: string; mediaType: string; lastActivity: number }
export interface UploadOptions { idleMs?: number; now?: () => number }

/** Path of a stored file: evidence/ab/abcdef…; the hash is checked so no input can point elsewhere. */
export function blobPath(evidenceDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('VALIDATION', 'hash tidak valid / invalid hash');
  const file = path.resolve(evidenceDir, sha256.slice(0, 2), sha256);
  if (!file.startsWith(path.resolve(evidenceDir) + path.sep)) throw new AppError('VALIDATION', 'path escapes the evidence folder');
  return file;
}

/** Original names are kept as metadata only; this makes one safe to show and to use as a download name. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '').slice(0, 180);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned);
  return cleaned === '' || reserved ? `berkas${cleaned ? '_' + cleaned : ''}` : cleaned;
}

/**
 * Uploads in progress in this process. It never sweeps the folder itself: leftovers of earlier runs belong to
 * whoever holds the workspace lock (see sweep.ts), and another process may be uploading right now.
 */
export class EvidenceUploads {
  private uploads = new Map<string, Upload>();
  private expired = new Set<string>();
  private swept = { uploads: 0, bytes: 0 };
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(private readonly evidenceDir: string, opts: UploadOptions = {}) {
    this.idleMs = opts.idleMs ?? UPLOAD_IDLE_MS;
    this.now = opts.now ?? Date.now;
  }

  /** Drops uploads idle past the limit (temp file removed); returns what this pass removed. */
  sweepIdle(): { uploads: number; bytes: number } {
    const cutoff = this.now() - this.idleMs;
    const pass = { uploads: 0, bytes: 0 };
    for (const u of [...this.uploads.values()]) {
      if (u.lastActivity > cutoff) continue;
      this.expire(u);
      pass.uploads++;
      pass.bytes += u.received;
    }
    return pass;
  }

  /** For the long-running hosts (desktop, web): sweeps idle uploads every so often; returns a stop function. */
  startIdleSweep(everyMs = 60_000): () => void {
    const timer = setInterval(() => this.sweepIdle(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Uploads dropped for idleness since this process started, and their bytes. */
  get timedOut(): { uploads: number; bytes: number } {
    return { ...this.swept };
  }

  private expire(u: Upload): void {
    this.cancel(u.id);
    this.swept.uploads++;
    this.swept.bytes += u.received;
    this.expired.add(u.id);
    if (this.expired.size > EXPIRED_MEMORY) this.expired.delete(this.expired.values().next().value!);
  }

  begin(name: string, size: number, mediaType: string, purpose: UploadPurpose = 'evidence'): { uploadId: string; chunkSize: number } {
    if (purpose === 'evidence' && size > MAX_EVIDENCE_BYTES) throw new AppError('TOO_LARGE', 'Berkas lebih dari 1 GB tidak dapat disimpan / files over 1 GB cannot be stored');
    if (purpose === 'dossier' && size > MAX_DOSSIER_UPLOAD_BYTES) throw new AppError('TOO_LARGE', 'Berkas dossier lebih dari 4 GB tidak diterima / dossier files over 4 GB are not accepted');
    const dir = path.join(this.evidenceDir, INCOMING);
    fs.mkdirSync(dir, { recursive: true });
    const id = crypto.randomBytes(16).toString('hex');
    const tmp = path.join(dir, id);
    const fd = fs.openSync(tmp, 'wx');
    this.uploads.set(id, { id, purpose, tmp, fd, hash: crypto.createHash('sha256'), received: 0, size, name, mediaType, lastActivity: this.now() });
    return { uploadId: id, chunkSize: CHUNK_SIZE };
  }

  private get(id: string): Upload {
    const found = this.uploads.get(id);
    // An idle upload expires when touched too, so the outcome does not depend on when the timer last ran.
    if (found && found.lastActivity <= this.now() - this.idleMs) this.expire(found);
    const u = this.uploads.get(id);
    if (!u && this.expired.has(id)) {
      const minutes = Math.round(this.idleMs / 60_000);
      throw new AppError('NOT_FOUND', `Unggahan dihentikan karena tidak aktif (tidak ada data selama ${minutes} menit); unggah ulang berkasnya. / Upload stopped: no data for ${minutes} minutes; upload the file again.`);
    }
    if (!u) throw new AppError('NOT_FOUND', 'Unggahan tidak dikenal atau sudah selesai / unknown or finished upload');
    return u;
  }

  /** Chunks must arrive in order; a repeated or skipped offset is refused rather than silently corrupting the file. */
  chunk(id: string, offset: number, data: Uint8Array): { received: number } {
    const u = this.get(id);
    if (offset !== u.received) throw new AppError('VALIDATION', `urutan potongan salah (diharapkan ${u.received}, diterima ${offset}) / chunk out of order`);
    if (u.received + data.byteLength > u.size) {
      this.cancel(id);
      throw new AppError('TOO_LARGE', 'Berkas lebih besar dari ukuran yang disebutkan / file larger than announced');
    }
    let written = 0;
    while (written < data.byteLength) written += fs.writeSync(u.fd, data, written, data.byteLength - written);
    u.hash.update(data);
    u.received += data.byteLength;
    u.lastActivity = this.now();
    return { received: u.received };
  }

  /** Completes the file: fsync, then rename into place (or drop it when the same content is already stored). */
  finish(id: string): { sha256: string; size: number; name: string; mediaType: string; alreadyStored: boolean } {
    const u = this.complete(id, 'evidence');
    const sha256 = u.hash.digest('hex');
    const target = blobPath(this.evidenceDir, sha256);
    const alreadyStored = fs.existsSync(target);
    if (alreadyStored) fs.rmSync(u.tmp, { force: true });
    else {
      const shard = path.dirname(target);
      const newShard = !fs.existsSync(shard);
      fs.mkdirSync(shard, { recursive: true });
      fs.renameSync(u.tmp, target);
      // The rename (and a new shard folder) reach the disk before the caller commits a row naming the blob, so
      // power loss can never leave a saved record whose file is gone; the reverse (a blob without a row) is swept.
      syncDir(shard);
      if (newShard) syncDir(this.evidenceDir);
    }
    return { sha256, size: u.size, name: u.name, mediaType: u.mediaType, alreadyStored };
  }

  /**
   * Hands over a finished upload's temp file (in .incoming, so the start-up sweep removes it after a crash) without
   * storing it; the caller owns the file from here and must delete it.
   */
  take(id: string, purpose: UploadPurpose): { file: string; size: number; name: string; sha256: string } {
    const u = this.complete(id, purpose);
    return { file: u.tmp, size: u.size, name: u.name, sha256: u.hash.digest('hex') };
  }

  /** Ends a fully received upload of the given purpose: fsync, close, forget; an incomplete one is dropped. */
  private complete(id: string, purpose: UploadPurpose): Upload {
    const u = this.get(id);
    // A dossier upload may be up to 4 GB, so it must never be finished into the evidence store (or the reverse).
    if (u.purpose !== purpose) throw new AppError('VALIDATION', 'Unggahan ini untuk keperluan lain / this upload is for another purpose');
    if (u.received !== u.size) {
      this.cancel(id);
      throw new AppError('VALIDATION', `Unggahan tidak lengkap (${u.received} dari ${u.size} bita) / incomplete upload`);
    }
    fs.fsyncSync(u.fd);
    fs.closeSync(u.fd);
    this.uploads.delete(id);
    return u;
  }

  cancel(id: string): boolean {
    const u = this.uploads.get(id);
    if (!u) return false;
    this.uploads.delete(id);
    try { fs.closeSync(u.fd); } catch { /* already closed */ }
    fs.rmSync(u.tmp, { force: true });
    return true;
  }

  get active(): number {
    return this.uploads.size;
  }
}
