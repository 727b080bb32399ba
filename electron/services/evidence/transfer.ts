// Evidence bytes in and out, once for both transports (Electron IPC and the web host): limits, chunks, file reads.
import fs from 'node:fs';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import type { UploadPurpose } from './files';
import { CHUNK_SIZE, MAX_CHUNK_BYTES, MAX_CONCURRENT_UPLOADS, MAX_EVIDENCE_BYTES, MAX_PREVIEW_BYTES } from './limits';
import { evidenceFile } from './service';

export * from './limits';

const UPLOAD_ID = /^[0-9a-f]{32}$/;
const MIB = 1024 * 1024;

export function beginUpload(ctx: HandlerContext, name: string, size: number, mediaType: string, purpose: UploadPurpose = 'evidence'): { uploadId: string; chunkSize: number } {
  if (purpose === 'evidence' && size > MAX_EVIDENCE_BYTES) throw new AppError('TOO_LARGE', 'Berkas lebih dari 1 GB tidak dapat disimpan / files over 1 GB cannot be stored');
  if (ctx.uploads.active >= MAX_CONCURRENT_UPLOADS) {
    throw new AppError('CONFLICT', `Sudah ada ${MAX_CONCURRENT_UPLOADS} unggahan berjalan; tunggu sampai selesai atau batalkan. / ${MAX_CONCURRENT_UPLOADS} uploads are already running; wait for them or cancel one.`);
  }
  const begun = ctx.uploads.begin(name, size, mediaType, purpose);
  return { uploadId: begun.uploadId, chunkSize: CHUNK_SIZE };
}

/** The one answer to an oversized chunk, whichever transport noticed it: the upload is dropped, nothing half-stored. */
export function refuseOversizedChunk(ctx: HandlerContext, uploadId: string): never {
  ctx.uploads.cancel(uploadId);
  throw new AppError('TOO_LARGE', `Potongan unggahan lebih dari ${MAX_CHUNK_BYTES / MIB} MB ditolak / upload chunk over ${MAX_CHUNK_BYTES / MIB} MB refused`);
}

export function parseUploadId(uploadId: unknown): string {
  if (typeof uploadId !== 'string' || !UPLOAD_ID.test(uploadId)) throw new AppError('VALIDATION', 'Nomor unggahan tidak valid / invalid upload id');
  return uploadId;
}

export function parseOffset(offset: unknown): number {
  const n = typeof offset === 'string' && /^\d{1,16}$/.test(offset) ? Number(offset) : offset;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new AppError('VALIDATION', 'Posisi potongan tidak valid / invalid chunk offset');
  return n;
}

/** Checks and stores one chunk; IPC passes the renderer's arguments straight in, the web host its parsed request. */
export function acceptChunk(ctx: HandlerContext, uploadId: unknown, offset: unknown, data: unknown): { received: number } {
  const id = parseUploadId(uploadId);
  const at = parseOffset(offset);
  if (!(data instanceof Uint8Array)) throw new AppError('VALIDATION', 'Potongan harus berupa bita / chunk must be bytes');
  if (data.byteLength > MAX_CHUNK_BYTES) refuseOversizedChunk(ctx, id);
  return ctx.uploads.chunk(id, at, data);
}

export interface OpenedEvidence { fd: number; size: number; mediaType: string; originalName: string; sha256: string }

/**
 * Opens a stored file for reading. Opening first means a file that vanished or was replaced by something
 * unreadable is reported before any response has started; once open, the descriptor keeps reading even if
 * the path is removed meanwhile. The caller closes fd (or hands it to a stream that does).
 */
export function openEvidence(ctx: HandlerContext, id: number): OpenedEvidence {
  const { file, row } = evidenceFile(ctx, id);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw readError(e, row.original_name);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    return { fd, size: st.size, mediaType: row.media_type, originalName: row.original_name, sha256: row.sha256 };
  } catch (e) {
    fs.closeSync(fd);
    throw readError(e, row.original_name);
  }
}

/** A failed read as the user should see it: a missing file is NOT_FOUND, anything else an internal problem. */
export function readError(e: unknown, name: string): AppError {
  if (e instanceof AppError) return e;
  if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
    return new AppError('NOT_FOUND', `Berkas bukti hilang dari folder ruang kerja / the evidence file is missing: ${name}`);
  }
  return new AppError('INTERNAL', `Berkas bukti tidak dapat dibaca (${(e as NodeJS.ErrnoException)?.code ?? 'error'}) / the evidence file cannot be read: ${name}`);
}

/** The desktop preview: the whole file as bytes over IPC (no URL, so nothing to leak), up to MAX_PREVIEW_BYTES. */
export function readForPreview(ctx: HandlerContext, id: unknown): { mediaType: string; data: Uint8Array } {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new AppError('VALIDATION', 'Nomor bukti tidak valid / invalid evidence id');
  return readWhole(openEvidence(ctx, id), 'Berkas terlalu besar untuk pratinjau; buka dengan aplikasi lain / too large to preview; open it with another application');
}

/** Reads an opened file whole (refusing one over MAX_PREVIEW_BYTES with `tooLarge`) and always closes it. */
export function readWhole(f: OpenedEvidence, tooLarge: string): { mediaType: string; data: Uint8Array } {
  try {
    if (f.size > MAX_PREVIEW_BYTES) throw new AppError('TOO_LARGE', tooLarge);
    const data = Buffer.alloc(f.size);
    let got = 0;
    while (got < f.size) {
      const n = fs.readSync(f.fd, data, got, f.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { mediaType: f.mediaType, data: new Uint8Array(data.buffer, data.byteOffset, got) };
  } catch (e) {
    throw readError(e, f.originalName);
  } finally {
    fs.closeSync(f.fd);
  }
}
