// Calendar export (.ics via shared/mentor/calendar.ts and the `ics` library): for the chosen LKS (default: all),
// the next visit planned at each LKS's latest visit and logged visits dated in the future, the due dates of open
// actions, operating-permit expiries and the projected re-accreditation from the latest graded record that says
// when it was assessed.
import { buildCalendar, type CalendarInput } from '../../../shared/mentor/calendar';
import type { Grade } from '../../../shared/instrument/schema';
import type { HandlerContext } from '../context';
import { DEFAULT_INSTRUMENT_ID, latestBundled } from '../instruments/bundled';
import { SOURCE_PRIORITY } from './summary';
import { today } from './visits';

interface LksDb { id: number; name: string; permit_expiry: string | null; planned: string | null; grade: Grade | null; assessed_on: string | null }

export function exportCalendar(ctx: HandlerContext, lksIds?: number[]) {
  const db = ctx.workspace.db;
  const t = today(ctx);
  const all = db.prepare(`SELECT l.id, l.name, l.permit_expiry,
      (SELECT v.next_visit_date FROM mentor_visit v WHERE v.lks_id = l.id ORDER BY v.date DESC, v.id DESC LIMIT 1) AS planned,
      r.grade, r.assessed_on
    FROM mentor_lks l
    LEFT JOIN mentor_record r ON r.id = (SELECT r.id FROM mentor_record r WHERE r.lks_id = l.id AND r.grade IS NOT NULL ORDER BY r.year DESC, ${SOURCE_PRIORITY} LIMIT 1)
    ORDER BY l.name COLLATE NOCASE, l.id`).all() as LksDb[];
  const wanted = lksIds ? new Set(lksIds) : null;
  const lks = wanted ? all.filter((l) => wanted.has(l.id)) : all;
  const ids = new Set(lks.map((l) => l.id));
  const names = new Map(lks.map((l) => [l.id, l.name]));
  const input: Required<CalendarInput> = { visits: [], actions: [], permits: [], accreditations: [] };
  const skipped: { kind: string; id: string; reason: string }[] = [];

  for (const l of lks) {
    // One planned-visit event per LKS, so a changed plan moves the event rather than adding one.
    if (l.planned) input.visits.push({ id: `lks${l.id}-next`, lksId: String(l.id), lksName: l.name, date: l.planned, kind: 'pendampingan', note: 'Kunjungan berikutnya yang direncanakan' });
    if (l.permit_expiry) input.permits.push({ lksId: String(l.id), lksName: l.name, expiresOn: l.permit_expiry });
    if (l.grade && l.assessed_on) input.accreditations.push({ lksId: String(l.id), lksName: l.name, grade: l.grade, assessedOn: l.assessed_on });
    else if (l.grade) skipped.push({ kind: 'reaccreditation', id: String(l.id), reason: `peringkat ${l.grade} tanpa tanggal penilaian: akreditasi ulang tidak dapat diproyeksikan` });
  }
  const future = db.prepare('SELECT id, lks_id, date, kind, findings FROM mentor_visit WHERE date > ? ORDER BY date, id').all(t) as { id: number; lks_id: number; date: string; kind: string; findings: string | null }[];
  for (const v of future) {
    if (ids.has(v.lks_id)) input.visits.push({ id: String(v.id), lksId: String(v.lks_id), lksName: names.get(v.lks_id)!, date: v.date, kind: v.kind, note: v.findings ?? undefined });
  }
  const actions = db.prepare('SELECT id, lks_id, text, owner, due_date FROM mentor_action WHERE done_at IS NULL AND due_date IS NOT NULL ORDER BY due_date, id').all() as { id: number; lks_id: number; text: string; owner: string | null; due_date: string }[];
  for (const a of actions) {
    if (ids.has(a.lks_id)) input.actions.push({ id: String(a.id), lksId: String(a.lks_id), lksName: names.get(a.lks_id)!, text: a.text, owner: a.owner ?? undefined, dueOn: a.due_date });
  }

  const validityYears = latestBundled('instruments', DEFAULT_INSTRUMENT_ID)!.scoring.validityYears;
  const cal = buildCalendar(input, { validityYears, now: ctx.now() });
  return {
    fileName: `kalender-pendampingan-${t}.ics`,
    base64: Buffer.from(cal.ics, 'utf8').toString('base64'),
    events: cal.events.length,
    skipped: [...skipped, ...cal.skipped],
  };
}
