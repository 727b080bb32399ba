// The regional summary: LKS counts by kabupaten/kota × typology with row and column totals (the shape of Table I.1
// of seed 000), grade distribution and average scores, using each LKS's record for the chosen (or latest) year.
import type { Summary, SummaryRow } from '../../../shared/api/contract-mentor';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';

export interface SummaryFilter { year?: number; lksType?: LksType; region?: string }

/** Which record speaks for an LKS in a year: the mentor's own entry, then an imported list, then a dossier's projection. */
export const SOURCE_PRIORITY = "CASE r.source WHEN 'manual' THEN 0 WHEN 'import' THEN 1 ELSE 2 END";

const FILTERED = `FROM mentor_record r JOIN mentor_lks l ON l.id = r.lks_id
  WHERE (@year IS NULL OR r.year = @year) AND (@type IS NULL OR l.lks_type = @type)
    AND (@region IS NULL OR l.region_code = @region OR l.region_code LIKE @region || '.%')`;

const PICKED = `WITH picked AS (
  SELECT r.lks_id, r.typology, r.grade, r.score, l.region_code,
    ROW_NUMBER() OVER (PARTITION BY r.lks_id ORDER BY r.year DESC, ${SOURCE_PRIORITY}) AS rn
  ${FILTERED}
)`;

const BY_REGION = `${PICKED}
SELECT region_code AS code, SUM(typology = 'A') AS A, SUM(typology = 'B') AS B, SUM(typology = 'C') AS C,
  SUM(typology = 'D') AS D, SUM(typology = 'E') AS E, COUNT(*) AS total
FROM picked WHERE rn = 1 AND typology IS NOT NULL GROUP BY region_code ORDER BY region_code IS NULL, region_code`;

const GRADES = `${PICKED}
SELECT ifnull(SUM(grade = 'A'), 0) AS A, ifnull(SUM(grade = 'B'), 0) AS B, ifnull(SUM(grade = 'C'), 0) AS C,
  ifnull(SUM(grade IS NULL), 0) AS none, AVG(score) AS averageScore
FROM picked WHERE rn = 1`;

// Per-standard scores come from each LKS's latest record that has them (usually a received dossier).
const STANDARDS = `WITH picked AS (
  SELECT r.standard_scores, ROW_NUMBER() OVER (PARTITION BY r.lks_id ORDER BY r.year DESC, ${SOURCE_PRIORITY}) AS rn
  ${FILTERED} AND r.standard_scores IS NOT NULL
)
SELECT j.key AS code, AVG(j.value) AS average, COUNT(*) AS count
FROM picked, json_each(picked.standard_scores) AS j
WHERE picked.rn = 1 AND j.type IN ('integer', 'real') GROUP BY j.key ORDER BY j.key`;

export function regionalSummary(ctx: HandlerContext, f: SummaryFilter): Summary {
  const db = ctx.workspace.db;
  const params = { year: f.year ?? null, type: f.lksType ?? null, region: f.region ?? null };
  const counted = db.prepare(BY_REGION).all(params) as (Omit<SummaryRow, 'regionCode' | 'regionName'> & { code: string | null })[];
  const names = ctx.regions.resolve(counted.flatMap((r) => (r.code ? [r.code] : [])));
  const rows: SummaryRow[] = counted.map(({ code, ...n }) => ({ regionCode: code, regionName: code ? names[code] ?? code : 'Tanpa kode wilayah', ...n }));
  const total = { A: 0, B: 0, C: 0, D: 0, E: 0, total: 0 };
  for (const r of rows) for (const k of ['A', 'B', 'C', 'D', 'E', 'total'] as const) total[k] += r[k];
  const g = db.prepare(GRADES).get(params) as Summary['grades'] & { averageScore: number | null };
  const { averageScore, ...grades } = g;
  const standards = db.prepare(STANDARDS).all(params) as Summary['standards'];
  const years = (db.prepare('SELECT DISTINCT year FROM mentor_record ORDER BY year').all() as { year: number }[]).map((y) => y.year);
  return { year: f.year ?? null, rows, total, grades, averageScore, standards, years };
}
