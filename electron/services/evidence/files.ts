// Content-addressed evidence files: streamed to a temp file while hashing, fsynced, renamed to their sha256.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { CHUNK_SIZE, MAX_EVIDENCE_BYTES } from './limits';

export { CHUNK_SIZE };
const INCOMING = '.incoming';

interface Upload { id: string; tmp: string; fd: number; hash: crypto.Hash; received: number; size: number; name: string; mediaType: string }

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

export class EvidenceUploads {
  private uploads = new Map<string, Upload>();

  constructor(private readonly evidenceDir: string) {
    // Leftovers from a crash mid-upload are incomplete by definition.
    fs.rmSync(path.join(evidenceDir, INCOMING), { recursive: true, force: true });
  }

  begin(name: string, size: number, mediaType: string): { uploadId: string; chunkSize: number } {
    if (size > MAX_EVIDENCE_BYTES) throw new AppError('TOO_LARGE', 'Berkas lebih dari 1 GB tidak dapat disimpan / files over 1 GB cannot be stored');
    const dir = path.join(this.evidenceDir, INCOMING);
    fs.mkdirSync(dir, { recursive: true });
    const id = crypto.randomBytes(16).toString('hex');
    const tmp = path.join(dir, id);
    const fd = fs.openSync(tmp, 'wx');
    this.uploads.set(id, { id, tmp, fd, hash: crypto.createHash('sha256'), received: 0, size, name, mediaType });
    return { uploadId: id, chunkSize: CHUNK_SIZE };
  }

  private get(id: string): Upload {
    const u = this.uploads.get(id);
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
    return { received: u.received };
  }

  /** Completes the file: fsync, then rename into place (or drop it when the same content is already stored). */
  finish(id: string): { sha256: string; size: number; name: string; mediaType: string; alreadyStored: boolean } {
    const u = this.get(id);
    if (u.received !== u.size) {
      this.cancel(id);
      throw new AppError('VALIDATION', `Unggahan tidak lengkap (${u.received} dari ${u.size} bita) / incomplete upload`);
    }
    fs.fsyncSync(u.fd);
    fs.closeSync(u.fd);
    this.uploads.delete(id);
    const sha256 = u.hash.digest('hex');
    const target = blobPath(this.evidenceDir, sha256);
    const alreadyStored = fs.existsSync(target);
    if (alreadyStored) fs.rmSync(u.tmp, { force: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(u.tmp, target);
    }
    return { sha256, size: u.size, name: u.name, mediaType: u.mediaType, alreadyStored };
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
