// Imports a verified dossier: evidence through a staging folder into the content-addressed store, rows in one transaction.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { AppError } from '../../../shared/api/result';
import { DOSSIER_LIMITS, type Manifest } from '../../../shared/dossier/manifest';
import { cachedManifest } from './manifest-cache';
import type { HandlerContext } from '../context';
import { backupBeforeImport } from '../backup/auto';
import { blobPath } from '../evidence/files';
import { syncDir } from '../fs-durable';
import { onDossierImported } from '../review/on-import';
import { DossierReadError, problem, streamEntry, type DossierProblem } from './read';
import { verifyDossier, withDossierZip, type VerifyOptions } from './verify';

export type ImportResult =
  | { ok: true; id: number; alreadyImported: boolean; version: number }
  | { ok: false; problems: DossierProblem[] };

/** A writable that goes straight to a file descriptor, so the caller can fsync it before the rename. */
function fdSink(fd: number): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      try {
        let off = 0;
        while (off < chunk.length) off += fs.writeSync(fd, chunk, off, chunk.length - off);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}

function existing(ctx: HandlerContext, dossierId: string): { id: number; version: number; manifest: string } | undefined {
  return ctx.workspace.db.prepare('SELECT id, version, manifest FROM dossier_import WHERE dossier_id = ?').get(dossierId) as { id: number; version: number; manifest: string } | undefined;
}

const REUSED = problem('DOSSIER_ID_REUSED', 'Dossier dengan id yang sama sudah diimpor dengan isi berbeda', 'A dossier with the same id was already imported with different content');

/**
 * Copies the evidence entries the store does not hold yet into `staging`, hashing as it goes; the file is re-read
 * here (it may have changed since verification), so every copied byte is checked against the signed manifest.
 */
async function stageEvidence(file: string, m: Manifest, evidenceDir: string, staging: string, opts: VerifyOptions): Promise<Map<string, string> | DossierProblem[]> {
  const staged = new Map<string, string>();
  const wanted = m.evidence.filter((e) => !fs.existsSync(blobPath(evidenceDir, e.sha256)));
  const outcome = await withDossierZip(file, async (zip, entries) => {
    const byName = new Map(entries.map((r) => [r.name, r]));
    for (const ev of wanted) {
      const raw = byName.get(ev.path);
      if (!raw) return [problem('MISSING_ENTRY', 'Isi hilang saat impor (berkas berubah?)', 'Entry vanished during import (file changed?)', ev.path)];
      const target = path.join(staging, ev.sha256);
      const fd = fs.openSync(target, 'wx');
      let got: { size: number; sha256: string };
      try {
        got = await streamEntry(zip, raw, { maxBytes: Math.min(ev.size, DOSSIER_LIMITS.maxEntryBytes), entry: ev.path, signal: opts.signal }, fdSink(fd));
        fs.fsyncSync(fd);
      } catch (e) {
        if (e instanceof DossierReadError) return [e.problem];
        throw e;
      } finally {
        fs.closeSync(fd);
      }
      if (got.sha256 !== ev.sha256 || got.size !== ev.size) {
        return [problem('DIGEST_MISMATCH', 'Isi berubah saat impor: sidik SHA-256 tidak cocok', 'Content changed during import: SHA-256 digest does not match', ev.path)];
      }
      staged.set(ev.sha256, target);
    }
    return staged;
  });
  if (outcome instanceof Map) return outcome;
  return Array.isArray(outcome) ? outcome : outcome.ok ? [] : outcome.problems;
}

