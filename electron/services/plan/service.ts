// Improvement-plan actions per assessment round.
import type { PlanAction } from '../../../shared/api/contract-plan';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';

interface Row { id: number; assessment_id: number; code: string | null; what: string; who: string | null; due_date: string | null; status: PlanAction['status']; created_at: string; updated_at: string }

const toAction = (r: Row): PlanAction => ({
  id: r.id, assessmentId: r.assessment_id, code: r.code, what: r.what, who: r.who, dueDate: r.due_date, status: r.status, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function listActions(ctx: HandlerContext, assessmentId: number): PlanAction[] {
  return (ctx.workspace.db.prepare("SELECT * FROM plan_action WHERE assessment_id = ? ORDER BY status = 'done', due_date IS NULL, due_date, id").all(assessmentId) as Row[]).map(toAction);
}

function getAction(ctx: HandlerContext, id: number): PlanAction {
  const r = ctx.workspace.db.prepare('SELECT * FROM plan_action WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', `Tindakan #${id} tidak ditemukan / action not found`);
  return toAction(r);
}

export interface ActionFields { code?: string | null; what?: string; who?: string | null; dueDate?: string | null; status?: PlanAction['status'] }

export function addAction(ctx: HandlerContext, assessmentId: number, f: ActionFields & { what: string }): PlanAction {
  if (!ctx.workspace.db.prepare('SELECT 1 FROM assessment WHERE id = ?').get(assessmentId)) throw new AppError('NOT_FOUND', `Putaran penilaian #${assessmentId} tidak ditemukan / round #${assessmentId} not found`);
  const now = ctx.now().toISOString();
  const id = Number(ctx.workspace.db.prepare('INSERT INTO plan_action (assessment_id, code, what, who, due_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(assessmentId, f.code ?? null, f.what, f.who || null, f.dueDate ?? null, f.status ?? 'todo', now, now).lastInsertRowid);
  return getAction(ctx, id);
}

export function updateAction(ctx: HandlerContext, id: number, f: ActionFields): PlanAction {
  const cur = getAction(ctx, id);
  const next = { ...cur, ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) } as PlanAction;
  ctx.workspace.db.prepare('UPDATE plan_action SET code = ?, what = ?, who = ?, due_date = ?, status = ?, updated_at = ? WHERE id = ?')
    .run(next.code, next.what, next.who || null, next.dueDate, next.status, ctx.now().toISOString(), id);
  return getAction(ctx, id);
}

export function removeAction(ctx: HandlerContext, id: number): { removed: boolean } {
  return { removed: ctx.workspace.db.prepare('DELETE FROM plan_action WHERE id = ?').run(id).changes > 0 };
}

/** Overdue = not done and due before today (local date of the machine). */
export function isOverdue(a: Pick<PlanAction, 'status' | 'dueDate'>, today: string): boolean {
  return a.status !== 'done' && !!a.dueDate && a.dueDate < today;
}
