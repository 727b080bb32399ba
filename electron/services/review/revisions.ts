// LKS side: items marked fixed ("diperbaiki") after BALKS asked for a revision; they travel in the next dossier.
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { getAssessment } from '../assessment/service';

export interface RevisionMark { target: 'indicator' | 'gcg'; code: string; note: string | null; markedAt: string }

export function listMarks(ctx: HandlerContext, assessmentId: number): RevisionMark[] {
  return ctx.workspace.db.prepare('SELECT target, code, note, marked_at AS markedAt FROM revision_mark WHERE assessment_id = ? ORDER BY target, code')
    .all(assessmentId) as RevisionMark[];
}

export function markRevision(ctx: HandlerContext, assessmentId: number, target: 'indicator' | 'gcg', code: string, note: string | null, clear = false): RevisionMark[] {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca / workspace is open read-only');
  getAssessment(ctx, assessmentId);
  const db = ctx.workspace.db;
  if (clear) db.prepare('DELETE FROM revision_mark WHERE assessment_id = ? AND target = ? AND code = ?').run(assessmentId, target, code);
  else {
    db.prepare(`INSERT INTO revision_mark (assessment_id, target, code, note, marked_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (assessment_id, target, code) DO UPDATE SET note = excluded.note, marked_at = excluded.marked_at`)
      .run(assessmentId, target, code, note?.trim() || null, ctx.now().toISOString());
  }
  return listMarks(ctx, assessmentId);
}
