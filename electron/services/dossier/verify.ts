// Verifies a *.swanilai dossier completely without writing anything: structure, names, limits, manifest, digests, signature.
import crypto from 'node:crypto';
import type yauzl from 'yauzl';
import {
  DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, DOSSIER_LIMITS, MANIFEST_ENTRY, Manifest, SIGNATURE_ENTRY, Signature,
} from '../../../shared/dossier/manifest';
import { REVIEW_FORMAT } from '../../../shared/review/model';
import { validateChecklist, validateInstrument } from '../../../shared/scoring/validate';
import { fingerprintOf } from './fingerprint';
import { checkNames, unwrapFolder } from './names';
import { DossierReadError, listEntries, openZip, problem, readSmallEntry, streamEntry, type DossierProblem, type RawEntry } from './read';

export type { DossierProblem } from './read';
export interface VerifiedEntry { path: string; sha256: string; size: number }
export type VerifyReport =
  | { ok: true; manifest: Manifest; signature: Signature; fingerprint: string; entries: VerifiedEntry[] }
  | { ok: false; problems: DossierProblem[] };
export interface VerifyOptions { signal?: AbortSignal; onProgress?(done: number, total: number): void }

export const MAX_SIGNATURE_BYTES = 4096;
const bad = (problems: DossierProblem[]): VerifyReport => ({ ok: false, problems });

/**
 * Opens the zip, runs fn, always closes; a read error becomes the report's only problem. A dossier zipped with its
 * folder reaches fn with that folder set aside (names.ts, unwrapFolder), so verify and import see the same names.
 */
export async function withDossierZip<T>(file: string, fn: (zip: yauzl.ZipFile, entries: RawEntry[]) => Promise<T>): Promise<T | VerifyReport> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(file);
    return await fn(zip, unwrapFolder(await listEntries(zip)));
  } catch (e) {
    if (e instanceof DossierReadError) return bad([e.problem]);
    throw e;
  } finally {
    zip?.close();
  }
}

/** Parses and checks the manifest in an order that gives a newer file "update the app" rather than a schema error. */
function checkManifest(bytes: Buffer): { manifest?: Manifest; problems: DossierProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problems: [problem('MANIFEST_NOT_JSON', 'manifest.json bukan JSON yang sah', 'manifest.json is not valid JSON', MANIFEST_ENTRY)] };
  }
  const head = (json && typeof json === 'object' ? json : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format === REVIEW_FORMAT) {
    return { problems: [problem('IS_REVIEW', 'Ini berkas hasil tinjauan BALKS, bukan dossier; LKS mengimpornya di "Berkas akreditasi"', 'This is a BALKS review file, not a dossier; the LKS imports it under "Accreditation dossier"', MANIFEST_ENTRY)] };
  }
  if (head.format !== DOSSIER_FORMAT) {
    return { problems: [problem('WRONG_FORMAT', 'Ini bukan dossier Swanilai (format tidak dikenal)', 'Not a Swanilai dossier (unknown format)', MANIFEST_ENTRY)] };
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > DOSSIER_FORMAT_VERSION) {
    return { problems: [problem('NEWER_FORMAT', 'Berkas ini dibuat oleh versi aplikasi yang lebih baru; perbarui Swanilai', 'Made by a newer app version; update Swanilai', MANIFEST_ENTRY)] };
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { problems: [problem('MANIFEST_INVALID', `Isi manifest.json tidak sesuai skema: ${where}`, `manifest.json does not match the schema: ${where}`, MANIFEST_ENTRY)] };
  }
  const m = parsed.data;
  const problems: DossierProblem[] = [];
  const inst = validateInstrument(m.instrument);
  if (!inst.ok) problems.push(problem('BAD_INSTRUMENT', `Salinan instrumen tidak valid (${inst.problems.length} masalah)`, `Instrument snapshot invalid (${inst.problems.length} problems)`, MANIFEST_ENTRY));
  if (m.checklist !== null) {
    const cl = validateChecklist(m.checklist);
    if (!cl.ok) problems.push(problem('BAD_CHECKLIST', `Salinan daftar periksa tidak valid (${cl.problems.length} masalah)`, `Checklist snapshot invalid (${cl.problems.length} problems)`, MANIFEST_ENTRY));
  }
  const listed = new Map<string, { sha256: string; size: number }>();
  for (const e of m.entries) {
    if (listed.has(e.path)) problems.push(problem('DUPLICATE_LISTING', 'Entri tercantum dua kali di manifest', 'Entry listed twice in the manifest', e.path));
    listed.set(e.path, e);
  }
  const seenEvidence = new Set<string>();
  for (const ev of m.evidence) {
    const l = listed.get(ev.path);
    if (!l || l.sha256 !== ev.sha256 || l.size !== ev.size || ev.path !== `evidence/${ev.sha256}`) {
      problems.push(problem('EVIDENCE_NOT_LISTED', 'Bukti di indeks tidak cocok dengan daftar isi', 'Evidence in the index does not match the entry list', ev.path));
    }
    if (seenEvidence.has(ev.sha256)) problems.push(problem('DUPLICATE_LISTING', 'Bukti tercantum dua kali', 'Evidence listed twice', ev.path));
    seenEvidence.add(ev.sha256);
  }
  for (const d of m.documents) {
    if (!listed.has(d.path)) problems.push(problem('DOCUMENT_NOT_LISTED', 'Dokumen tidak tercantum di daftar isi', 'Document not in the entry list', d.path));
  }
  for (const e of m.entries) {
    if (e.path.startsWith('evidence/') && e.path !== `evidence/${e.sha256}`) {
      problems.push(problem('EVIDENCE_NAME_MISMATCH', 'Nama berkas bukti tidak sama dengan sidiknya', 'Evidence entry name differs from its digest', e.path));
    }
  }
  return { manifest: m, problems };
}

