// A portfolio of 5,000 LKS with 20 yearly records, 3 visits and 3 actions each: the list and the summary stay
// right, and their plans probe indexes per LKS (no full sort of all records); `npm run bench portfolio` times them.
import { describe, expect, it } from 'vitest';
import { LIST_SQL, listPortfolio } from '../../../electron/services/mentor/portfolio';
import { BY_REGION_SQL, regionalSummary, STANDARDS_SQL } from '../../../electron/services/mentor/summary';
import { seedPortfolio } from '../../../bench/portfolio-seed';
import { testWorkspace } from '../../helpers/workspace';

function seed(t: ReturnType<typeof testWorkspace>, lks: number, years: number) {
  seedPortfolio(t.ws.db, lks, years);
}

describe('portfolio at scale', () => {
  it('lists and summarises 5,000 LKS × 20 years by index probes', () => {
    const t = testWorkspace();
    seed(t, 5000, 20);
    t.ctx.now = () => new Date('2026-11-30T10:00:00Z');
    const rows = listPortfolio(t.ctx);
    expect(rows).toHaveLength(5000);
    expect(rows.find((r) => r.name === 'LKS Binaan 7')).toMatchObject({ recorded: { year: 2025 }, projected: { year: 2026 }, openActions: 2, overdueActions: 2, lastVisit: '2026-03-10', nextVisit: '2026-06-10' });
    const summary = regionalSummary(t.ctx, {});
    expect(summary.total.total).toBe(5000);
    expect(regionalSummary(t.ctx, { year: 2010 }).total.total).toBe(5000);

    const db = t.ws.db;
    const params = { year: null, type: null, region: null };
    for (const sql of [LIST_SQL.replace('%WHERE%', ''), BY_REGION_SQL, STANDARDS_SQL]) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, today: '2026-11-30', soon: '2027-02-28' }) as { detail: string }[]).map((p) => p.detail);
      expect(plan.join('\n'), sql).not.toMatch(/SCAN r\b|SCAN mentor_record|TEMP B-TREE FOR (LAST TERM OF )?ORDER BY/);
    }

    // Times are measured by `npm run bench portfolio` (against a plain GROUP BY in the same run), not asserted here.
    t.ws.close();
  }, 180_000);
});
