// Assessment rounds: create (optionally copying another round), answer indicators and GCG items, undo.
import type { AssessmentDetail, StoredAnswer } from '../../../shared/api/contract-assessment';
import { AppError } from '../../../shared/api/result';
import { compareVersions } from '../../../shared/instrument/version';
import type { HandlerContext } from '../context';
import { DEFAULT_CHECKLIST_ID, DEFAULT_INSTRUMENT_ID } from '../instruments/bundled';
import { getChecklist, getInstrument, listDefinitions } from '../instruments/catalog';
import * as store from './store';

function latest(ctx: HandlerContext, kind: 'instrument' | 'checklist', id: string): { id: string; version: string } {
  const versions = listDefinitions(ctx).filter((d) => d.kind === kind && d.id === id).map((d) => d.version);
  const v = versions.sort(compareVersions).pop();
  if (!v) throw new AppError('NOT_FOUND', `${kind} ${id} tidak tersedia / not available`);
  return { id, version: v };
}

export function createAssessment(ctx: HandlerContext, input: { name: string; instrument?: { id: string; version: string }; checklist?: { id: string; version: string } | null; copyFrom?: number }) {
  const instrument = input.instrument ?? latest(ctx, 'instrument', DEFAULT_INSTRUMENT_ID);
  getInstrument(ctx, instrument.id, instrument.version); // must exist
  const checklist = input.checklist === null ? null : input.checklist ?? latest(ctx, 'checklist', DEFAULT_CHECKLIST_ID);
  if (checklist) getChecklist(ctx, checklist.id, checklist.version);
  const db = ctx.workspace.db;
  return db.transaction(() => {
    const now = ctx.now().toISOString();
    const id = store.insertAssessment(db, { name: input.name, instrument, checklist, now });
    if (input.copyFrom !== undefined) {
      const source = store.getSummary(db, input.copyFrom);
      if (source.instrument.id !== instrument.id || source.instrument.version !== instrument.version) {
        throw new AppError('CONFLICT', 'Salin jawaban hanya antar putaran dengan versi instrumen yang sama; gunakan "bawa ke versi baru". / Copy only between rounds on the same instrument version; use carry-over.');
      }
      db.prepare(`INSERT INTO answer (assessment_id, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at)
        SELECT ?, target, code, level, gcg_value, not_applicable, na_reason, note, updated_at FROM answer WHERE assessment_id = ?`).run(id, input.copyFrom);
      db.prepare('INSERT INTO evidence_link (evidence_id, assessment_id, target, code) SELECT evidence_id, ?, target, code FROM evidence_link WHERE assessment_id = ?').run(id, input.copyFrom);
    }
    return store.getSummary(db, id);
  })();
}

export function getAssessment(ctx: HandlerContext, id: number): AssessmentDetail {
  const db = ctx.workspace.db;
  const summary = store.getSummary(db, id);
  const indicators: Record<string, StoredAnswer> = {};
  const gcg: Record<string, StoredAnswer> = {};
  for (const r of store.readAnswers(db, id)) (r.target === 'indicator' ? indicators : gcg)[r.code] = store.toStored(r);
  return {
    ...summary, indicators, gcg, links: store.readLinks(db, id), undoDepth: store.undoDepth(db, id),
    undoDepths: { indicator: store.undoDepth(db, id, 'indicator'), gcg: store.undoDepth(db, id, 'gcg') },
  };
}

type Change = { note?: string | null } & ({ kind: 'indicator'; answer?: { level: number } | { notApplicable: true; reason: string } | null } | { kind: 'gcg'; value?: StoredAnswer['gcgValue']; reason?: string });

