// Loads the improvement-plan actions of a round and keeps the list in step with add/update/remove calls.
import { useCallback, useEffect, useState } from 'react';
import type { PlanAction } from '../../../shared/api/contract-plan';
import type { InputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';

export type NewAction = Omit<InputOf<'plan.add'>, 'assessmentId'>;
export type ActionPatch = Omit<InputOf<'plan.update'>, 'id'>;

/** Today's date on this computer (the user's calendar day, not UTC), YYYY-MM-DD. */
export function localToday(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Overdue = not done and due before today. */
export const isOverdue = (a: Pick<PlanAction, 'status' | 'dueDate'>, today = localToday()) => a.status !== 'done' && !!a.dueDate && a.dueDate < today;

/** Overdue first, then open actions by due date (no date last), finished ones at the end. */
export function sortActions(list: PlanAction[], today = localToday()): PlanAction[] {
  const rank = (a: PlanAction) => (isOverdue(a, today) ? 0 : a.status === 'done' ? 2 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
}

export function usePlanActions(roundId: number | null) {
  const [actions, setActions] = useState<PlanAction[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!roundId) { setActions(null); return; }
    try {
      setActions(await call('plan.list', { assessmentId: roundId }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [roundId]);
  useEffect(() => { setActions(null); void reload(); }, [reload]);

  const add = useCallback(async (fields: NewAction): Promise<PlanAction> => {
    if (!roundId) throw new Error('Pilih putaran penilaian dulu / choose a round first');
    const a = await call('plan.add', { assessmentId: roundId, ...fields });
    setActions((cur) => [...(cur ?? []), a]);
    return a;
  }, [roundId]);

  /** Adds several actions in order; stops at the first failure and reports how many were added. */
  const addMany = useCallback(async (list: NewAction[]): Promise<number> => {
    let n = 0;
    for (const f of list) { await add(f); n++; }
    return n;
  }, [add]);

  const update = useCallback(async (id: number, patch: ActionPatch): Promise<PlanAction> => {
    const a = await call('plan.update', { id, ...patch });
    setActions((cur) => (cur ?? []).map((x) => (x.id === id ? a : x)));
    return a;
  }, []);

  const remove = useCallback(async (id: number): Promise<void> => {
    await call('plan.remove', { id });
    setActions((cur) => (cur ?? []).filter((x) => x.id !== id));
  }, []);

  return { actions, error, reload, add, addMany, update, remove };
}
