// The assessor's review of a received dossier: scoring items, states, revision requests, final and reopen.
import { AppError } from '../../../shared/api/result';
import { localIsoDate } from '../../../shared/dates';
import type { Manifest } from '../../../shared/dossier/manifest';
import { ALLOWED_MOVES, type ReviewItem, type ReviewState } from '../../../shared/review/model';
import { compare, needsComment, snapshotsOf, type Comparison, type Snapshots } from '../../../shared/review/score';
import type { HandlerContext } from '../context';
import { getDossier } from '../dossier/import';
import {
  addLog, blankItem, popChange, recordChange, reviewById, reviewItem, reviewItems, undoDepth,
  updateReview, writeItem, type ReviewRow, type Target,
} from './store';

const bi = (id: string, en: string) => `${id} / ${en}`;

export function loadReview(ctx: HandlerContext, id: number): ReviewRow {
  const r = reviewById(ctx.workspace.db, id);
  if (!r) throw new AppError('NOT_FOUND', bi('Tinjauan tidak ditemukan', 'review not found'));
  return r;
}

function writable(ctx: HandlerContext, r: ReviewRow): void {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', bi('Ruang kerja terbuka hanya-baca', 'workspace is open read-only'));
  if (r.finalAt) throw new AppError('CONFLICT', bi('Tinjauan sudah final dan terkunci; buka kembali dulu (tercatat di log)', 'the review is final and locked; reopen it first (logged)'));
}

export interface ReviewContext { review: ReviewRow; manifest: Manifest; snaps: Snapshots; version: number }

/** The review with the dossier version it currently follows and that dossier's snapshots. */
export function reviewContext(ctx: HandlerContext, id: number): ReviewContext {
  const review = loadReview(ctx, id);
  const d = getDossier(ctx, review.dossierImportId);
  return { review, manifest: d.manifest, snaps: snapshotsOf(d.manifest), version: d.version };
}

export interface ItemInput {
  reviewId: number; target: Target; code: string;
  /** undefined = keep; null = clear. */
  level?: number | null;
  notApplicable?: { reason: string } | null;
  gcgValue?: 'met' | 'partial' | 'not-met' | 'na' | null;
  note?: string | null;
  observation?: string | null;
}

function checkCode(snaps: Snapshots, target: Target, code: string): { levels?: number[]; allowNa: boolean } {
  if (target === 'indicator') {
    const ind = snaps.instrument.components.flatMap((c) => c.indicators).find((i) => i.code === code);
    if (!ind) throw new AppError('VALIDATION', bi(`Indikator ${code} tidak ada di instrumen dossier ini`, `indicator ${code} is not in this dossier's instrument`));
    return { levels: ind.levels.map((l) => l.level), allowNa: true };
  }
  const item = snaps.checklist?.items.find((i) => i.code === code);
  if (!item) throw new AppError('VALIDATION', bi(`Butir GCG ${code} tidak ada di daftar periksa dossier ini`, `GCG item ${code} is not in this dossier's checklist`));
  return { allowNa: true };
}

function selfAnswer(m: Manifest, target: Target, code: string) {
  return target === 'indicator' ? m.answers.indicators[code] : m.answers.gcg[code];
}