/** The signature file against the manifest bytes and the sender's key; returns the recomputed fingerprint. */
export function checkSignature(sigBytes: Buffer | undefined, manifestBytes: Buffer, m: { sender: { publicKey: string; fingerprint: string } }): { signature?: Signature; fingerprint?: string; problems: DossierProblem[] } {
  const E = SIGNATURE_ENTRY;
  if (!sigBytes) return { problems: [problem('MISSING_SIGNATURE', 'Tanda tangan (manifest.sig) tidak ada', 'The signature (manifest.sig) is missing', E)] };
  let sig: Signature;
  try {
    sig = Signature.parse(JSON.parse(sigBytes.toString('utf8')));
  } catch {
    return { problems: [problem('SIGNATURE_INVALID', 'manifest.sig tidak dapat dibaca', 'manifest.sig cannot be read', E)] };
  }
  const problems: DossierProblem[] = [];
  if (sig.publicKey !== m.sender.publicKey) problems.push(problem('SIGNER_MISMATCH', 'Kunci penanda tangan berbeda dengan pengirim di manifest', 'The signing key differs from the sender in the manifest', E));
  const digest = crypto.createHash('sha256').update(manifestBytes).digest('hex');
  if (sig.manifestSha256 !== digest) problems.push(problem('MANIFEST_TAMPERED', 'manifest.json diubah setelah ditandatangani', 'manifest.json was changed after signing', MANIFEST_ENTRY));
  let key: crypto.KeyObject;
  const der = Buffer.from(sig.publicKey, 'base64');
  try {
    key = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
  } catch {
    problems.push(problem('BAD_PUBLIC_KEY', 'Kunci publik pengirim tidak sah', 'The sender public key is not a valid Ed25519 key', E));
    return { problems };
  }
  let valid = false;
  try {
    valid = crypto.verify(null, manifestBytes, key, Buffer.from(sig.signature, 'base64'));
  } catch { /* a malformed signature is simply not valid */ }
  if (!valid) problems.push(problem('BAD_SIGNATURE', 'Tanda tangan tidak sah: isi diubah atau bukan dari pengirim ini', 'Invalid signature: content changed or not from this sender', E));
  const fingerprint = fingerprintOf(der);
  if (sig.fingerprint !== fingerprint || m.sender.fingerprint !== fingerprint) {
    problems.push(problem('FINGERPRINT_MISMATCH', 'Sidik kunci yang tercatat tidak sesuai kuncinya', 'The recorded key fingerprint does not match the key', E));
  }
  return { signature: sig, fingerprint, problems };
}

