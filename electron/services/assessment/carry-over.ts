// Carries a round to a new instrument version: matching answers and evidence move, changed or new ones are flagged.
import { carriedCodes, diffChecklists, diffInstruments } from '../../../shared/instrument/carryover';
import { AppError } from '../../../shared/api/result';
import { compareVersions } from '../../../shared/instrument/version';
import type { HandlerContext } from '../context';
import { getChecklist, getInstrument, listDefinitions } from '../instruments/catalog';
import * as store from './store';

/**
 * The round's GCG checklist moves along to its newest version: answers of items whose text is unchanged (or only
 * reworded) are kept, except "tidak berlaku" on items that no longer allow it; changed and new items start empty.
 */
function checklistMove(ctx: HandlerContext, current: { id: string; version: string } | null, gcgAnswers: { code: string; gcg_value: string | null }[]) {
  if (!current) return null;
  const newest = listDefinitions(ctx).filter((d) => d.kind === 'checklist' && d.id === current.id).map((d) => d.version).sort(compareVersions).pop();
  if (!newest || compareVersions(newest, current.version) <= 0) return null;
  const diff = diffChecklists(getChecklist(ctx, current.id, current.version), getChecklist(ctx, current.id, newest));
  const carried = new Set(diff.carried);
  const naRefused = new Set(diff.naNotAllowed);
  const keep = gcgAnswers.filter((a) => carried.has(a.code) && !(a.gcg_value === 'na' && naRefused.has(a.code))).map((a) => a.code);
  const kept = new Set(keep);
  return { diff, keep, dropped: gcgAnswers.map((a) => a.code).filter((c) => !kept.has(c)) };
}

function prepare(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }) {
  const summary = store.getSummary(ctx.workspace.db, assessmentId);
  if (summary.instrument.id === to.id && summary.instrument.version === to.version) {
    throw new AppError('CONFLICT', 'Putaran ini sudah memakai versi tersebut / this round already uses that version');
  }
  const diff = diffInstruments(getInstrument(ctx, summary.instrument.id, summary.instrument.version), getInstrument(ctx, to.id, to.version));
  const answers = store.readAnswers(ctx.workspace.db, assessmentId);
  const answered = answers.filter((a) => a.target === 'indicator').map((a) => a.code);
  const keep = carriedCodes(diff);
  const gcg = checklistMove(ctx, summary.checklist, answers.filter((a) => a.target === 'gcg').map((a) => ({ code: a.code, gcg_value: a.gcg_value })));
  return { summary, diff, keep, gcg, answersKept: answered.filter((c) => keep.has(c)).length, answersDropped: answered.filter((c) => !keep.has(c)) };
}

export function previewCarryOver(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }) {
  const { diff, answersKept, answersDropped, gcg } = prepare(ctx, assessmentId, to);
  return {
    ...diff, answersKept, answersDropped,
    checklist: gcg && { from: gcg.diff.from, to: gcg.diff.to, answersKept: gcg.keep.length, answersDropped: gcg.dropped, added: gcg.diff.added, changed: gcg.diff.changed },
  };
}

export function carryOver(ctx: HandlerContext, assessmentId: number, to: { id: string; version: string }, name: string) {
  const { summary, diff, keep, gcg } = prepare(ctx, assessmentId, to);
  const review = [...diff.changed.map((c) => c.code), ...diff.added];
  const db = ctx.workspace.db;
  return db.transaction(() => {
    const now = ctx.now().toISOString();
    const id = store.insertAssessment(db, { name, instrument: to, checklist: gcg ? gcg.diff.to : summary.checklist, now });
    db.prepare('UPDATE assessment SET carried_from = ?, review_codes = ? WHERE id = ?').run(assessmentId, JSON.stringify(review), id);
    const codes = JSON.stringify([...keep]);
    // Indicator answers only where the meaning survived; GCG answers likewise when the checklist moved too.
    db.prepare(`INSERT INTO answer (assessment_id, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at)
      SELECT ?, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at FROM answer
      WHERE assessment_id = ? AND ((target = 'gcg' AND (? IS NULL OR code IN (SELECT value FROM json_each(?))))
        OR (target = 'indicator' AND code IN (SELECT value FROM json_each(?))))`)
      .run(id, assessmentId, gcg ? 1 : null, JSON.stringify(gcg?.keep ?? []), codes);
    // Evidence stays useful even when the question changed, so links move for every code that still exists.
    db.prepare(`INSERT INTO evidence_link (evidence_id, assessment_id, target, code)
      SELECT evidence_id, ?, target, code FROM evidence_link WHERE assessment_id = ?
        AND ((target = 'gcg' AND code NOT IN (SELECT value FROM json_each(?))) OR (target = 'indicator' AND code NOT IN (SELECT value FROM json_each(?))))`)
      .run(id, assessmentId, JSON.stringify(gcg?.diff.removed ?? []), JSON.stringify(diff.removed));
    return store.getSummary(db, id);
  })();
}
