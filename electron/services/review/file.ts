// The review file BALKS sends back: a signed zip (manifest.json in format swanilai-review + manifest.sig), and its
// import on the LKS side, accepted only for a dossier this workspace really exported.
import crypto from 'node:crypto';
import yazl from 'yazl';
import { AppError } from '../../../shared/api/result';
import { localIsoDate } from '../../../shared/dates';
import { DOSSIER_FORMAT, MANIFEST_ENTRY, SIGNATURE_ENTRY, type Signature } from '../../../shared/dossier/manifest';
import { REVIEW_FORMAT, REVIEW_FORMAT_VERSION, ReviewManifest } from '../../../shared/review/model';
import { scoreReview } from '../../../shared/review/score';
import type { HandlerContext } from '../context';
import { backupBeforeImport } from '../backup/auto';
import { workspaceKey } from '../dossier/keys';
import { checkNames } from '../dossier/names';
import { problem, readSmallEntry, streamEntry, type DossierProblem } from '../dossier/read';
import { checkSignature, MAX_SIGNATURE_BYTES, withDossierZip } from '../dossier/verify';
import { lksSlug } from './documents/common';
import { reviewContext } from './service';
import { reviewItems, reviewLog } from './store';

const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');
const MAX_REVIEW_MANIFEST = 16 * 1024 * 1024;
const MAX_REVIEW_DOCUMENT = 64 * 1024 * 1024;

export interface ReviewDocument { path: string; data: Buffer }

