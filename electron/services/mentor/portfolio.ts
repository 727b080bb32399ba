// The mentor's portfolio: one SQL query lists every LKS with its latest recorded and projected year, last score,
// visits and open/overdue actions (fast for thousands of LKS); manual add, update and remove.
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { AppError } from '../../../shared/api/result';
import { localIsoDate } from '../../../shared/dates';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { nameKey } from './fields';
import { SOURCE_PRIORITY } from './summary';

/** Documents ending within this many days count as expiring. */
export const EXPIRY_WINDOW_DAYS = 90;

// One pass over the LKS; each "latest" is an index probe per LKS (mentor_record's UNIQUE (lks_id, year, source),
// mentor_visit (lks_id, date), mentor_action (lks_id, done_at, due_date)), which stays linear in the portfolio size
// where window functions over every record would sort them all.
const LATEST = (where: string) => `(SELECT r.id FROM mentor_record r WHERE r.lks_id = l.id AND ${where} ORDER BY r.year DESC, ${SOURCE_PRIORITY} LIMIT 1)`;
export const LIST_SQL = `SELECT x.*,
  rec.year AS rec_year, rec.typology AS rec_typology, rec.grade AS rec_grade, rec.score AS rec_score,
  proj.year AS proj_year, proj.typology AS proj_typology, proj.grade AS proj_grade, proj.score AS proj_score,
  sc.score AS last_score, v.date AS last_visit, v.next_visit_date AS next_visit
FROM (
  SELECT l.id, l.name, l.region_code, l.lks_type, l.source, l.rhythm, l.notes, l.permit_expiry,
    ${LATEST("r.source <> 'dossier'")} AS rec_id,
    ${LATEST("r.source = 'dossier'")} AS proj_id,
    ${LATEST('r.score IS NOT NULL')} AS score_id,
    (SELECT v.id FROM mentor_visit v WHERE v.lks_id = l.id ORDER BY v.date DESC, v.id DESC LIMIT 1) AS visit_id,
    (SELECT COUNT(*) FROM mentor_action a WHERE a.lks_id = l.id AND a.done_at IS NULL) AS open_actions,
    (SELECT COUNT(*) FROM mentor_action a WHERE a.lks_id = l.id AND a.done_at IS NULL AND a.due_date < @today) AS overdue_actions,
    (l.permit_expiry IS NOT NULL AND l.permit_expiry <= @soon) + CASE WHEN l.round_uid IS NULL THEN 0 ELSE (
      SELECT COUNT(DISTINCT de.sha256) FROM dossier_evidence de
      WHERE de.dossier_import_id = (SELECT di.id FROM dossier_import di WHERE di.round_uid = l.round_uid ORDER BY di.version DESC LIMIT 1)
        AND de.expiry_date IS NOT NULL AND de.expiry_date <> '' AND de.expiry_date <= @soon) END AS expiring
  FROM mentor_lks l %WHERE%
) x
LEFT JOIN mentor_record rec ON rec.id = x.rec_id
LEFT JOIN mentor_record proj ON proj.id = x.proj_id
LEFT JOIN mentor_record sc ON sc.id = x.score_id
LEFT JOIN mentor_visit v ON v.id = x.visit_id`;

interface Row {
  id: number; name: string; region_code: string | null; lks_type: LksType | null; source: PortfolioRow['source']; rhythm: PortfolioRow['rhythm']; notes: string | null; permit_expiry: string | null;
  rec_year: number | null; rec_typology: 'A' | null; rec_grade: 'A' | null; rec_score: number | null;
  proj_year: number | null; proj_typology: 'A' | null; proj_grade: 'A' | null; proj_score: number | null;
  last_score: number | null; last_visit: string | null; next_visit: string | null; open_actions: number; overdue_actions: number; expiring: number;
}

function params(ctx: HandlerContext) {
  const now = ctx.now();
  return { today: localIsoDate(now), soon: localIsoDate(new Date(now.getTime() + EXPIRY_WINDOW_DAYS * 86_400_000)) };
}

function toRow(r: Row, names: Record<string, string>): PortfolioRow {
  return {
    id: r.id, name: r.name, regionCode: r.region_code, regionName: r.region_code ? names[r.region_code] ?? null : null, lksType: r.lks_type,
    source: r.source, rhythm: r.rhythm, notes: r.notes, permitExpiry: r.permit_expiry,
    recorded: r.rec_year === null ? null : { year: r.rec_year, typology: r.rec_typology, grade: r.rec_grade, score: r.rec_score },
    projected: r.proj_year === null ? null : { year: r.proj_year, typology: r.proj_typology, grade: r.proj_grade, score: r.proj_score },
    lastScore: r.last_score, lastVisit: r.last_visit, nextVisit: r.next_visit,
    openActions: r.open_actions, overdueActions: r.overdue_actions, expiringDocuments: r.expiring,
  };
}

function withNames(ctx: HandlerContext, rows: Row[]): PortfolioRow[] {
  const names = ctx.regions.resolve([...new Set(rows.flatMap((r) => (r.region_code ? [r.region_code] : [])))]);
  return rows.map((r) => toRow(r, names));
}

