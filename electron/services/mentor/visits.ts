// The mentor's visit log: visits with the actions agreed at them, the monitoring rhythm, and what needs attention
// (overdue actions, missed visits) across the portfolio.
import type { ActionRow, AttentionItem, VisitKind, VisitRow } from '../../../shared/api/contract-mentor-visits';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { AppError } from '../../../shared/api/result';
import { localIsoDate } from '../../../shared/dates';
import { daysBetween } from '../../../shared/mentor/training';
import type { HandlerContext } from '../context';
import { getPortfolioRow } from './portfolio';

type Rhythm = NonNullable<PortfolioRow['rhythm']>;
/** Months between visits for each monitoring rhythm. */
export const RHYTHM_MONTHS: Record<Rhythm, number> = { monthly: 1, quarterly: 3, 'six-monthly': 6, yearly: 12 };
const RHYTHM_TEXT: Record<Rhythm, { id: string; en: string }> = {
  monthly: { id: 'bulanan', en: 'monthly' }, quarterly: { id: 'tiga bulanan', en: 'quarterly' },
  'six-monthly': { id: 'enam bulanan', en: 'six-monthly' }, yearly: { id: 'tahunan', en: 'yearly' },
};

interface VisitDb { id: number; lks_id: number; date: string; kind: VisitKind; participants: string | null; findings: string | null; next_visit_date: string | null }
interface ActionDb { id: number; visit_id: number | null; lks_id: number; text: string; owner: string | null; due_date: string | null; done_at: string | null }
export interface ActionInput { text: string; owner?: string | null; dueDate?: string | null }
export interface VisitFields { date?: string; kind?: VisitKind; participants?: string | null; findings?: string | null; nextVisitDate?: string | null }

export const today = (ctx: HandlerContext) => localIsoDate(ctx.now());

const toAction = (a: ActionDb): ActionRow => ({
  id: a.id, visitId: a.visit_id, lksId: a.lks_id, text: a.text, owner: a.owner, dueDate: a.due_date, done: a.done_at !== null, doneAt: a.done_at,
});

function toVisits(ctx: HandlerContext, visits: VisitDb[]): VisitRow[] {
  if (!visits.length) return [];
  const actions = ctx.workspace.db.prepare(`SELECT * FROM mentor_action WHERE visit_id IN (${visits.map(() => '?').join(',')}) ORDER BY due_date IS NULL, due_date, id`)
    .all(...visits.map((v) => v.id)) as ActionDb[];
  return visits.map((v) => ({
    id: v.id, lksId: v.lks_id, date: v.date, kind: v.kind, participants: v.participants, findings: v.findings, nextVisitDate: v.next_visit_date,
    actions: actions.filter((a) => a.visit_id === v.id).map(toAction),
  }));
}

function requireLks(ctx: HandlerContext, lksId: number): { id: number; name: string } {
  const l = ctx.workspace.db.prepare('SELECT id, name FROM mentor_lks WHERE id = ?').get(lksId) as { id: number; name: string } | undefined;
  if (!l) throw new AppError('NOT_FOUND', `LKS #${lksId} tidak ada dalam portofolio / LKS #${lksId} is not in the portfolio`);
  return l;
}

function getVisitDb(ctx: HandlerContext, id: number): VisitDb {
  const v = ctx.workspace.db.prepare('SELECT * FROM mentor_visit WHERE id = ?').get(id) as VisitDb | undefined;
  if (!v) throw new AppError('NOT_FOUND', `Kunjungan #${id} tidak ada / visit #${id} does not exist`);
  return v;
}

function checkDates(date: string, next: string | null | undefined): void {
  if (next && next <= date) {
    throw new AppError('VALIDATION', `Tanggal kunjungan berikutnya (${next}) harus sesudah tanggal kunjungan (${date}) / the next visit date (${next}) must be after the visit date (${date})`);
  }
}

const blank = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : s.trim() || null);

