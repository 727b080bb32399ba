// What the mentor report reads: the LKS in scope (type, region), their visits in the period, their actions, the score
// change between each LKS's two latest scored years, and the training invitations, all from the portfolio's tables.
import type { VisitKind } from '../../../../shared/api/contract-mentor-visits';
import type { Text } from '../../../../shared/instrument/schema';
import type { LksType } from '../../../../shared/profile';
import { daysBetween } from '../../../../shared/mentor/training';
import type { HandlerContext } from '../../context';
import { listPortfolio } from '../portfolio';
import { inviteList } from '../recommendations';
import { SOURCE_PRIORITY } from '../summary';
import { today } from '../visits';
import { inRegion, organisationName, regionLabel } from './common';

export interface ReportFilter { lksType?: LksType; region?: string; from?: string; to?: string }
type Letter = 'A' | 'B' | 'C' | 'D' | 'E';
interface Scored { year: number; score: number; projected: boolean }

export interface ReportData {
  from: string; to: string; today: string; organisation: string | null; regionLabel: string | null; lksType: LksType | null;
  lks: { id: number; name: string; typology: Letter | null; typologyProjected: boolean; grade: 'A' | 'B' | 'C' | null; gradeProjected: boolean }[];
  expiring: { name: string; permitExpiry: string | null; expiringDocuments: number }[];
  visits: { lksId: number; lksName: string; date: string; kind: VisitKind; findings: string | null }[];
  actions: { doneInPeriod: number; open: number; overdue: { lksName: string; text: string; owner: string | null; dueDate: string; daysLate: number }[] };
  progress: { name: string; before: Scored; after: Scored }[];
  training: { number: number; title: Text; invite: { name: string; reasons: Text[]; estimate: boolean }[] }[];
}

export function reportData(ctx: HandlerContext, f: ReportFilter): ReportData {
  const t = today(ctx);
  const from = f.from ?? `${t.slice(0, 4)}-01-01`;
  const to = f.to ?? t;
  const db = ctx.workspace.db;
  const rows = listPortfolio(ctx).filter((r) => (!f.lksType || r.lksType === f.lksType) && inRegion(r.regionCode, f.region));
  const ids = new Set(rows.map((r) => r.id));
  const mine = <T extends { lks_id: number }>(xs: T[]) => xs.filter((x) => ids.has(x.lks_id));

  const lks = rows.map((r) => {
    // The mentor's own record speaks first; a dossier's projection fills in and is marked as an estimate.
    const typology = (r.recorded?.typology ?? r.projected?.typology ?? null) as Letter | null;
    const grade = (r.recorded?.grade ?? r.projected?.grade ?? null) as 'A' | 'B' | 'C' | null;
    return { id: r.id, name: r.name, typology, typologyProjected: !r.recorded?.typology && !!r.projected?.typology, grade, gradeProjected: !r.recorded?.grade && !!r.projected?.grade };
  });

  const visits = mine(db.prepare(`SELECT v.lks_id, l.name, v.date, v.kind, v.findings FROM mentor_visit v JOIN mentor_lks l ON l.id = v.lks_id
    WHERE v.date BETWEEN ? AND ? ORDER BY v.date, l.name COLLATE NOCASE, v.id`).all(from, to) as { lks_id: number; name: string; date: string; kind: VisitKind; findings: string | null }[])
    .map((v) => ({ lksId: v.lks_id, lksName: v.name, date: v.date, kind: v.kind, findings: v.findings }));

  const acts = mine(db.prepare(`SELECT a.lks_id, l.name, a.text, a.owner, a.due_date, a.done_at FROM mentor_action a JOIN mentor_lks l ON l.id = a.lks_id
    ORDER BY a.due_date IS NULL, a.due_date, a.id`).all() as { lks_id: number; name: string; text: string; owner: string | null; due_date: string | null; done_at: string | null }[]);
  const actions = {
    doneInPeriod: acts.filter((a) => a.done_at && a.done_at.slice(0, 10) >= from && a.done_at.slice(0, 10) <= to).length,
    open: acts.filter((a) => !a.done_at).length,
    overdue: acts.filter((a) => !a.done_at && a.due_date && a.due_date < t)
      .map((a) => ({ lksName: a.name, text: a.text, owner: a.owner, dueDate: a.due_date!, daysLate: daysBetween(a.due_date!, t) })),
  };

  // Per LKS and year the record that speaks for it (manual > import > dossier), then the two latest scored years.
  const scored = mine(db.prepare(`SELECT r.lks_id, l.name, r.year, r.score, r.source FROM mentor_record r JOIN mentor_lks l ON l.id = r.lks_id
    WHERE r.score IS NOT NULL ORDER BY l.name COLLATE NOCASE, r.lks_id, r.year DESC, ${SOURCE_PRIORITY}`).all() as { lks_id: number; name: string; year: number; score: number; source: string }[]);
  const byLks = new Map<number, { name: string; years: Scored[] }>();
  for (const r of scored) {
    const e = byLks.get(r.lks_id) ?? { name: r.name, years: [] };
    if (!e.years.some((y) => y.year === r.year)) e.years.push({ year: r.year, score: r.score, projected: r.source === 'dossier' });
    byLks.set(r.lks_id, e);
  }
  const progress = [...byLks.values()].filter((e) => e.years.length >= 2).map((e) => ({ name: e.name, before: e.years[1], after: e.years[0] }));

  const training = inviteList(ctx, f.lksType).models.map((m) => ({
    number: m.model.number, title: m.model.title,
    invite: m.invite.filter((i) => ids.has(i.lksId)).map((i) => ({ name: i.name, reasons: i.reasons, estimate: i.estimate })),
  }));

  return {
    from, to, today: t, organisation: organisationName(ctx), regionLabel: regionLabel(ctx, f.region), lksType: f.lksType ?? null,
    lks, expiring: rows.filter((r) => r.expiringDocuments > 0).map((r) => ({ name: r.name, permitExpiry: r.permitExpiry, expiringDocuments: r.expiringDocuments })),
    visits, actions, progress, training,
  };
}