export function listPortfolio(ctx: HandlerContext): PortfolioRow[] {
  return withNames(ctx, ctx.workspace.db.prepare(`${LIST_SQL.replace('%WHERE%', '')} ORDER BY x.name COLLATE NOCASE, x.id`).all(params(ctx)) as Row[]);
}

export function getPortfolioRow(ctx: HandlerContext, id: number): PortfolioRow {
  const r = ctx.workspace.db.prepare(LIST_SQL.replace('%WHERE%', 'WHERE l.id = @id')).get({ ...params(ctx), id }) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', `LKS #${id} tidak ada dalam portofolio / LKS #${id} is not in the portfolio`);
  return withNames(ctx, [r])[0];
}

export interface LksFields {
  name?: string; regionCode?: string | null; lksType?: LksType | null; rhythm?: PortfolioRow['rhythm'];
  notes?: string | null; permitExpiry?: string | null; multiRegency?: boolean | null;
  record?: { year: number; typology: 'A' | 'B' | 'C' | 'D' | 'E' | null; grade?: 'A' | 'B' | 'C' | null; score?: number | null };
}

function checkRegion(ctx: HandlerContext, code: string | null | undefined): void {
  if (code && !ctx.regions.resolve([code])[code]) {
    throw new AppError('VALIDATION', `Kode wilayah ${code} tidak ada dalam data wilayah Kemendagri / region code ${code} is not in the Kemendagri region data`);
  }
}

function checkUnique(ctx: HandlerContext, name: string, regionCode: string | null, except: number): void {
  const other = ctx.workspace.db.prepare("SELECT id FROM mentor_lks WHERE name_key = ? AND ifnull(region_code, '') = ? AND id <> ?").get(nameKey(name), regionCode ?? '', except);
  if (other) throw new AppError('CONFLICT', `LKS "${name}" di wilayah ini sudah ada dalam portofolio / LKS "${name}" in this region is already in the portfolio`);
}

function saveRecord(ctx: HandlerContext, lksId: number, rec: NonNullable<LksFields['record']>, now: string): void {
  ctx.workspace.db.prepare(`INSERT INTO mentor_record (lks_id, year, typology, grade, score, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'manual', ?, ?)
    ON CONFLICT (lks_id, year, source) DO UPDATE SET typology = excluded.typology, grade = excluded.grade, score = excluded.score, updated_at = excluded.updated_at`)
    .run(lksId, rec.year, rec.typology, rec.grade ?? null, rec.score ?? null, now, now);
}

const flag = (b: boolean | null | undefined) => (b === null || b === undefined ? null : b ? 1 : 0);

export function addLks(ctx: HandlerContext, f: LksFields & { name: string }): PortfolioRow {
  checkRegion(ctx, f.regionCode);
  checkUnique(ctx, f.name, f.regionCode ?? null, 0);
  const now = ctx.now().toISOString();
  const db = ctx.workspace.db;
  const id = db.transaction(() => {
    const id = Number(db.prepare(`INSERT INTO mentor_lks (name, name_key, region_code, lks_type, source, rhythm, multi_regency, permit_expiry, notes, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'manual', ?, ?, ?, ?, ?, ?)`)
      .run(f.name, nameKey(f.name), f.regionCode ?? null, f.lksType ?? null, f.rhythm ?? null, flag(f.multiRegency), f.permitExpiry ?? null, f.notes || null, now, now).lastInsertRowid);
    if (f.record) saveRecord(ctx, id, f.record, now);
    return id;
  })();
  return getPortfolioRow(ctx, id);
}

export function updateLks(ctx: HandlerContext, id: number, f: LksFields): PortfolioRow {
  const db = ctx.workspace.db;
  const cur = db.prepare('SELECT * FROM mentor_lks WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!cur) throw new AppError('NOT_FOUND', `LKS #${id} tidak ada dalam portofolio / LKS #${id} is not in the portfolio`);
  const pick = <T>(v: T | undefined, col: string): T => (v === undefined ? (cur[col] as T) : v);
  const name = pick(f.name, 'name');
  const regionCode = pick(f.regionCode, 'region_code');
  if (f.regionCode !== undefined) checkRegion(ctx, f.regionCode);
  checkUnique(ctx, name, regionCode, id);
  const now = ctx.now().toISOString();
  db.transaction(() => {
    db.prepare('UPDATE mentor_lks SET name = ?, name_key = ?, region_code = ?, lks_type = ?, rhythm = ?, multi_regency = ?, permit_expiry = ?, notes = ?, updated_at = ? WHERE id = ?')
      .run(name, nameKey(name), regionCode, pick(f.lksType, 'lks_type'), pick(f.rhythm, 'rhythm'),
        f.multiRegency === undefined ? cur.multi_regency : flag(f.multiRegency), pick(f.permitExpiry, 'permit_expiry'), f.notes === undefined ? cur.notes : f.notes || null, now, id);
    if (f.record) saveRecord(ctx, id, f.record, now);
  })();
  return getPortfolioRow(ctx, id);
}

/** Removes the LKS with its records, visits and actions (cascade). */
export function removeLks(ctx: HandlerContext, id: number): { removed: boolean } {
  return { removed: ctx.workspace.db.prepare('DELETE FROM mentor_lks WHERE id = ?').run(id).changes > 0 };
}
