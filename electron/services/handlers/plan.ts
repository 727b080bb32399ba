// Handlers for the improvement plan.
import { contract } from '../../../shared/api/contract';
import { addAction, listActions, removeAction, updateAction } from '../plan/service';
import { planDocx } from '../reports/plan-docx';
import type { PartialTable } from './define';

export const planHandlers: PartialTable<'plan.list' | 'plan.add' | 'plan.update' | 'plan.remove' | 'plan.exportDocx'> = {
  'plan.list': { ...contract['plan.list'], run: (ctx, i) => listActions(ctx, i.assessmentId) },
  'plan.add': { ...contract['plan.add'], run: (ctx, { assessmentId, ...f }) => addAction(ctx, assessmentId, f) },
  'plan.update': { ...contract['plan.update'], run: (ctx, { id, ...f }) => updateAction(ctx, id, f) },
  'plan.remove': { ...contract['plan.remove'], run: (ctx, i) => removeAction(ctx, i.id) },
  'plan.exportDocx': { ...contract['plan.exportDocx'], run: async (ctx, i) => planDocx(ctx, i.assessmentId, i.language) },
};