/** Everything is checked before any write; the caller gets every reason found, not only the first. */
export async function verifyDossier(file: string, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const result = await withDossierZip(file, async (zip, entries): Promise<VerifyReport> => {
    const names = checkNames(entries);
    if (names.problems.length) return bad(names.problems);
    const files = names.files;
    const manifestRaw = files.get(MANIFEST_ENTRY);
    if (!manifestRaw) return bad([problem('MISSING_MANIFEST', 'manifest.json tidak ada; ini bukan dossier Swanilai', 'manifest.json is missing; not a Swanilai dossier')]);
    if (manifestRaw.entry.uncompressedSize > DOSSIER_LIMITS.maxManifestBytes) {
      return bad([problem('MANIFEST_TOO_LARGE', 'manifest.json terlalu besar', 'manifest.json is too large', MANIFEST_ENTRY)]);
    }
    const manifestBytes = await readSmallEntry(zip, manifestRaw, DOSSIER_LIMITS.maxManifestBytes, opts.signal);
    const checked = checkManifest(manifestBytes);
    if (!checked.manifest) return bad(checked.problems);
    const m = checked.manifest;
    const problems = [...checked.problems];
    const sigRaw = files.get(SIGNATURE_ENTRY);
    const sigBytes = sigRaw ? await readSmallEntry(zip, sigRaw, MAX_SIGNATURE_BYTES, opts.signal) : undefined;
    const signed = checkSignature(sigBytes, manifestBytes, m);
    problems.push(...signed.problems);

    const listed = new Set(m.entries.map((e) => e.path));
    for (const name of files.keys()) {
      if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) {
        problems.push(problem('UNLISTED_ENTRY', 'Isi tidak tercantum di manifest', 'Entry not listed in the manifest', name));
      }
    }
    const total = m.entries.reduce((s, e) => s + e.size, 0);
    if (total > DOSSIER_LIMITS.maxTotalBytes) problems.push(problem('TOO_LARGE', 'Total isi melebihi batas', 'Total content over the limit'));
    // Cheap checks first: a file already refused is not worth inflating gigabytes for.
    if (problems.length) return bad(problems);

    let done = 0;
    opts.onProgress?.(0, total);
    for (const e of m.entries) {
      const raw = files.get(e.path);
      if (!raw) { problems.push(problem('MISSING_ENTRY', 'Isi yang tercantum di manifest tidak ada', 'An entry listed in the manifest is missing', e.path)); continue; }
      try {
        // The first byte past the listed size is enough to know it differs; the inflater stops right there.
        const got = await streamEntry(zip, raw, {
          maxBytes: Math.min(e.size, DOSSIER_LIMITS.maxEntryBytes), entry: e.path, signal: opts.signal,
          onBytes: (n) => { done += n; opts.onProgress?.(done, total); },
        });
        if (got.size !== e.size) problems.push(problem('SIZE_MISMATCH', 'Ukuran isi berbeda dengan manifest', 'Entry size differs from the manifest', e.path));
        else if (got.sha256 !== e.sha256) problems.push(problem('DIGEST_MISMATCH', 'Isi berubah: sidik SHA-256 tidak cocok', 'Content changed: SHA-256 digest does not match', e.path));
      } catch (err) {
        if (!(err instanceof DossierReadError)) throw err;
        problems.push(err.problem.code === 'ENTRY_TOO_LARGE' && e.size < DOSSIER_LIMITS.maxEntryBytes
          ? problem('SIZE_MISMATCH', 'Ukuran isi berbeda dengan manifest', 'Entry size differs from the manifest', e.path)
          : err.problem);
      }
    }
    if (problems.length) return bad(problems);
    return { ok: true, manifest: m, signature: signed.signature!, fingerprint: signed.fingerprint!, entries: m.entries.map((e) => ({ ...e })) };
  });
  return result;
}