/** Applies one change to one answer in a transaction and logs it for undo. */
export function setAnswer(ctx: HandlerContext, assessmentId: number, code: string, change: Change) {
  const db = ctx.workspace.db;
  const summary = store.getSummary(db, assessmentId);
  if (change.kind === 'indicator') {
    const inst = getInstrument(ctx, summary.instrument.id, summary.instrument.version);
    const ind = inst.components.flatMap((c) => c.indicators).find((i) => i.code === code);
    if (!ind) throw new AppError('VALIDATION', `Indikator ${code} tidak ada di instrumen ini / indicator not in this instrument`);
    const a = change.answer;
    if (a && 'level' in a && (a.level < inst.scale.min || a.level > inst.scale.max)) throw new AppError('VALIDATION', `Level ${a.level} di luar skala ${inst.scale.min}–${inst.scale.max} / level outside the scale`);
    if (a && 'notApplicable' in a && !ind.allowNotApplicable) throw new AppError('VALIDATION', `Indikator ${code} tidak boleh ditandai "tidak berlaku" / cannot be marked not applicable`);
  } else {
    if (!summary.checklist) throw new AppError('VALIDATION', 'Putaran ini tanpa daftar periksa GCG / this round has no GCG checklist');
    const cl = getChecklist(ctx, summary.checklist.id, summary.checklist.version);
    const item = cl.items.find((i) => i.code === code);
    if (!item) throw new AppError('VALIDATION', `Butir GCG ${code} tidak ada / GCG item not in this checklist`);
    if (change.value === 'na' && !item.allowNotApplicable) {
      throw new AppError('VALIDATION', `Butir ${code} berlaku bagi setiap LKS dan tidak boleh ditandai "tidak berlaku" / item ${code} applies to every LKS and cannot be marked not applicable`);
    }
    if (change.value === 'na' && !change.reason) throw new AppError('VALIDATION', `Tuliskan alasan mengapa ${code} tidak berlaku / give the reason why ${code} does not apply`);
    if (change.reason !== undefined && change.value !== 'na') throw new AppError('VALIDATION', 'Alasan hanya untuk jawaban "tidak berlaku" / a reason goes only with "not applicable"');
  }
  const target = change.kind;
  return db.transaction(() => {
    const now = ctx.now().toISOString();
    const before = store.readAnswer(db, assessmentId, target, code);
    const next: StoredAnswer = { ...(before ?? { level: null, notApplicable: false, reason: null, gcgValue: null, note: null }), updatedAt: now };
    if (change.kind === 'indicator' && change.answer !== undefined) {
      const a = change.answer;
      next.level = a && 'level' in a ? a.level : null;
      next.notApplicable = !!a && 'notApplicable' in a;
      next.reason = a && 'notApplicable' in a ? a.reason : null;
    }
    if (change.kind === 'gcg' && change.value !== undefined) {
      next.gcgValue = change.value;
      next.reason = change.value === 'na' ? change.reason ?? null : null;
    }
    if (change.note !== undefined) next.note = change.note?.trim() ? change.note : null;
    const empty = next.level === null && !next.notApplicable && next.gcgValue === null && next.note === null;
    const after = empty ? null : next;
    store.writeAnswer(db, assessmentId, target, code, after);
    const noteOnly = change.note !== undefined && (change.kind === 'indicator' ? change.answer === undefined : change.value === undefined);
    if (!noteOnly || !store.foldNoteChange(db, assessmentId, target, code, after, now)) store.logChange(db, assessmentId, target, code, before, after, now);
    return { answer: after, undoDepth: store.undoDepth(db, assessmentId, target) };
  })();
}

export function undo(ctx: HandlerContext, assessmentId: number, target?: 'indicator' | 'gcg') {
  const db = ctx.workspace.db;
  store.getSummary(db, assessmentId);
  return db.transaction(() => {
    const change = store.popChange(db, assessmentId, target);
    if (!change) return { undone: null, undoDepth: 0 };
    store.writeAnswer(db, assessmentId, change.target, change.code, change.before);
    db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), assessmentId);
    return { undone: { target: change.target, code: change.code, answer: change.before }, undoDepth: store.undoDepth(db, assessmentId, target) };
  })();
}
