// Handlers for the mentor's visit log, monitoring rhythm, attention list, calendar export and training recommendations.
import { contract } from '../../../shared/api/contract';
import { exportCalendar } from '../mentor/calendar-export';
import { inviteList, loadRules, recommendFor, setRules } from '../mentor/recommendations';
import { addVisit, attention, listVisits, removeAction, removeVisit, setRhythm, updateAction, updateVisit } from '../mentor/visits';
import type { PartialTable } from './define';

type Names = 'visit.list' | 'visit.add' | 'visit.update' | 'visit.remove' | 'action.update' | 'action.remove' | 'portfolio.setRhythm'
  | 'mentor.attention' | 'calendar.export' | 'training.recommend' | 'training.invitations' | 'training.rules' | 'training.setRules';

export const mentorVisitHandlers: PartialTable<Names> = {
  'visit.list': { ...contract['visit.list'], run: (ctx, i) => listVisits(ctx, i.lksId) },
  'visit.add': { ...contract['visit.add'], run: (ctx, i) => addVisit(ctx, i) },
  'visit.update': { ...contract['visit.update'], run: (ctx, { id, ...f }) => updateVisit(ctx, id, f) },
  'visit.remove': { ...contract['visit.remove'], run: (ctx, i) => removeVisit(ctx, i.id) },
  'action.update': { ...contract['action.update'], run: (ctx, { id, ...f }) => updateAction(ctx, id, f) },
  'action.remove': { ...contract['action.remove'], run: (ctx, i) => removeAction(ctx, i.id) },
  'portfolio.setRhythm': { ...contract['portfolio.setRhythm'], run: (ctx, i) => setRhythm(ctx, i.lksId, i.rhythm) },
  'mentor.attention': { ...contract['mentor.attention'], run: (ctx) => attention(ctx) },
  'calendar.export': { ...contract['calendar.export'], run: (ctx, i) => exportCalendar(ctx, i.lksIds) },
  'training.recommend': { ...contract['training.recommend'], run: (ctx, i) => recommendFor(ctx, i.lksId) },
  'training.invitations': { ...contract['training.invitations'], run: (ctx, i) => inviteList(ctx, i.lksType) },
  'training.rules': { ...contract['training.rules'], run: (ctx) => { const r = loadRules(ctx); return { rules: r.info, body: r.body }; } },
  'training.setRules': { ...contract['training.setRules'], run: (ctx, i) => setRules(ctx, i.body) },
};