/** Saves one change to an item; the first change moves the review from "diajukan" to "ditinjau". */
export function setItem(ctx: HandlerContext, input: ItemInput): { item: ReviewItem | null; undoDepth: number; needsComment: boolean } {
  const rc = reviewContext(ctx, input.reviewId);
  writable(ctx, rc.review);
  const { levels } = checkCode(rc.snaps, input.target, input.code);
  if (input.level !== undefined && input.level !== null && levels && !levels.includes(input.level)) {
    throw new AppError('VALIDATION', bi(`Tingkat ${input.level} tidak ada pada rubrik ${input.code}`, `level ${input.level} is not in the rubric of ${input.code}`));
  }
  if (input.target === 'indicator' && input.gcgValue !== undefined) throw new AppError('VALIDATION', bi('Indikator tidak memakai nilai GCG', 'indicators take a level, not a GCG value'));
  if (input.target === 'gcg' && input.level !== undefined && input.level !== null) throw new AppError('VALIDATION', bi('Butir GCG tidak memakai tingkat', 'GCG items take a value, not a level'));
  const db = ctx.workspace.db;
  const at = ctx.now().toISOString();
  return db.transaction(() => {
    const before = reviewItem(db, rc.review.id, input.target, input.code);
    const next: ReviewItem = { ...(before ?? blankItem(input.target, input.code, at)), updatedAt: at };
    if (input.level !== undefined) { next.level = input.level; if (input.level !== null) { next.notApplicable = false; next.reason = null; } }
    if (input.notApplicable !== undefined) {
      next.notApplicable = input.notApplicable !== null;
      next.reason = input.notApplicable?.reason.trim() ?? null;
      if (next.notApplicable) next.level = null;
    }
    if (input.gcgValue !== undefined) next.gcgValue = input.gcgValue;
    if (input.target === 'gcg' && input.gcgValue === 'na' && !(input.notApplicable?.reason ?? before?.reason)?.trim()) {
      throw new AppError('VALIDATION', bi('Tidak berlaku wajib dengan alasan', 'not applicable needs a reason'));
    }
    if (input.target === 'gcg' && input.notApplicable !== undefined) next.gcgValue = input.notApplicable ? 'na' : next.gcgValue === 'na' ? null : next.gcgValue;
    if (input.note !== undefined) next.note = input.note?.trim() ? input.note : null;
    if (input.observation !== undefined) next.observation = input.observation?.trim() ? input.observation : null;
    const scored = next.level !== null || next.notApplicable || next.gcgValue !== null;
    if (scored && next.state === 'diajukan') next.state = 'ditinjau';
    const empty = !scored && !next.note && !next.observation && !next.revisionRequest && next.state === 'diajukan';
    const textOnly = input.level === undefined && input.notApplicable === undefined && input.gcgValue === undefined;
    recordChange(db, rc.review.id, input.target, input.code, before, at, textOnly ? (input.note !== undefined ? 'note' : 'observation') : undefined);
    writeItem(db, rc.review.id, input.target, input.code, empty ? null : next);
    if (rc.review.state === 'diajukan') { updateReview(db, rc.review.id, { state: 'ditinjau' }, at); addLog(db, rc.review.id, at, 'state', 'ditinjau'); }
    else updateReview(db, rc.review.id, {}, at);
    const saved = empty ? null : next;
    return { item: saved, undoDepth: undoDepth(db, rc.review.id), needsComment: needsComment(selfAnswer(rc.manifest, input.target, input.code), saved ?? undefined) };
  })();
}

export function undo(ctx: HandlerContext, reviewId: number): { undone: { target: Target; code: string } | null; undoDepth: number } {
  const r = loadReview(ctx, reviewId);
  writable(ctx, r);
  const db = ctx.workspace.db;
  return db.transaction(() => {
    const step = popChange(db, reviewId);
    if (step) writeItem(db, reviewId, step.target, step.code, step.before);
    return { undone: step && { target: step.target, code: step.code }, undoDepth: undoDepth(db, reviewId) };
  })();
}

/** Per-item state; asking for a revision needs a request that names what to fix. */
export function setItemState(ctx: HandlerContext, reviewId: number, target: Target, code: string, state: ReviewState, request: string | null): ReviewItem {
  const rc = reviewContext(ctx, reviewId);
  writable(ctx, rc.review);
  checkCode(rc.snaps, target, code);
  if (state === 'perlu-perbaikan' && (request ?? '').trim().length < 5) {
    throw new AppError('VALIDATION', bi('Permintaan perbaikan wajib menyebut apa yang harus diperbaiki (min. 5 huruf)', 'a revision request must say what to fix (at least 5 characters)'));
  }
  const db = ctx.workspace.db;
  const at = ctx.now().toISOString();
  return db.transaction(() => {
    const before = reviewItem(db, reviewId, target, code);
    const next: ReviewItem = { ...(before ?? blankItem(target, code, at)), state, revisionRequest: state === 'perlu-perbaikan' ? request!.trim() : before?.revisionRequest ?? null, updatedAt: at };
    recordChange(db, reviewId, target, code, before, at);
    writeItem(db, reviewId, target, code, next);
    addLog(db, reviewId, at, 'item-state', `${target}:${code} → ${state}`);
    return next;
  })();
}

/** Open items that keep the review from being final: unscored applicable items and big gaps without a comment. */
export function blockers(ctx: HandlerContext, reviewId: number): { unscored: string[]; needComment: string[]; comparison: Comparison } {
  const rc = reviewContext(ctx, reviewId);
  const items = reviewItems(ctx.workspace.db, reviewId);
  const comparison = compare(rc.manifest, rc.snaps, items, localIsoDate(ctx.now()));
  const ind = comparison.assessor.score.components.flatMap((c) => c.indicators).filter((i) => i.status === 'unanswered').map((i) => i.code);
  const gcg = comparison.assessor.gcg?.items.filter((i) => i.status === 'unanswered').map((i) => i.code) ?? [];
  return { unscored: [...ind, ...gcg], needComment: comparison.rows.filter((r) => r.needsComment).map((r) => r.code), comparison };
}

