// Carries a round to a new instrument version: matching answers and evidence move, changed or new ones are flagged.
import { carriedCodes, diffInstruments } from '../../../shared/instrument/carryover';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { getInstrument } from '../instruments/catalog';
import * as store from './store';

function prepare(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }) {
  const summary = store.getSummary(ctx.workspace.db, assessmentId);
  if (summary.instrument.id === to.id && summary.instrument.version === to.version) {
    throw new AppError('CONFLICT', 'Putaran ini sudah memakai versi tersebut / this round already uses that version');
  }
  const diff = diffInstruments(getInstrument(ctx, summary.instrument.id, summary.instrument.version), getInstrument(ctx, to.id, to.version));
  const answered = store.readAnswers(ctx.workspace.db, assessmentId).filter((a) => a.target === 'indicator').map((a) => a.code);
  const keep = carriedCodes(diff);
  return { summary, diff, keep, answersKept: answered.filter((c) => keep.has(c)).length, answersDropped: answered.filter((c) => !keep.has(c)) };
}

export function previewCarryOver(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }) {
  const { diff, answersKept, answersDropped } = prepare(ctx, assessmentId, to);
  return { ...diff, answersKept, answersDropped };
}

export function carryOver(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }, name: string) {
  const { summary, diff, keep } = prepare(ctx, assessmentId, to);
  const review = [...diff.changed.map((c) => c.code), ...diff.added];
  const db = ctx.workspace.db;
  return db.transaction(() => {
    const now = ctx.now().toISOString();
    const id = store.insertAssessment(db, { name, instrument: to, checklist: summary.checklist, now });
    db.prepare('UPDATE assessment SET carried_from = ?, review_codes = ? WHERE id = ?').run(assessmentId, JSON.stringify(review), id);
    const codes = JSON.stringify([...keep]);
    // Indicator answers only where the meaning survived; GCG answers belong to the checklist, which is unchanged.
    db.prepare(`INSERT INTO answer (assessment_id, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at)
      SELECT ?, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at FROM answer
      WHERE assessment_id = ? AND (target = 'gcg' OR code IN (SELECT value FROM json_each(?)))`).run(id, assessmentId, codes);
    // Evidence stays useful even when the question changed, so links move for every code that still exists.
    db.prepare(`INSERT INTO evidence_link (evidence_id, assessment_id, target, code)
      SELECT evidence_id, ?, target, code FROM evidence_link WHERE assessment_id = ? AND (target = 'gcg' OR code NOT IN (SELECT value FROM json_each(?)))`)
      .run(id, assessmentId, JSON.stringify(diff.removed));
    return store.getSummary(db, id);
  })();
}