function insertActions(ctx: HandlerContext, visitId: number, lksId: number, actions: ActionInput[], now: string): void {
  const ins = ctx.workspace.db.prepare('INSERT INTO mentor_action (visit_id, lks_id, text, owner, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const a of actions) ins.run(visitId, lksId, a.text.trim(), blank(a.owner) ?? null, a.dueDate ?? null, now, now);
}

export function listVisits(ctx: HandlerContext, lksId: number): VisitRow[] {
  requireLks(ctx, lksId);
  return toVisits(ctx, ctx.workspace.db.prepare('SELECT * FROM mentor_visit WHERE lks_id = ? ORDER BY date DESC, id DESC').all(lksId) as VisitDb[]);
}

export function getVisit(ctx: HandlerContext, id: number): VisitRow {
  return toVisits(ctx, [getVisitDb(ctx, id)])[0];
}

export function addVisit(ctx: HandlerContext, i: VisitFields & { lksId: number; date: string; kind: VisitKind; actions?: ActionInput[] }): VisitRow {
  requireLks(ctx, i.lksId);
  checkDates(i.date, i.nextVisitDate);
  const db = ctx.workspace.db;
  const now = ctx.now().toISOString();
  const id = db.transaction(() => {
    const id = Number(db.prepare(`INSERT INTO mentor_visit (lks_id, date, kind, participants, findings, next_visit_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(i.lksId, i.date, i.kind, blank(i.participants) ?? null, blank(i.findings) ?? null, i.nextVisitDate ?? null, now, now).lastInsertRowid);
    insertActions(ctx, id, i.lksId, i.actions ?? [], now);
    return id;
  })();
  return getVisit(ctx, id);
}

export function updateVisit(ctx: HandlerContext, id: number, f: VisitFields & { addActions?: ActionInput[] }): VisitRow {
  const cur = getVisitDb(ctx, id);
  const date = f.date ?? cur.date;
  const next = f.nextVisitDate === undefined ? cur.next_visit_date : f.nextVisitDate;
  checkDates(date, next);
  const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
  const now = ctx.now().toISOString();
  const db = ctx.workspace.db;
  db.transaction(() => {
    db.prepare('UPDATE mentor_visit SET date = ?, kind = ?, participants = ?, findings = ?, next_visit_date = ?, updated_at = ? WHERE id = ?')
      .run(date, f.kind ?? cur.kind, pick(blank(f.participants), cur.participants), pick(blank(f.findings), cur.findings), next, now, id);
    insertActions(ctx, id, cur.lks_id, f.addActions ?? [], now);
  })();
  return getVisit(ctx, id);
}

export function removeVisit(ctx: HandlerContext, id: number): { removed: boolean } {
  return { removed: ctx.workspace.db.prepare('DELETE FROM mentor_visit WHERE id = ?').run(id).changes > 0 };
}

export function updateAction(ctx: HandlerContext, id: number, f: { done?: boolean; text?: string; owner?: string | null; dueDate?: string | null }): ActionRow {
  const db = ctx.workspace.db;
  const cur = db.prepare('SELECT * FROM mentor_action WHERE id = ?').get(id) as ActionDb | undefined;
  if (!cur) throw new AppError('NOT_FOUND', `Tindak lanjut #${id} tidak ada / action #${id} does not exist`);
  const now = ctx.now().toISOString();
  // Marking done again keeps the first date it was done.
  const doneAt = f.done === undefined ? cur.done_at : f.done ? cur.done_at ?? now : null;
  db.prepare('UPDATE mentor_action SET text = ?, owner = ?, due_date = ?, done_at = ?, updated_at = ? WHERE id = ?')
    .run(f.text === undefined ? cur.text : f.text.trim(), f.owner === undefined ? cur.owner : blank(f.owner) ?? null, f.dueDate === undefined ? cur.due_date : f.dueDate, doneAt, now, id);
  return toAction(db.prepare('SELECT * FROM mentor_action WHERE id = ?').get(id) as ActionDb);
}

export function removeAction(ctx: HandlerContext, id: number): { removed: boolean } {
  return { removed: ctx.workspace.db.prepare('DELETE FROM mentor_action WHERE id = ?').run(id).changes > 0 };
}

export function setRhythm(ctx: HandlerContext, lksId: number, rhythm: Rhythm | null): PortfolioRow {
  requireLks(ctx, lksId);
  ctx.workspace.db.prepare('UPDATE mentor_lks SET rhythm = ?, updated_at = ? WHERE id = ?').run(rhythm, ctx.now().toISOString(), lksId);
  return getPortfolioRow(ctx, lksId);
}

/** YYYY-MM-DD plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * Overdue actions (due before today, not done) and missed visits: the next visit date agreed at the latest visit
 * has passed with no visit on or after it, or the rhythm's interval since the last visit (or, never visited, since
 * the LKS was added) is exceeded. One missed-visit item per LKS, the more overdue of the two. Most days late first.
 */
export function attention(ctx: HandlerContext): { today: string; items: AttentionItem[] } {
  const t = today(ctx);
  const db = ctx.workspace.db;
  const items: AttentionItem[] = [];
  const overdue = db.prepare(`SELECT a.*, l.name AS lks_name FROM mentor_action a JOIN mentor_lks l ON l.id = a.lks_id
    WHERE a.done_at IS NULL AND a.due_date IS NOT NULL AND a.due_date < ?`).all(t) as (ActionDb & { lks_name: string })[];
  for (const a of overdue) {
    const late = daysBetween(a.due_date!, t);
    items.push({
      kind: 'action', lksId: a.lks_id, lksName: a.lks_name, dueDate: a.due_date!, daysLate: late, actionId: a.id, visitId: a.visit_id, text: a.text, owner: a.owner,
      message: { id: `Tindak lanjut "${a.text}" lewat ${late} hari dari tenggat ${a.due_date}`, en: `Action "${a.text}" is ${late} days past its due date ${a.due_date}` },
    });
  }
  // Latest visit done (date on or before today) and the plan made at the latest visit recorded.
  const rows = db.prepare(`SELECT l.id, l.name, l.rhythm, substr(l.created_at, 1, 10) AS added,
      (SELECT max(v.date) FROM mentor_visit v WHERE v.lks_id = l.id AND v.date <= @t) AS last_visit,
      (SELECT v.next_visit_date FROM mentor_visit v WHERE v.lks_id = l.id ORDER BY v.date DESC, v.id DESC LIMIT 1) AS planned
    FROM mentor_lks l WHERE l.rhythm IS NOT NULL OR EXISTS (SELECT 1 FROM mentor_visit v WHERE v.lks_id = l.id AND v.next_visit_date IS NOT NULL)`)
    .all({ t }) as { id: number; name: string; rhythm: Rhythm | null; added: string; last_visit: string | null; planned: string | null }[];
  for (const r of rows) {
    const due: { date: string; reason: 'planned' | 'rhythm' }[] = [];
    if (r.planned && r.planned < t && (!r.last_visit || r.last_visit < r.planned)) due.push({ date: r.planned, reason: 'planned' });
    if (r.rhythm) {
      const d = addMonths(r.last_visit ?? r.added, RHYTHM_MONTHS[r.rhythm]);
      if (d < t) due.push({ date: d, reason: 'rhythm' });
    }
    if (!due.length) continue;
    const worst = due.sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    const late = daysBetween(worst.date, t);
    const since = r.last_visit ? { id: `kunjungan terakhir ${r.last_visit}`, en: `last visit ${r.last_visit}` } : { id: 'belum pernah dikunjungi', en: 'never visited' };
    const message = worst.reason === 'planned'
      ? { id: `Kunjungan yang direncanakan ${worst.date} belum dilakukan (${since.id}); lewat ${late} hari`, en: `The visit planned for ${worst.date} has not taken place (${since.en}); ${late} days late` }
      : { id: `Ritme pemantauan ${RHYTHM_TEXT[r.rhythm!].id} terlampaui sejak ${worst.date} (${since.id}); lewat ${late} hari`, en: `The ${RHYTHM_TEXT[r.rhythm!].en} monitoring rhythm was exceeded on ${worst.date} (${since.en}); ${late} days late` };
    items.push({ kind: 'visit', lksId: r.id, lksName: r.name, dueDate: worst.date, daysLate: late, reason: worst.reason, lastVisit: r.last_visit, rhythm: r.rhythm, message });
  }
  items.sort((a, b) => b.daysLate - a.daysLate || a.lksName.localeCompare(b.lksName, 'id') || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return { today: t, items };
}
