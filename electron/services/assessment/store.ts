// SQL for assessment rounds and their answers, with a change log that makes undo survive a restart.
import type { AssessmentSummary, StoredAnswer, Target } from '../../../shared/api/contract-assessment';
import { AppError } from '../../../shared/api/result';
import type { Db } from '../db/connection';

/** How many answer changes per assessment are kept for undo. */
export const UNDO_LIMIT = 200;

interface AssessmentRow { id: number; name: string; instrument_id: string; instrument_version: string; checklist_id: string | null; checklist_version: string | null; created_at: string; updated_at: string; carried_from: number | null; review_codes: string; ind: number; gcg: number }
interface AnswerRow { target: Target; code: string; level: number | null; gcg_value: StoredAnswer['gcgValue']; not_applicable: number; na_reason: string | null; note: string | null; updated_at: string }

const SUMMARY_SQL = `SELECT a.*,
  (SELECT count(*) FROM answer x WHERE x.assessment_id = a.id AND x.target = 'indicator' AND (x.level IS NOT NULL OR x.not_applicable = 1)) AS ind,
  (SELECT count(*) FROM answer x WHERE x.assessment_id = a.id AND x.target = 'gcg' AND x.gcg_value IS NOT NULL) AS gcg
  FROM assessment a`;

function toSummary(r: AssessmentRow): AssessmentSummary {
  return {
    id: r.id, name: r.name, instrument: { id: r.instrument_id, version: r.instrument_version },
    checklist: r.checklist_id && r.checklist_version ? { id: r.checklist_id, version: r.checklist_version } : null,
    createdAt: r.created_at, updatedAt: r.updated_at, answeredIndicators: r.ind, answeredGcg: r.gcg,
    carriedFrom: r.carried_from, reviewCodes: JSON.parse(r.review_codes) as string[],
  };
}

export function toStored(r: AnswerRow): StoredAnswer {
  return { level: r.level, notApplicable: r.not_applicable === 1, reason: r.na_reason, gcgValue: r.gcg_value, note: r.note, updatedAt: r.updated_at };
}

export function listAssessments(db: Db): AssessmentSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY a.created_at DESC, a.id DESC`).all() as AssessmentRow[]).map(toSummary);
}

export function getSummary(db: Db, id: number): AssessmentSummary {
  const row = db.prepare(`${SUMMARY_SQL} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Putaran penilaian #${id} tidak ditemukan / round #${id} not found`);
  return toSummary(row);
}