export function setState(ctx: HandlerContext, reviewId: number, state: ReviewState, comment: string | null): ReviewRow {
  const r = loadReview(ctx, reviewId);
  writable(ctx, r);
  if (state === r.state) return r;
  if (state === 'dinilai') throw new AppError('VALIDATION', bi('Gunakan "Tandai final" untuk menilai', 'use "Mark final" to score'));
  if (!ALLOWED_MOVES[r.state].includes(state)) throw new AppError('CONFLICT', bi(`Status tidak dapat berpindah dari ${r.state} ke ${state}`, `state cannot move from ${r.state} to ${state}`));
  const db = ctx.workspace.db;
  if (state === 'perlu-perbaikan') {
    const flagged = reviewItems(db, reviewId).filter((i) => i.state === 'perlu-perbaikan').length;
    if ((comment ?? '').trim().length < 10 && flagged === 0) {
      throw new AppError('VALIDATION', bi('Minta perbaikan dengan komentar yang menyebut apa yang harus diperbaiki (min. 10 huruf), atau tandai butirnya', 'ask for a revision with a comment naming what to fix (at least 10 characters), or flag the items'));
    }
  }
  const at = ctx.now().toISOString();
  db.transaction(() => {
    updateReview(db, reviewId, { state, ...(state === 'perlu-perbaikan' ? { revisionComment: comment?.trim() || null } : {}) }, at);
    addLog(db, reviewId, at, 'state', comment?.trim() ? `${state}: ${comment.trim()}` : state);
  })();
  return loadReview(ctx, reviewId);
}

export interface ReviewTexts { blind?: boolean; assessorName?: string | null; visitSummary?: string | null; findings?: string | null; recommendation?: string | null }

export function updateTexts(ctx: HandlerContext, reviewId: number, t: ReviewTexts): ReviewRow {
  const r = loadReview(ctx, reviewId);
  const onlyBlind = Object.keys(t).every((k) => k === 'blind');
  if (onlyBlind) { if (ctx.workspace.readonly) writable(ctx, r); } else writable(ctx, r);
  const at = ctx.now().toISOString();
  const norm = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() ? v : null);
  updateReview(ctx.workspace.db, reviewId, {
    blind: t.blind, assessorName: norm(t.assessorName), visitSummary: norm(t.visitSummary), findings: norm(t.findings), recommendation: norm(t.recommendation),
  }, at);
  if (t.blind !== undefined && t.blind !== r.blind) addLog(ctx.workspace.db, reviewId, at, t.blind ? 'blind-on' : 'blind-off');
  return loadReview(ctx, reviewId);
}

/** Final locks the scores; every applicable item must be scored and every big gap commented. */
export function finalize(ctx: HandlerContext, reviewId: number): ReviewRow {
  const r = loadReview(ctx, reviewId);
  writable(ctx, r);
  const b = blockers(ctx, reviewId);
  if (b.unscored.length || b.needComment.length) {
    const parts: string[] = [];
    if (b.unscored.length) parts.push(`${b.unscored.length} butir belum dinilai (${b.unscored.slice(0, 8).join(', ')}) / ${b.unscored.length} items not scored`);
    if (b.needComment.length) parts.push(`selisih ≥ 2 tingkat tanpa komentar: ${b.needComment.join(', ')} / gaps of 2+ levels without a comment`);
    throw new AppError('VALIDATION', parts.join('; '), b);
  }
  const at = ctx.now().toISOString();
  const db = ctx.workspace.db;
  db.transaction(() => {
    updateReview(db, reviewId, { finalAt: at, state: 'dinilai' }, at);
    db.prepare("UPDATE review_item SET state = 'dinilai', updated_at = ? WHERE review_id = ? AND state <> 'perlu-perbaikan'").run(at, reviewId);
    db.prepare('DELETE FROM review_change WHERE review_id = ?').run(reviewId);
    addLog(db, reviewId, at, 'final');
  })();
  return loadReview(ctx, reviewId);
}

export function reopen(ctx: HandlerContext, reviewId: number, reason: string): ReviewRow {
  const r = loadReview(ctx, reviewId);
  if (ctx.workspace.readonly) writable(ctx, r);
  if (!r.finalAt) return r;
  if (reason.trim().length < 5) throw new AppError('VALIDATION', bi('Tulis alasan membuka kembali (min. 5 huruf); dicatat di log', 'give a reason for reopening (at least 5 characters); it is logged'));
  const at = ctx.now().toISOString();
  const db = ctx.workspace.db;
  db.transaction(() => {
    updateReview(db, reviewId, { finalAt: null, state: 'ditinjau' }, at);
    addLog(db, reviewId, at, 'reopened', reason.trim());
  })();
  return loadReview(ctx, reviewId);
}
