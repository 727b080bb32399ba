// Writes a round as a signed *.swanilai dossier: streamed into a temp file beside the target, checked, then renamed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yazl from 'yazl';
import { AppError } from '../../../shared/api/result';
import { Manifest, MANIFEST_ENTRY, SIGNATURE_ENTRY, type Finding, type Signature } from '../../../shared/dossier/manifest';
import { syncDir } from '../fs-durable';
import type { HandlerContext } from '../context';
import { workspaceKey } from './keys';
import { sha256FileOffThread } from './hash-file';
import { verifyDossier } from './verify';
import { buildDossierDocuments, type DossierDocumentFile } from './documents/index';
import { buildManifest, evidenceSources, gatherRound, type ManifestParts, type RoundData } from './manifest-build';

export interface ExportProgress { written: number; total: number }
export interface ExportOptions {
  roundId: number;
  out: string;
  language: 'id' | 'en';
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
}
export interface ExportResult { path: string; size: number; sha256: string; findings: Finding[]; documents: number; evidence: number }

/** Zip entries carry this fixed time, so the archive says nothing about when each file was stored. */
const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');
/** Read size for evidence files; one read stream is open at a time, so this is also about all it holds in memory. */
const READ_CHUNK = 256 * 1024;

/** Builds the paperwork (documents/*.docx); replaceable so tests can make it fail or skip it. */
export type DocumentBuilder = (ctx: HandlerContext, data: RoundData, language: 'id' | 'en', fingerprint: string) => Promise<DossierDocumentFile[]>;

export const paperwork: DocumentBuilder = (ctx, data, language, fingerprint) => {
  const region = data.profile?.address?.region ?? {};
  const codes = [region.province, region.regency, region.district, region.village].filter((c): c is string => !!c);
  return buildDossierDocuments({
    profile: data.profile, roundName: data.detail.name, instrument: data.instrument, checklist: data.checklist, detail: data.detail,
    result: data.result, evidence: data.linked, findings: data.findings, language, today: data.today, fingerprint,
    regionNames: codes.length ? ctx.regions.resolve(codes) : {},
  });
};

function aborted(): AppError {
  return new AppError('CANCELLED', 'Ekspor dibatalkan; tidak ada berkas yang ditulis. / Export cancelled; no file was written.');
}

