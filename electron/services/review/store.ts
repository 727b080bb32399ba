// SQL for BALKS reviews: one review per round of an LKS, its items, an undo log and a log of state changes.
import crypto from 'node:crypto';
import type { Db } from '../db/connection';
import type { ReviewItem, ReviewLogEntry, ReviewState } from '../../../shared/review/model';

export type Target = 'indicator' | 'gcg';

export interface ReviewRow {
  id: number; reviewUid: string; roundUid: string; dossierImportId: number; blind: boolean; state: ReviewState;
  assessorName: string | null; visitSummary: string | null; findings: string | null; recommendation: string | null;
  revisionComment: string | null; finalAt: string | null; createdAt: string; updatedAt: string;
}

interface DbReview {
  id: number; review_uid: string; round_uid: string; dossier_import_id: number; blind: 0 | 1; state: ReviewState;
  assessor_name: string | null; visit_summary: string | null; findings: string | null; recommendation: string | null;
  revision_comment: string | null; final_at: string | null; created_at: string; updated_at: string;
}

const toReview = (r: DbReview): ReviewRow => ({
  id: r.id, reviewUid: r.review_uid, roundUid: r.round_uid, dossierImportId: r.dossier_import_id, blind: r.blind === 1, state: r.state,
  assessorName: r.assessor_name, visitSummary: r.visit_summary, findings: r.findings, recommendation: r.recommendation,
  revisionComment: r.revision_comment, finalAt: r.final_at, createdAt: r.created_at, updatedAt: r.updated_at,
});

interface DbItem {
  target: Target; code: string; level: number | null; not_applicable: 0 | 1; reason: string | null; gcg_value: ReviewItem['gcgValue'];
  note: string | null; observation: string | null; state: ReviewState; revision_request: string | null; updated_at: string;
}

const toItem = (r: DbItem): ReviewItem => ({
  target: r.target, code: r.code, level: r.level, notApplicable: r.not_applicable === 1, reason: r.reason, gcgValue: r.gcg_value,
  note: r.note, observation: r.observation, state: r.state, revisionRequest: r.revision_request, updatedAt: r.updated_at,
});

export function reviewById(db: Db, id: number): ReviewRow | undefined {
  const r = db.prepare('SELECT * FROM review WHERE id = ?').get(id) as DbReview | undefined;
  return r && toReview(r);
}

export function reviewByRound(db: Db, roundUid: string): ReviewRow | undefined {
  const r = db.prepare('SELECT * FROM review WHERE round_uid = ?').get(roundUid) as DbReview | undefined;
  return r && toReview(r);
}

export function allReviews(db: Db): ReviewRow[] {
  return (db.prepare('SELECT * FROM review ORDER BY id').all() as DbReview[]).map(toReview);
}

/** Creates the review of a round the first time one of its dossiers arrives (state "diajukan", blind by default). */
export function createReview(db: Db, roundUid: string, dossierImportId: number, at: string): ReviewRow {
  db.prepare(`INSERT INTO review (review_uid, round_uid, dossier_import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
    .run(crypto.randomUUID(), roundUid, dossierImportId, at, at);
  return reviewByRound(db, roundUid)!;
}

const COLUMNS: Record<string, string> = {
  dossierImportId: 'dossier_import_id', blind: 'blind', state: 'state', assessorName: 'assessor_name', visitSummary: 'visit_summary',
  findings: 'findings', recommendation: 'recommendation', revisionComment: 'revision_comment', finalAt: 'final_at',
};

export function updateReview(db: Db, id: number, fields: Partial<Omit<ReviewRow, 'id' | 'reviewUid' | 'roundUid' | 'createdAt' | 'updatedAt'>>, at: string): void {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || !COLUMNS[k]) continue;
    sets.push(`${COLUMNS[k]} = ?`);
    values.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
  }
  if (!sets.length) return;
  db.prepare(`UPDATE review SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, at, id);
}

export function reviewItems(db: Db, reviewId: number): ReviewItem[] {
  return (db.prepare('SELECT * FROM review_item WHERE review_id = ? ORDER BY target, code').all(reviewId) as DbItem[]).map(toItem);
}

