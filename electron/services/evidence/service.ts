// The evidence locker: records for stored files, their links to indicators/GCG items, safe removal.
import fs from 'node:fs';
import type { EvidenceItem, EvidenceLink } from '../../../shared/api/contract-evidence';
import { AppError } from '../../../shared/api/result';
import { plural } from '../../../shared/text/plural';
import { backupNamesBlob } from '../backup/backup';
import type { HandlerContext } from '../context';
import { blobPath, sanitizeFileName } from './files';

interface Row { id: number; sha256: string; size: number; original_name: string; media_type: string; kind: string | null; title: string; effective_date: string | null; expiry_date: string | null; added_at: string }
export interface Meta { title?: string; kind?: string | null; effectiveDate?: string | null; expiryDate?: string | null }

function links(ctx: HandlerContext, id: number): EvidenceLink[] {
  return (ctx.workspace.db.prepare('SELECT assessment_id, target, code FROM evidence_link WHERE evidence_id = ? ORDER BY assessment_id, target, code').all(id) as { assessment_id: number; target: 'indicator' | 'gcg'; code: string }[])
    .map((r) => ({ assessmentId: r.assessment_id, target: r.target, code: r.code }));
}

function toItem(ctx: HandlerContext, r: Row): EvidenceItem {
  return {
    id: r.id, sha256: r.sha256, size: r.size, originalName: r.original_name, mediaType: r.media_type, kind: r.kind, title: r.title,
    effectiveDate: r.effective_date, expiryDate: r.expiry_date, addedAt: r.added_at, links: links(ctx, r.id),
  };
}

function row(ctx: HandlerContext, id: number): Row {
  const r = ctx.workspace.db.prepare('SELECT * FROM evidence WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', `Bukti #${id} tidak ditemukan / evidence not found`);
  return r;
}

export const getEvidence = (ctx: HandlerContext, id: number) => toItem(ctx, row(ctx, id));

export function listEvidence(ctx: HandlerContext): EvidenceItem[] {
  return (ctx.workspace.db.prepare('SELECT * FROM evidence ORDER BY added_at DESC, id DESC').all() as Row[]).map((r) => toItem(ctx, r));
}

export function checkDates(meta: Meta): void {
  if (meta.effectiveDate && meta.expiryDate && meta.expiryDate < meta.effectiveDate) {
    throw new AppError('VALIDATION', 'Tanggal berakhir tidak boleh sebelum tanggal berlaku / expiry cannot be before the effective date');
  }
}

export function finishUpload(ctx: HandlerContext, uploadId: string, meta: Meta, link?: EvidenceLink): { evidence: EvidenceItem; duplicate: boolean } {
  checkDates(meta);
  if (link) ensureAssessment(ctx, link.assessmentId);
  const file = ctx.uploads.finish(uploadId);
  const db = ctx.workspace.db;
  return db.transaction(() => {
    const existing = db.prepare('SELECT * FROM evidence WHERE sha256 = ?').get(file.sha256) as Row | undefined;
    let id: number;
    if (existing) {
      id = existing.id;
      // A re-upload may say what the earlier copy was; fill in only what is still empty.
      if (!existing.kind && meta.kind) db.prepare('UPDATE evidence SET kind = ? WHERE id = ?').run(meta.kind, id);
    } else {
      const name = sanitizeFileName(file.name);
      const title = meta.title ?? (name.replace(/\.[^.]{1,8}$/, '') || name);
      id = Number(db.prepare(`INSERT INTO evidence (sha256, size, original_name, media_type, kind, title, effective_date, expiry_date, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(file.sha256, file.size, name, file.mediaType || 'application/octet-stream', meta.kind ?? null, title, meta.effectiveDate ?? null, meta.expiryDate ?? null, ctx.now().toISOString()).lastInsertRowid);
    }
    if (link) addLink(ctx, id, link);
    return { evidence: getEvidence(ctx, id), duplicate: !!existing };
  })();
}

function ensureAssessment(ctx: HandlerContext, id: number): void {
  if (!ctx.workspace.db.prepare('SELECT 1 FROM assessment WHERE id = ?').get(id)) throw new AppError('NOT_FOUND', `Putaran penilaian #${id} tidak ditemukan / round #${id} not found`);
}

export function addLink(ctx: HandlerContext, evidenceId: number, l: EvidenceLink): EvidenceItem {
  row(ctx, evidenceId);
  ensureAssessment(ctx, l.assessmentId);
  ctx.workspace.db.prepare('INSERT OR IGNORE INTO evidence_link (evidence_id, assessment_id, target, code) VALUES (?, ?, ?, ?)').run(evidenceId, l.assessmentId, l.target, l.code);
  return getEvidence(ctx, evidenceId);
}

export function removeLink(ctx: HandlerContext, evidenceId: number, l: EvidenceLink): EvidenceItem {
  ctx.workspace.db.prepare('DELETE FROM evidence_link WHERE evidence_id = ? AND assessment_id = ? AND target = ? AND code = ?').run(evidenceId, l.assessmentId, l.target, l.code);
  return getEvidence(ctx, evidenceId);
}

export function updateMeta(ctx: HandlerContext, id: number, meta: Meta): EvidenceItem {
  const r = row(ctx, id);
  const next = {
    title: meta.title ?? r.title, kind: meta.kind === undefined ? r.kind : meta.kind,
    effectiveDate: meta.effectiveDate === undefined ? r.effective_date : meta.effectiveDate,
    expiryDate: meta.expiryDate === undefined ? r.expiry_date : meta.expiryDate,
  };
  checkDates(next);
  ctx.workspace.db.prepare('UPDATE evidence SET title = ?, kind = ?, effective_date = ?, expiry_date = ? WHERE id = ?').run(next.title, next.kind, next.effectiveDate, next.expiryDate, id);
  return getEvidence(ctx, id);
}

/** Removes a record; a linked one only with force. The file goes only after the database change has committed. */
export function removeEvidence(ctx: HandlerContext, id: number, force: boolean): { removed: boolean; fileDeleted: boolean } {
  const r = row(ctx, id);
  const used = links(ctx, id);
  if (used.length && !force) {
    throw new AppError('CONFLICT', `Bukti ini dipakai oleh ${used.length} indikator/butir (${used.slice(0, 5).map((l) => l.code).join(', ')}). Konfirmasi untuk tetap menghapus. / This evidence is linked to ${plural(used.length, 'item', 'items')}; confirm to remove anyway.`, used);
  }
  ctx.workspace.db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
  const file = blobPath(ctx.workspace.evidenceDir, r.sha256);
  // An imported dossier may hold the same content (the store dedupes by hash); its copy must outlive this record.
  // So may a backup: restoring it must find the file; the start-up sweep removes it once no backup names it.
  const keptForDossier = ctx.workspace.db.prepare('SELECT 1 FROM dossier_evidence WHERE sha256 = ? LIMIT 1').get(r.sha256) !== undefined
    || backupNamesBlob(ctx.workspace.dir, r.sha256);
  const fileDeleted = !keptForDossier && fs.existsSync(file);
  if (!keptForDossier) fs.rmSync(file, { force: true });
  return { removed: true, fileDeleted };
}

/** The stored file of a record, checked to exist. */
export function evidenceFile(ctx: HandlerContext, id: number): { file: string; row: Row } {
  const r = row(ctx, id);
  const file = blobPath(ctx.workspace.evidenceDir, r.sha256);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Berkas bukti hilang dari folder ruang kerja / the evidence file is missing: ${r.original_name}`);
  return { file, row: r };
}
