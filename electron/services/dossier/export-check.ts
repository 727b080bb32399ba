// Re-reads a just-written dossier completely (every entry's digest and size, the manifest, the signature) before it is reported done.
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/api/result';
import { Manifest, MANIFEST_ENTRY, Signature, SIGNATURE_ENTRY } from '../../../shared/dossier/manifest';

function bad(id: string, en: string): AppError {
  return new AppError('BAD_FILE', `Pemeriksaan berkas yang baru ditulis gagal: ${id} / Checking the written dossier failed: ${en}`);
}

/** Streams one entry, hashing it; buffers only the small manifest and signature. */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean, signal?: AbortSignal): Promise<{ sha256: string; size: number; bytes?: Buffer }> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s))));
  const hash = crypto.createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  await pipeline(stream, new Writable({
    write(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (keep) chunks.push(chunk);
      done();
    },
  }), { signal });
  return { sha256: hash.digest('hex'), size, bytes: keep ? Buffer.concat(chunks) : undefined };
}

/**
 * The writer's own check (the full reader with its limits is verify.ts, used on import): the entries are exactly
 * the manifest's plus the two fixed ones, each digest and size matches, and the signature verifies with the key
 * the file names. Throws BAD_FILE naming the first problem.
 */
export async function checkWrittenDossier(file: string, signal?: AbortSignal): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? reject(e) : resolve(z))));
  try {
    const found = new Map<string, { sha256: string; size: number; bytes?: Buffer }>();
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (found.has(name)) return reject(bad(`entri ganda ${name}`, `duplicate entry ${name}`));
        readEntry(zip, entry, name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY, signal).then((r) => {
          found.set(name, r);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
    const manifestBytes = found.get(MANIFEST_ENTRY)?.bytes;
    const sigBytes = found.get(SIGNATURE_ENTRY)?.bytes;
    if (!manifestBytes || !sigBytes) throw bad('manifest atau tanda tangan tidak ada', 'manifest or signature missing');
    const manifest = Manifest.safeParse(JSON.parse(manifestBytes.toString('utf8')));
    const sig = Signature.safeParse(JSON.parse(sigBytes.toString('utf8')));
    if (!manifest.success || !sig.success) throw bad('manifest atau tanda tangan tidak sesuai skema', 'manifest or signature does not match its schema');
    const listed = new Map(manifest.data.entries.map((e) => [e.path, e]));
    for (const [name, got] of found) {
      if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY) continue;
      const want = listed.get(name);
      if (!want) throw bad(`entri tidak tercantum ${name}`, `entry not listed: ${name}`);
      if (want.sha256 !== got.sha256 || want.size !== got.size) throw bad(`isi ${name} berbeda dari manifest`, `${name} differs from the manifest`);
    }
    for (const name of listed.keys()) if (!found.has(name)) throw bad(`entri hilang ${name}`, `entry missing: ${name}`);
    const s = sig.data;
    if (s.manifestSha256 !== crypto.createHash('sha256').update(manifestBytes).digest('hex')) throw bad('sidik manifest berbeda', 'manifest digest differs');
    if (s.publicKey !== manifest.data.sender.publicKey) throw bad('kunci pengirim berbeda', 'sender key differs');
    const key = crypto.createPublicKey({ key: Buffer.from(s.publicKey, 'base64'), format: 'der', type: 'spki' });
    if (!crypto.verify(null, manifestBytes, key, Buffer.from(s.signature, 'base64'))) throw bad('tanda tangan tidak sah', 'signature does not verify');
  } finally {
    zip.close();
  }
}