/** Builds the signed review file in memory (it holds scores and notes, a few hundred KB at most with the report). */
export async function buildReviewFile(ctx: HandlerContext, reviewId: number, documents: ReviewDocument[] = []): Promise<{ fileName: string; data: Buffer; manifest: ReviewManifest }> {
  const rc = reviewContext(ctx, reviewId);
  const db = ctx.workspace.db;
  const items = reviewItems(db, reviewId);
  const key = workspaceKey(ctx);
  const result = scoreReview(rc.manifest, rc.snaps, items, localIsoDate(ctx.now()));
  const signedDigest = (db.prepare('SELECT manifest_sha256 FROM dossier_import WHERE id = ?').get(rc.review.dossierImportId) as { manifest_sha256: string | null }).manifest_sha256;
  if (!signedDigest) {
    throw new AppError('CONFLICT', 'Dossier ini diimpor oleh versi lama aplikasi tanpa sidik manifest; minta LKS mengirim ulang / this dossier was imported by an older app version without its manifest digest; ask the LKS to send it again');
  }
  const r = rc.review;
  const manifest = ReviewManifest.parse({
    format: REVIEW_FORMAT, formatVersion: REVIEW_FORMAT_VERSION, appVersion: ctx.appVersion, createdAt: ctx.now().toISOString(),
    reviewUid: r.reviewUid,
    answers: { dossierId: rc.manifest.dossierId, manifestSha256: signedDigest, roundUid: r.roundUid, lksName: rc.manifest.profile.name ?? null },
    sender: { publicKey: key.publicKeyBase64, fingerprint: key.fingerprint },
    assessor: { name: r.assessorName },
    state: r.state, final: !!r.finalAt, finalizedAt: r.finalAt,
    summary: { visit: r.visitSummary, findings: r.findings, recommendation: r.recommendation },
    items,
    results: {
      total: result.score.total, grade: result.grade.grade, typology: result.typology?.typology ?? null, gcg: result.gcg?.overall.score ?? null,
      complete: result.score.complete, note: result.origins.note,
    },
    log: reviewLog(db, reviewId),
    entries: documents.map((d) => ({ path: d.path, sha256: crypto.createHash('sha256').update(d.data).digest('hex'), size: d.data.length })),
  });
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8');
  const signature: Signature = {
    algorithm: 'ed25519', publicKey: key.publicKeyBase64, fingerprint: key.fingerprint,
    manifestSha256: crypto.createHash('sha256').update(manifestBytes).digest('hex'),
    signature: crypto.sign(null, manifestBytes, key.privateKey).toString('base64'),
  };
  const zip = new yazl.ZipFile();
  zip.addBuffer(manifestBytes, MANIFEST_ENTRY, { mtime: ENTRY_TIME, compress: true });
  zip.addBuffer(Buffer.from(JSON.stringify(signature, null, 1), 'utf8'), SIGNATURE_ENTRY, { mtime: ENTRY_TIME, compress: false });
  for (const d of documents) zip.addBuffer(d.data, d.path, { mtime: ENTRY_TIME, compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return { fileName: `tinjauan-${lksSlug(rc.manifest.profile.name)}-v${rc.version}-${localIsoDate(ctx.now())}.swanilai`, data: Buffer.concat(chunks), manifest };
}

export type ReviewVerify =
  | { ok: true; manifest: ReviewManifest; fingerprint: string }
  | { ok: false; problems: DossierProblem[] };

/** Reads the `format` of a *.swanilai file's manifest (dossier or review) without judging anything else. */
export async function peekFormat(file: string): Promise<string | null> {
  const r = await withDossierZip(file, async (zip, entries) => {
    const m = entries.find((e) => e.name === MANIFEST_ENTRY);
    if (!m) return null;
    try {
      const bytes = await readSmallEntry(zip, m, MAX_REVIEW_MANIFEST);
      const f = (JSON.parse(bytes.toString('utf8')) as { format?: unknown }).format;
      return typeof f === 'string' ? f : null;
    } catch {
      return null;
    }
  });
  return typeof r === 'string' ? r : null;
}

/** Every check of a dossier, for the review format: names, manifest schema, signature, listed entries and digests. */
export async function verifyReviewFile(file: string): Promise<ReviewVerify> {
  const out = await withDossierZip(file, async (zip, entries): Promise<ReviewVerify> => {
    const names = checkNames(entries);
    if (names.problems.length) return { ok: false, problems: names.problems };
    const raw = names.files.get(MANIFEST_ENTRY);
    if (!raw) return { ok: false, problems: [problem('MISSING_MANIFEST', 'manifest.json tidak ada; ini bukan berkas Swanilai', 'manifest.json is missing; not a Swanilai file')] };
    const bytes = await readSmallEntry(zip, raw, MAX_REVIEW_MANIFEST);
    let json: unknown;
    try { json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)); } catch {
      return { ok: false, problems: [problem('MANIFEST_NOT_JSON', 'manifest.json bukan JSON yang sah', 'manifest.json is not valid JSON', MANIFEST_ENTRY)] };
    }
    const head = (json && typeof json === 'object' ? json : {}) as { format?: unknown; formatVersion?: unknown };
    if (head.format === DOSSIER_FORMAT) return { ok: false, problems: [problem('IS_DOSSIER', 'Ini berkas akreditasi (dossier), bukan hasil tinjauan; impor di "Berkas masuk"', 'This is a dossier, not a review file; import it under "Incoming dossiers"')] };
    if (head.format !== REVIEW_FORMAT) return { ok: false, problems: [problem('WRONG_FORMAT', 'Ini bukan berkas tinjauan Swanilai', 'Not a Swanilai review file', MANIFEST_ENTRY)] };
    if (typeof head.formatVersion === 'number' && head.formatVersion > REVIEW_FORMAT_VERSION) {
      return { ok: false, problems: [problem('NEWER_FORMAT', 'Berkas ini dibuat oleh versi aplikasi yang lebih baru; perbarui Swanilai', 'Made by a newer app version; update Swanilai', MANIFEST_ENTRY)] };
    }
    const parsed = ReviewManifest.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      return { ok: false, problems: [problem('MANIFEST_INVALID', `Isi manifest.json tidak sesuai skema: ${where}`, `manifest.json does not match the schema: ${where}`, MANIFEST_ENTRY)] };
    }
    const m = parsed.data;
    const sigRaw = names.files.get(SIGNATURE_ENTRY);
    const sig = checkSignature(sigRaw ? await readSmallEntry(zip, sigRaw, MAX_SIGNATURE_BYTES) : undefined, bytes, m);
    const problems = [...sig.problems];
    const listed = new Map(m.entries.map((e) => [e.path, e]));
    for (const name of names.files.keys()) {
      if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) problems.push(problem('UNLISTED_ENTRY', 'Isi tidak tercantum di manifest', 'Entry not listed in the manifest', name));
    }
    for (const e of m.entries) {
      const r = names.files.get(e.path);
      if (!r) { problems.push(problem('MISSING_ENTRY', 'Isi yang tercantum di manifest tidak ada', 'An entry listed in the manifest is missing', e.path)); continue; }
      const got = await streamEntry(zip, r, { maxBytes: Math.min(e.size, MAX_REVIEW_DOCUMENT), entry: e.path });
      if (got.sha256 !== e.sha256 || got.size !== e.size) problems.push(problem('DIGEST_MISMATCH', 'Isi berubah: sidik SHA-256 tidak cocok', 'Content changed: SHA-256 digest does not match', e.path));
    }
    return problems.length ? { ok: false, problems } : { ok: true, manifest: m, fingerprint: sig.fingerprint! };
  });
  // withDossierZip adds only its own refusals ({ ok: false }) to what the callback returns.
  return out as ReviewVerify;
}

