// The regional summary: LKS counts by kabupaten/kota × typology with row and column totals (the shape of Table I.1
// of seed 000), grade distribution and average scores, using each LKS's record for the chosen (or latest) year.
import type { Summary, SummaryRow } from '../../../shared/api/contract-mentor';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';

export interface SummaryFilter { year?: number; lksType?: LksType; region?: string }

/**
 * Which record speaks for an LKS in a year: the mentor's own entry, then an imported list, then a dossier's projection.
 * That is 'manual' > 'import' > 'dossier' in reverse alphabetical order, so "year DESC, source DESC" walks the
 * UNIQUE (lks_id, year, source) index backwards and LIMIT 1 stops at the first entry, with no sort per LKS.
 */
export const SOURCE_PRIORITY = 'r.source DESC';

export const LKS_FILTER = `(@type IS NULL OR l.lks_type = @type) AND (@region IS NULL OR l.region_code = @region OR l.region_code LIKE @region || '.%')`;

/** Each LKS's record for the year (or its latest), found by an index probe per LKS rather than by sorting all records. */
export const probe = (extra = '') => `(SELECT r.id FROM mentor_record r WHERE r.lks_id = l.id AND (@year IS NULL OR r.year = @year) ${extra}
    ORDER BY r.year DESC, ${SOURCE_PRIORITY} LIMIT 1)`;
const pick = (extra = '') => `WITH picked AS (SELECT l.region_code, ${probe(extra)} AS rid FROM mentor_lks l WHERE ${LKS_FILTER})`;

// One pass gives the typology table and, per region, the grades and scores; the totals are added up in code.
// The typology is each LKS's latest record that has one (a grade-only entry does not hide it); grades and scores
// come from its latest record of any kind.
export const BY_REGION_SQL = `WITH picked AS (
  SELECT l.region_code, ${probe('AND r.typology IS NOT NULL')} AS tid, ${probe()} AS rid FROM mentor_lks l WHERE ${LKS_FILTER}
)
SELECT p.region_code AS code, SUM(t.typology = 'A') AS A, SUM(t.typology = 'B') AS B, SUM(t.typology = 'C') AS C,
  SUM(t.typology = 'D') AS D, SUM(t.typology = 'E') AS E, COUNT(t.id) AS total,
  SUM(r.grade = 'A') AS gA, SUM(r.grade = 'B') AS gB, SUM(r.grade = 'C') AS gC, SUM(r.id IS NOT NULL AND r.grade IS NULL) AS gNone,
  SUM(r.score) AS scoreSum, COUNT(r.score) AS scoreCount
FROM picked p LEFT JOIN mentor_record t ON t.id = p.tid LEFT JOIN mentor_record r ON r.id = p.rid
WHERE p.rid IS NOT NULL
GROUP BY p.region_code`;

// Per-standard scores come from each LKS's latest record that has them (usually a received dossier).
export const STANDARDS_SQL = `${pick('AND r.standard_scores IS NOT NULL')}
SELECT j.key AS code, AVG(j.value) AS average, COUNT(*) AS count
FROM picked p JOIN mentor_record r ON r.id = p.rid, json_each(r.standard_scores) AS j
WHERE j.type IN ('integer', 'real') GROUP BY j.key ORDER BY j.key`;

export function regionalSummary(ctx: HandlerContext, f: SummaryFilter): Summary {
  const db = ctx.workspace.db;
  const params = { year: f.year ?? null, type: f.lksType ?? null, region: f.region ?? null };
  type Counted = Omit<SummaryRow, 'regionCode' | 'regionName'> & { code: string | null; gA: number; gB: number; gC: number; gNone: number; scoreSum: number | null; scoreCount: number };
  // Regions by code, the LKS without a region code last (sorted here: a handful of rows).
  const counted = (db.prepare(BY_REGION_SQL).all(params) as Counted[]).sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : a.code.localeCompare(b.code)));
  const names = ctx.regions.resolve(counted.flatMap((r) => (r.code ? [r.code] : [])));
  const rows: SummaryRow[] = counted.filter((r) => r.total > 0).map(({ code, A, B, C, D, E, total }) => ({
    regionCode: code, regionName: code ? names[code] ?? code : 'Tanpa kode wilayah', A: A ?? 0, B: B ?? 0, C: C ?? 0, D: D ?? 0, E: E ?? 0, total,
  }));
  const total = { A: 0, B: 0, C: 0, D: 0, E: 0, total: 0 };
  for (const r of rows) for (const k of ['A', 'B', 'C', 'D', 'E', 'total'] as const) total[k] += r[k];
  const grades = { A: 0, B: 0, C: 0, none: 0 };
  let scoreSum = 0;
  let scoreCount = 0;
  for (const r of counted) {
    grades.A += r.gA ?? 0; grades.B += r.gB ?? 0; grades.C += r.gC ?? 0; grades.none += r.gNone ?? 0;
    scoreSum += r.scoreSum ?? 0; scoreCount += r.scoreCount;
  }
  const averageScore = scoreCount ? scoreSum / scoreCount : null;
  const standards = db.prepare(STANDARDS_SQL).all(params) as Summary['standards'];
  const years = (db.prepare('SELECT DISTINCT year FROM mentor_record ORDER BY year').all() as { year: number }[]).map((y) => y.year);
  return { year: f.year ?? null, rows, total, grades, averageScore, standards, years };
}