export function reviewItem(db: Db, reviewId: number, target: Target, code: string): ReviewItem | null {
  const r = db.prepare('SELECT * FROM review_item WHERE review_id = ? AND target = ? AND code = ?').get(reviewId, target, code) as DbItem | undefined;
  return r ? toItem(r) : null;
}

/** Writes an item as given (null removes it); the caller records the undo step. */
export function writeItem(db: Db, reviewId: number, target: Target, code: string, item: ReviewItem | null): void {
  if (!item) {
    db.prepare('DELETE FROM review_item WHERE review_id = ? AND target = ? AND code = ?').run(reviewId, target, code);
    return;
  }
  db.prepare(`INSERT INTO review_item (review_id, target, code, level, not_applicable, reason, gcg_value, note, observation, state, revision_request, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (review_id, target, code) DO UPDATE SET level = excluded.level, not_applicable = excluded.not_applicable, reason = excluded.reason,
        gcg_value = excluded.gcg_value, note = excluded.note, observation = excluded.observation, state = excluded.state,
        revision_request = excluded.revision_request, updated_at = excluded.updated_at`)
    .run(reviewId, target, code, item.level, item.notApplicable ? 1 : 0, item.reason, item.gcgValue, item.note, item.observation, item.state, item.revisionRequest, item.updatedAt);
}

/** How many edits are kept for undo per review. */
export const REVIEW_UNDO_LIMIT = 500;

/**
 * Records the item as it was before a change. Typing in the same text field of the same item within a short
 * while folds into the previous step, so one undo takes back the whole note rather than one pause.
 */
export function recordChange(db: Db, reviewId: number, target: Target, code: string, before: ReviewItem | null, at: string, foldKey?: string): void {
  const last = db.prepare('SELECT id, target, code, at FROM review_change WHERE review_id = ? ORDER BY id DESC LIMIT 1').get(reviewId) as { id: number; target: string; code: string; at: string } | undefined;
  const key = foldKey ? `${target}:${code}:${foldKey}` : null;
  if (key && last && lastFold.get(reviewId) === key && last.target === target && last.code === code && Date.parse(at) - Date.parse(last.at) < 60_000) {
    db.prepare('UPDATE review_change SET at = ? WHERE id = ?').run(at, last.id);
    return;
  }
  lastFold.set(reviewId, key);
  db.prepare('INSERT INTO review_change (review_id, target, code, before, at) VALUES (?, ?, ?, ?, ?)').run(reviewId, target, code, before && JSON.stringify(before), at);
  db.prepare('DELETE FROM review_change WHERE review_id = ? AND id <= (SELECT id FROM review_change WHERE review_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)')
    .run(reviewId, reviewId, REVIEW_UNDO_LIMIT);
}
/** The text field last typed into per review (in memory: after a restart the next keystroke starts a new step). */
const lastFold = new Map<number, string | null>();

export function popChange(db: Db, reviewId: number): { target: Target; code: string; before: ReviewItem | null } | null {
  const row = db.prepare('SELECT id, target, code, before FROM review_change WHERE review_id = ? ORDER BY id DESC LIMIT 1').get(reviewId) as
    { id: number; target: Target; code: string; before: string | null } | undefined;
  if (!row) return null;
  db.prepare('DELETE FROM review_change WHERE id = ?').run(row.id);
  lastFold.delete(reviewId);
  return { target: row.target, code: row.code, before: row.before ? (JSON.parse(row.before) as ReviewItem) : null };
}

export function undoDepth(db: Db, reviewId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM review_change WHERE review_id = ?').get(reviewId) as { n: number }).n;
}

export function addLog(db: Db, reviewId: number, at: string, action: string, detail: string | null = null): void {
  db.prepare('INSERT INTO review_log (review_id, at, action, detail) VALUES (?, ?, ?, ?)').run(reviewId, at, action, detail);
}

export function reviewLog(db: Db, reviewId: number): ReviewLogEntry[] {
  return db.prepare('SELECT at, action, detail FROM review_log WHERE review_id = ? ORDER BY id').all(reviewId) as ReviewLogEntry[];
}

/** An item nobody has touched yet. */
export function blankItem(target: Target, code: string, at: string): ReviewItem {
  return { target, code, level: null, notApplicable: false, reason: null, gcgValue: null, note: null, observation: null, state: 'diajukan', revisionRequest: null, updatedAt: at };
}