export function insertAssessment(db: Db, a: { name: string; instrument: { id: string; version: string }; checklist: { id: string; version: string } | null; now: string }): number {
  const r = db.prepare('INSERT INTO assessment (name, instrument_id, instrument_version, checklist_id, checklist_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(a.name, a.instrument.id, a.instrument.version, a.checklist?.id ?? null, a.checklist?.version ?? null, a.now, a.now);
  return Number(r.lastInsertRowid);
}

export function readAnswers(db: Db, assessmentId: number): AnswerRow[] {
  return db.prepare('SELECT * FROM answer WHERE assessment_id = ?').all(assessmentId) as AnswerRow[];
}

export function readAnswer(db: Db, assessmentId: number, target: Target, code: string): StoredAnswer | null {
  const r = db.prepare('SELECT * FROM answer WHERE assessment_id = ? AND target = ? AND code = ?').get(assessmentId, target, code) as AnswerRow | undefined;
  return r ? toStored(r) : null;
}

export function writeAnswer(db: Db, assessmentId: number, target: Target, code: string, a: StoredAnswer | null): void {
  if (!a) {
    db.prepare('DELETE FROM answer WHERE assessment_id = ? AND target = ? AND code = ?').run(assessmentId, target, code);
    return;
  }
  db.prepare(`INSERT INTO answer (assessment_id, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, target, code) DO UPDATE SET level = excluded.level, gcg_value = excluded.gcg_value, not_applicable = excluded.not_applicable,
    na_reason = excluded.na_reason, note = excluded.note, updated_at = excluded.updated_at`)
    .run(assessmentId, target, code, a.level, a.gcgValue, a.notApplicable ? 1 : 0, a.reason, a.note, a.updatedAt);
}

export function logChange(db: Db, assessmentId: number, target: Target, code: string, before: StoredAnswer | null, after: StoredAnswer | null, at: string): void {
  db.prepare('INSERT INTO answer_change (assessment_id, target, code, before, after, at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(assessmentId, target, code, before && JSON.stringify(before), after && JSON.stringify(after), at);
  db.prepare('DELETE FROM answer_change WHERE assessment_id = ? AND id <= (SELECT id FROM answer_change WHERE assessment_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)')
    .run(assessmentId, assessmentId, UNDO_LIMIT);
  db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(at, assessmentId);
}

/**
 * Typing a note saves many times; those saves fold into the previous entry for the same item when it is recent,
 * so one undo takes back the whole note edit rather than one pause at a time.
 */
export function foldNoteChange(db: Db, assessmentId: number, target: Target, code: string, after: StoredAnswer | null, at: string, windowMs = 10_000): boolean {
  const last = db.prepare('SELECT id, target, code, before, after, at FROM answer_change WHERE assessment_id = ? ORDER BY id DESC LIMIT 1').get(assessmentId) as
    { id: number; target: Target; code: string; before: string | null; after: string | null; at: string } | undefined;
  if (!last || last.target !== target || last.code !== code || Date.parse(at) - Date.parse(last.at) > windowMs) return false;
  const prev = last.after ? (JSON.parse(last.after) as StoredAnswer) : null;
  const sameAnswer = (a: StoredAnswer | null, b: StoredAnswer | null) =>
    (a?.level ?? null) === (b?.level ?? null) && (a?.notApplicable ?? false) === (b?.notApplicable ?? false) && (a?.reason ?? null) === (b?.reason ?? null) && (a?.gcgValue ?? null) === (b?.gcgValue ?? null);
  const prevBefore = last.before ? (JSON.parse(last.before) as StoredAnswer) : null;
  // Only a note edit folds into a note edit: a level change stays its own undo step.
  if (!sameAnswer(prev, after) || !sameAnswer(prevBefore, prev)) return false;
  db.prepare('UPDATE answer_change SET after = ?, at = ? WHERE id = ?').run(after && JSON.stringify(after), at, last.id);
  db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(at, assessmentId);
  return true;
}

export function undoDepth(db: Db, assessmentId: number, target?: Target): number {
  const row = target
    ? db.prepare('SELECT count(*) AS n FROM answer_change WHERE assessment_id = ? AND target = ?').get(assessmentId, target)
    : db.prepare('SELECT count(*) AS n FROM answer_change WHERE assessment_id = ?').get(assessmentId);
  return (row as { n: number }).n;
}

export function popChange(db: Db, assessmentId: number, target?: Target): { target: Target; code: string; before: StoredAnswer | null } | null {
  const row = db.prepare('SELECT id, target, code, before FROM answer_change WHERE assessment_id = ? AND (? IS NULL OR target = ?) ORDER BY id DESC LIMIT 1').get(assessmentId, target ?? null, target ?? null) as
    { id: number; target: Target; code: string; before: string | null } | undefined;
  if (!row) return null;
  db.prepare('DELETE FROM answer_change WHERE id = ?').run(row.id);
  return { target: row.target, code: row.code, before: row.before ? JSON.parse(row.before) as StoredAnswer : null };
}

export function readLinks(db: Db, assessmentId: number): Record<string, number[]> {
  const rows = db.prepare('SELECT evidence_id, target, code FROM evidence_link WHERE assessment_id = ? ORDER BY evidence_id').all(assessmentId) as { evidence_id: number; target: string; code: string }[];
  const out: Record<string, number[]> = {};
  for (const r of rows) (out[`${r.target}:${r.code}`] ??= []).push(r.evidence_id);
  return out;
}