export type ReviewImport = { ok: true; id: number; alreadyImported: boolean; assessmentId: number | null } | { ok: false; problems: DossierProblem[] };

/** LKS side: keeps a verified review file that answers a dossier this workspace exported (matched by id and digest). */
export async function importReviewFile(ctx: HandlerContext, file: string): Promise<ReviewImport> {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca / workspace is open read-only');
  const v = await verifyReviewFile(file);
  if (!v.ok) return v;
  const m = v.manifest;
  const db = ctx.workspace.db;
  const sent = db.prepare('SELECT assessment_id, manifest_sha256 FROM dossier_export WHERE dossier_id = ?').get(m.answers.dossierId) as { assessment_id: number | null; manifest_sha256: string } | undefined;
  if (!sent || sent.manifest_sha256 !== m.answers.manifestSha256) {
    return { ok: false, problems: [problem('UNKNOWN_DOSSIER',
      `Tinjauan ini menjawab berkas akreditasi yang tidak pernah dikirim dari ruang kerja ini (${m.answers.lksName ?? 'LKS lain'})`,
      `This review answers a dossier this workspace never sent (${m.answers.lksName ?? 'another LKS'})`)] };
  }
  const dup = db.prepare('SELECT id FROM review_received WHERE review_uid = ? AND created_at = ?').get(m.reviewUid, m.createdAt) as { id: number } | undefined;
  if (dup) return { ok: true, id: dup.id, alreadyImported: true, assessmentId: sent.assessment_id };
  await backupBeforeImport(ctx);
  const info = db.prepare('INSERT INTO review_received (review_uid, created_at, dossier_id, assessor_fingerprint, received_at, manifest) VALUES (?, ?, ?, ?, ?, ?)')
    .run(m.reviewUid, m.createdAt, m.answers.dossierId, v.fingerprint, ctx.now().toISOString(), JSON.stringify(m));
  return { ok: true, id: Number(info.lastInsertRowid), alreadyImported: false, assessmentId: sent.assessment_id };
}

export interface ReceivedReview { id: number; receivedAt: string; assessorFingerprint: string; dossierId: string; manifest: ReviewManifest }

/** LKS side: the newest review file received for each review, of one round's dossiers (or all). */
export function receivedReviews(ctx: HandlerContext, assessmentId?: number): ReceivedReview[] {
  const rows = ctx.workspace.db.prepare(`SELECT r.id, r.received_at, r.assessor_fingerprint, r.dossier_id, r.manifest FROM review_received r
      JOIN dossier_export e ON e.dossier_id = r.dossier_id WHERE (? IS NULL OR e.assessment_id = ?) ORDER BY r.created_at DESC, r.id DESC`)
    .all(assessmentId ?? null, assessmentId ?? null) as { id: number; received_at: string; assessor_fingerprint: string; dossier_id: string; manifest: string }[];
  // Rows come newest first: keep the first of each review (an older file of the same review is superseded).
  const seen = new Set<string>();
  const out: ReceivedReview[] = [];
  for (const r of rows) {
    const manifest = JSON.parse(r.manifest) as ReviewManifest;
    if (seen.has(manifest.reviewUid)) continue;
    seen.add(manifest.reviewUid);
    out.push({ id: r.id, receivedAt: r.received_at, assessorFingerprint: r.assessor_fingerprint, dossierId: r.dossier_id, manifest });
  }
  return out;
}