function insertRows(ctx: HandlerContext, m: Manifest, fingerprint: string, manifestSha256: string): { id: number; version: number } {
  const db = ctx.workspace.db;
  const { version } = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS version FROM dossier_import WHERE round_uid = ?').get(m.round.uid) as { version: number };
  const region = m.profile.address?.region ?? {};
  const info = db.prepare(`INSERT INTO dossier_import (dossier_id, round_uid, version, sender_fingerprint, lks_name, lks_type,
      province_code, regency_code, district_code, village_code, round_name, exported_at, imported_at, manifest, integrity, manifest_sha256)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'verified', ?)`)
    .run(m.dossierId, m.round.uid, version, fingerprint, m.profile.name ?? null, m.profile.lksType ?? null,
      region.province ?? null, region.regency ?? null, region.district ?? null, region.village ?? null,
      m.round.name, m.createdAt, ctx.now().toISOString(), JSON.stringify(m), manifestSha256);
  const id = Number(info.lastInsertRowid);
  const ev = db.prepare(`INSERT INTO dossier_evidence (dossier_import_id, sha256, size, media_type, original_name, title, kind,
      effective_date, expiry_date, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const e of m.evidence) ev.run(id, e.sha256, e.size, e.mediaType, e.originalName, e.title, e.kind, e.effectiveDate, e.expiryDate, JSON.stringify(e.links));
  onDossierImported(ctx, id, m, version);
  return { id, version };
}

/** Verify, stage, rename, commit; a failure at any step leaves the workspace exactly as it was. */
export async function importDossier(ctx: HandlerContext, file: string, opts: VerifyOptions = {}): Promise<ImportResult> {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca; tutup aplikasi lain dulu / workspace is open read-only; close the other app first');
  const report = await verifyDossier(file, opts);
  if (!report.ok) return report;
  const m = report.manifest;
  const known = existing(ctx, m.dossierId);
  if (known) {
    // Same id, other content: a sender re-signed an edited manifest under an old id; neither copy is silently kept.
    if (known.manifest !== JSON.stringify(m)) return { ok: false, problems: [REUSED] };
    return { ok: true, id: known.id, version: known.version, alreadyImported: true };
  }

  await backupBeforeImport(ctx);
  const evidenceDir = ctx.workspace.evidenceDir;
  const staging = path.join(evidenceDir, `.staging-${crypto.randomBytes(8).toString('hex')}`);
  const placed: string[] = [];
  const madeDirs: string[] = [];
  try {
    fs.mkdirSync(staging);
    const staged = await stageEvidence(file, m, evidenceDir, staging, opts);
    if (Array.isArray(staged)) return { ok: false, problems: staged };
    // Same order as an upload (files.ts): the blob is in place before a row names it; a crash in between leaves
    // only an orphan, which the start-up sweep removes.
    for (const [sha, tmp] of staged) {
      const target = blobPath(evidenceDir, sha);
      if (fs.existsSync(target)) continue;
      if (!fs.existsSync(path.dirname(target))) { fs.mkdirSync(path.dirname(target)); madeDirs.push(path.dirname(target)); }
      fs.renameSync(tmp, target);
      placed.push(target);
    }
    // The renames reach the disk before the rows that name the blobs commit (see files.ts finish).
    for (const d of new Set(placed.map((f) => path.dirname(f)))) syncDir(d);
    if (madeDirs.length) syncDir(evidenceDir);
    // Another process cannot import meanwhile (the workspace lock), so the id is still new here.
    const row = ctx.workspace.db.transaction(() => insertRows(ctx, m, report.fingerprint, report.signature.manifestSha256))();
    placed.length = 0;
    return { ok: true, ...row, alreadyImported: false };
  } finally {
    for (const f of placed) fs.rmSync(f, { force: true });
    for (const d of madeDirs) { try { fs.rmdirSync(d); } catch { /* holds other blobs now */ } }
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export interface DossierRow {
  id: number; dossierId: string; roundUid: string; version: number; lksName: string | null; lksType: string | null;
  region: { province: string | null; regency: string | null; district: string | null; village: string | null };
  roundName: string; exportedAt: string; importedAt: string; signerFingerprint: string; integrity: 'verified'; evidenceCount: number;
}

interface DbRow {
  id: number; dossier_id: string; round_uid: string; version: number; lks_name: string | null; lks_type: string | null;
  province_code: string | null; regency_code: string | null; district_code: string | null; village_code: string | null;
  round_name: string; exported_at: string; imported_at: string; sender_fingerprint: string; integrity: 'verified'; evidence_count: number;
}

const toRow = (r: DbRow): DossierRow => ({
  id: r.id, dossierId: r.dossier_id, roundUid: r.round_uid, version: r.version, lksName: r.lks_name, lksType: r.lks_type,
  region: { province: r.province_code, regency: r.regency_code, district: r.district_code, village: r.village_code },
  roundName: r.round_name, exportedAt: r.exported_at, importedAt: r.imported_at, signerFingerprint: r.sender_fingerprint,
  integrity: r.integrity, evidenceCount: r.evidence_count,
});

// Every column but the manifest (large): listing never reads it; getDossier parses it once through the cache.
const SELECT = `SELECT d.id, d.dossier_id, d.round_uid, d.version, d.lks_name, d.lks_type, d.province_code, d.regency_code, d.district_code,
  d.village_code, d.round_name, d.exported_at, d.imported_at, d.sender_fingerprint, d.integrity, (SELECT COUNT(*) FROM dossier_evidence e WHERE e.dossier_import_id = d.id) AS evidence_count FROM dossier_import d`;

export function listDossiers(ctx: HandlerContext): DossierRow[] {
  return (ctx.workspace.db.prepare(`${SELECT} ORDER BY d.imported_at DESC, d.id DESC`).all() as DbRow[]).map(toRow);
}

export function getDossier(ctx: HandlerContext, id: number): DossierRow & { manifest: Manifest } {
  const r = ctx.workspace.db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DbRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Dossier tidak ditemukan / dossier not found');
  return { ...toRow(r), manifest: cachedManifest(ctx.workspace.db, r.id, r.dossier_id) };
}