export async function exportDossier(ctx: HandlerContext, opts: ExportOptions, buildDocuments: DocumentBuilder = paperwork): Promise<ExportResult> {
  const out = path.resolve(opts.out);
  const dir = path.dirname(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('NOT_FOUND', `Folder tujuan tidak ada: ${dir} / The target folder does not exist: ${dir}`);
  }
  if (opts.signal?.aborted) throw aborted();
  const key = workspaceKey(ctx);
  const data = gatherRound(ctx, opts.roundId);
  const evidence = evidenceSources(ctx, data);
  const docs = await buildDocuments(ctx, data, opts.language, key.fingerprint);
  const documents: ManifestParts['documents'] = docs.map((d) => ({ ...d, sha256: crypto.createHash('sha256').update(d.data).digest('hex'), size: d.data.length }));
  const manifest = Manifest.parse(buildManifest(ctx, data, { key, evidence, documents }));
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8');
  const signature: Signature = {
    algorithm: 'ed25519', publicKey: key.publicKeyBase64, fingerprint: key.fingerprint,
    manifestSha256: crypto.createHash('sha256').update(manifestBytes).digest('hex'),
    signature: crypto.sign(null, manifestBytes, key.privateKey).toString('base64'),
  };
  const signatureBytes = Buffer.from(JSON.stringify(signature, null, 1), 'utf8');

  const tmp = `${out}.part-${crypto.randomBytes(6).toString('hex')}`;
  const zip = new yazl.ZipFile();
  const open = new Set<fs.ReadStream>();
  const entry = { mtime: ENTRY_TIME, compress: false };
  // The manifest and its signature first, so a streaming reader meets them before the evidence.
  zip.addBuffer(manifestBytes, MANIFEST_ENTRY, { ...entry, compress: true });
  zip.addBuffer(signatureBytes, SIGNATURE_ENTRY, entry);
  for (const d of documents) zip.addBuffer(docs.find((x) => x.path === d.path)!.data, d.path, entry);
  for (const e of evidence) {
    // Lazily opened, one at a time: memory and file handles stay flat however many files there are.
    zip.addReadStreamLazy(e.entry.path, { ...entry, size: e.entry.size }, (cb) => {
      // 1 MB reads instead of the default 64 KB: sixteen times fewer chunks through yazl's chain of piped transforms
      // and ours; about +40% through the zip stream on the benchmark machine (docs/performance.md).
      const s = fs.createReadStream(e.file, { highWaterMark: READ_CHUNK });
      open.add(s);
      s.on('close', () => open.delete(s));
      cb(null, s);
    });
  }
  // An estimate (yazl knows the final size only when nothing is deflated): the manifest is the one deflated entry.
  let total = zlib.deflateRawSync(manifestBytes).length + signatureBytes.length + documents.reduce((n, d) => n + d.size, 0) + evidence.reduce((n, e) => n + e.entry.size, 0);
  zip.end(undefined, ((finalSize: number) => { if (finalSize > 0) total = finalSize; }) as () => void);

  let fileSha256 = '';
  let fileHash: ReturnType<typeof sha256FileOffThread> | undefined;
  let written = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      written += chunk.length;
      opts.onProgress?.({ written, total: Math.max(total, written) });
      done(null, chunk);
    },
  });
  const output = zip.outputStream as NodeJS.ReadableStream & { destroy(e?: Error): void };
  // yazl reports a failed read (a file gone mid-export, a size that differs) on the ZipFile, not on its stream.
  zip.on('error', (e: Error) => output.destroy(e));
  try {
    await pipeline(output, counter, fs.createWriteStream(tmp, { flush: true }), { signal: opts.signal });
    if (opts.signal?.aborted) throw aborted();
    // The total was an estimate (the manifest is deflated); the last report says "all of it".
    opts.onProgress?.({ written, total: written });
    // The written bytes are checked before they take the target's name: a bad file never appears at `out`.
    // The whole file's digest (shown to the user, recorded below) is taken on another thread meanwhile.
    fileHash = sha256FileOffThread(tmp);
    const report = await verifyDossier(tmp, { signal: opts.signal });
    if (!report.ok) {
      const list = report.problems.slice(0, 5).map((p) => `${p.code}${p.entry ? ` ${p.entry}` : ''}`).join('; ');
      throw new AppError('BAD_FILE', `Pemeriksaan berkas yang baru ditulis gagal (${list}); tidak ada berkas yang disimpan. / Checking the written dossier failed (${list}); nothing was saved.`, report.problems);
    }
    fileSha256 = await fileHash.promise;
    // Recorded before the rename: a record without a file is harmless (no review can answer a dossier never sent).
    ctx.workspace.db.prepare(`INSERT INTO dossier_export (dossier_id, assessment_id, round_uid, manifest_sha256, file_sha256, file_name, exported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`).run(manifest.dossierId, opts.roundId, manifest.round.uid, signature.manifestSha256, fileSha256, path.basename(out), manifest.createdAt);
    fs.renameSync(tmp, out);
    syncDir(dir);
  } catch (e) {
    fileHash?.stop();
    for (const s of open) s.destroy();
    fs.rmSync(tmp, { force: true });
    if (opts.signal?.aborted || (e as Error).name === 'AbortError') throw aborted();
    if (e instanceof AppError) throw e;
    throw new AppError('INTERNAL', `Berkas akreditasi tidak dapat ditulis: ${(e as Error).message} / The dossier could not be written: ${(e as Error).message}`);
  }
  return { path: out, size: written, sha256: fileSha256, findings: data.findings, documents: documents.length, evidence: evidence.length };
}

