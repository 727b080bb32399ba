// Low-level reading of a dossier zip with yauzl: open, list the central directory, stream one entry under hard limits.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { DOSSIER_LIMITS } from '../../../shared/dossier/manifest';

/** One reason a dossier is refused: a stable code, a message in both languages, and the entry it concerns. */
export interface DossierProblem { code: string; message: { id: string; en: string }; entry?: string }

export function problem(code: string, id: string, en: string, entry?: string): DossierProblem {
  return entry === undefined ? { code, message: { id, en } } : { code, message: { id, en }, entry };
}

/** Thrown by the readers below; verify.ts turns it into a report line, never into an exception for the caller. */
export class DossierReadError extends Error {
  constructor(public readonly problem: DossierProblem) {
    super(`${problem.code}: ${problem.message.en}`);
  }
}

/** A central-directory entry with its name decoded by us (yauzl's own decoding and checks are turned off). */
export interface RawEntry { name: string; entry: yauzl.Entry }

/** Below this many inflated bytes the ratio is not judged: a few KB of repetitive text may legitimately shrink a lot. */
export const RATIO_GRACE_BYTES = 1024 * 1024;

const fail = (p: DossierProblem) => new DossierReadError(p);

/** Tells "not a zip", "empty", and "truncated / damaged" apart, which yauzl reports with one kind of error. */
export async function openZip(file: string): Promise<yauzl.ZipFile> {
  let size: number;
  let head = Buffer.alloc(0);
  try {
    size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(Math.min(4, size));
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw fail(problem('UNREADABLE', 'Berkas tidak dapat dibaca', 'The file cannot be read'));
  }
  if (size === 0) throw fail(problem('EMPTY', 'Berkas kosong (0 bita)', 'The file is empty (0 bytes)'));
  const looksLikeZip = head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b;
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
      if (!err) return resolve(zip);
      reject(fail(looksLikeZip
        ? problem('TRUNCATED', 'Berkas zip terpotong atau rusak; minta kirim ulang', 'The zip file is truncated or damaged; ask for it again')
        : problem('NOT_A_ZIP', 'Ini bukan berkas dossier Swanilai (bukan zip)', 'This is not a Swanilai dossier (not a zip file)')));
    });
  });
}

/** Reads the whole central directory (names and headers only), stopping once the entry limit is passed. */
export function listEntries(zip: yauzl.ZipFile): Promise<RawEntry[]> {
  if (zip.entryCount > DOSSIER_LIMITS.maxEntries) {
    return Promise.reject(fail(problem('TOO_MANY_ENTRIES', `Terlalu banyak isi (${zip.entryCount}; batas ${DOSSIER_LIMITS.maxEntries})`, `Too many entries (${zip.entryCount}; limit ${DOSSIER_LIMITS.maxEntries})`)));
  }
  if (zip.entryCount === 0) return Promise.reject(fail(problem('EMPTY', 'Zip tidak berisi apa pun', 'The zip contains nothing')));
  return new Promise((resolve, reject) => {
    const out: RawEntry[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    zip.on('entry', (entry: yauzl.Entry) => {
      let name: string;
      try {
        name = decoder.decode(entry.fileNameRaw);
      } catch {
        // A name that is not UTF-8 cannot match any generated entry path; keep a visible form for the message.
        name = `\uFFFD${entry.fileNameRaw.toString('hex')}`;
      }
      out.push({ name, entry });
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', () => reject(fail(problem('TRUNCATED', 'Daftar isi zip rusak atau terpotong', 'The zip directory is damaged or truncated'))));
    zip.readEntry();
  });
}

export interface StreamLimits { maxBytes: number; entry: string; signal?: AbortSignal; onBytes?(n: number): void }

/** Counts, hashes and enforces limits on the bytes really inflated; stops the inflater at the first byte too many. */
class Guard extends Transform {
  bytes = 0;
  readonly hash = crypto.createHash('sha256');
  constructor(private readonly limits: StreamLimits, private readonly compressedSize: number) { super(); }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    const { entry, maxBytes } = this.limits;
    if (this.bytes > maxBytes) {
      return done(fail(problem('ENTRY_TOO_LARGE', `Isi lebih besar dari yang tercatat atau dari batas (${maxBytes} bita)`, `Entry larger than listed or than the limit (${maxBytes} bytes)`, entry)));
    }
    if (this.bytes > RATIO_GRACE_BYTES && this.bytes / Math.max(1, this.compressedSize) > DOSSIER_LIMITS.maxCompressionRatio) {
      return done(fail(problem('ZIP_BOMB', 'Rasio kompresi tidak wajar (bom zip); berkas ditolak', 'Compression ratio out of bounds (zip bomb); file refused', entry)));
    }
    this.hash.update(chunk);
    this.limits.onBytes?.(chunk.length);
    done(null, chunk);
  }
}

function mapStreamError(e: unknown, entry: string): DossierReadError {
  if (e instanceof DossierReadError) return e;
  if (e instanceof Error && e.name === 'AbortError') throw e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/too many bytes|not enough bytes/.test(msg)) {
    return fail(problem('SIZE_LIES', 'Ukuran di kepala zip tidak sesuai isinya', 'The sizes in the zip headers do not match the content', entry));
  }
  if (/compression method|encrypted/i.test(msg)) {
    return fail(problem('UNSUPPORTED_ENTRY', 'Isi memakai kompresi atau enkripsi yang tidak didukung', 'Entry uses an unsupported compression or encryption', entry));
  }
  return fail(problem('CORRUPT_ENTRY', 'Isi zip rusak dan tidak dapat dibaca', 'The entry is damaged and cannot be read', entry));
}

/**
 * Streams one entry through the guard into `sink` (or nowhere), returning its size and sha256. Memory stays flat:
 * chunks flow through, nothing is collected. An abort rejects with the AbortError itself.
 */
export async function streamEntry(zip: yauzl.ZipFile, raw: RawEntry, limits: StreamLimits, sink?: Writable): Promise<{ size: number; sha256: string }> {
  let stream: Readable;
  try {
    stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(raw.entry, (err, s) => (err ? reject(err) : resolve(s))));
  } catch (e) {
    throw mapStreamError(e, limits.entry);
  }
  const guard = new Guard(limits, raw.entry.compressedSize);
  const target = sink ?? new Writable({ write: (_c, _e, cb) => cb() });
  try {
    await pipeline(stream, guard, target, { signal: limits.signal });
  } catch (e) {
    stream.destroy();
    throw mapStreamError(e, limits.entry);
  }
  return { size: guard.bytes, sha256: guard.hash.digest('hex') };
}

/** A small entry (manifest, signature) into memory, never more than maxBytes however the headers lie. */
export async function readSmallEntry(zip: yauzl.ZipFile, raw: RawEntry, maxBytes: number, signal?: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, cb) => { chunks.push(c); cb(); } });
  await streamEntry(zip, raw, { maxBytes, entry: raw.name, signal }, sink);
  return Buffer.concat(chunks);
}
