// Handlers for assessment rounds and answers.
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { createAssessment, getAssessment, setAnswer, undo } from '../assessment/service';
import { getSummary, listAssessments } from '../assessment/store';
import { carryOver, previewCarryOver } from '../assessment/carry-over';
import type { PartialTable } from './define';

type Names = 'assessment.list' | 'assessment.create' | 'assessment.rename' | 'assessment.delete' | 'assessment.get' | 'assessment.setAnswer' | 'assessment.setGcgAnswer' | 'assessment.undo' | 'assessment.carryOverPreview' | 'assessment.carryOver';

export const assessmentHandlers: PartialTable<Names> = {
  'assessment.list': { ...contract['assessment.list'], run: (ctx) => listAssessments(ctx.workspace.db) },
  'assessment.create': { ...contract['assessment.create'], run: (ctx, i) => createAssessment(ctx, i) },
  'assessment.rename': {
    ...contract['assessment.rename'],
    run(ctx, i) {
      const r = ctx.workspace.db.prepare('UPDATE assessment SET name = ?, updated_at = ? WHERE id = ?').run(i.name, ctx.now().toISOString(), i.id);
      if (r.changes === 0) throw new AppError('NOT_FOUND', `Putaran penilaian #${i.id} tidak ditemukan / round #${i.id} not found`);
      return getSummary(ctx.workspace.db, i.id);
    },
  },
  'assessment.delete': {
    ...contract['assessment.delete'],
    run: (ctx, i) => ({ deleted: ctx.workspace.db.prepare('DELETE FROM assessment WHERE id = ?').run(i.id).changes > 0 }),
  },
  'assessment.get': { ...contract['assessment.get'], run: (ctx, i) => getAssessment(ctx, i.id) },
  'assessment.setAnswer': {
    ...contract['assessment.setAnswer'],
    run: (ctx, i) => setAnswer(ctx, i.assessmentId, i.code, { kind: 'indicator', answer: i.answer, note: i.note }),
  },
  'assessment.setGcgAnswer': {
    ...contract['assessment.setGcgAnswer'],
    run: (ctx, i) => setAnswer(ctx, i.assessmentId, i.code, { kind: 'gcg', value: i.value, reason: i.reason, note: i.note }),
  },
  'assessment.undo': { ...contract['assessment.undo'], run: (ctx, i) => undo(ctx, i.assessmentId, i.target) },
  'assessment.carryOverPreview': { ...contract['assessment.carryOverPreview'], run: (ctx, i) => previewCarryOver(ctx, i.assessmentId, i.to) },
  'assessment.carryOver': { ...contract['assessment.carryOver'], run: (ctx, i) => carryOver(ctx, i.assessmentId, i.to, i.name) },
};
