// Benchmark: a mentor portfolio of 5,000 LKS × 20 yearly records (3 visits, 3 actions each) in a real workspace:
// the list, the regional summary and a filtered summary, against a plain SQL GROUP BY on the same database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../electron/services/app-version';
import { createContext } from '../electron/services/context';
import { listPortfolio } from '../electron/services/mentor/portfolio';
import { regionalSummary } from '../electron/services/mentor/summary';
import { openWorkspace } from '../electron/services/workspace/workspace';
import { seedPortfolio } from './portfolio-seed';
import { summarise, timeEach, type TableRow } from './util';

export async function portfolioBench(lks = Number(process.env.SWANILAI_BENCH_LKS ?? 5000), years = 20): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-portfolio-'));
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'bench', create: true });
  try {
    const s0 = performance.now();
    seedPortfolio(ws.db, lks, years);
    const seedMs = performance.now() - s0;
    const ctx = createContext(ws, 'cli', APP_VERSION);
    const runs = 15;
    const groupBy = ws.db.prepare('SELECT l.region_code, r.typology, COUNT(*) FROM mentor_record r JOIN mentor_lks l ON l.id = r.lks_id WHERE r.year = 2015 GROUP BY 1, 2');
    // Interleaved, so machine noise touches every measure alike.
    const samples: Record<string, number[]> = { groupBy: [], list: [], summary: [], summaryFiltered: [] };
    for (let i = 0; i < runs; i++) {
      for (const [k, f] of Object.entries({
        groupBy: () => groupBy.all(),
        list: () => listPortfolio(ctx),
        summary: () => regionalSummary(ctx, {}),
        summaryFiltered: () => regionalSummary(ctx, { year: 2015, region: '34' }),
      })) samples[k].push((await timeEach(1, f)).median);
    }
    const med = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarise(v).median]));
    const vs = (k: string) => `${(med[k] / med.groupBy).toFixed(1)}× the time of a plain GROUP BY`;
    const result = {
      name: `portfolio: ${lks} LKS × ${years} yearly records, 3 visits and 3 actions each (median of ${runs})`,
      seed: `${(seedMs / 1000).toFixed(1)} s`,
      plainGroupBy: `${med.groupBy.toFixed(1)} ms (one year's kab/kota × typology counts)`,
      list: `${med.list.toFixed(0)} ms — ${vs('list')}`,
      summary: `${med.summary.toFixed(0)} ms — ${vs('summary')} (latest record per LKS, all years)`,
      summaryFiltered: `${med.summaryFiltered.toFixed(0)} ms — ${vs('summaryFiltered')} (2015, DIY)`,
      target: 'interactive: list and summary well under 200 ms',
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(import.meta.dirname, 'results', 'portfolio.json'), JSON.stringify({ ...result, mediansMs: med, machine: { nproc: os.availableParallelism(), node: process.version } }, null, 2) + '\n');
    const table: TableRow[] = (['list', 'summary', 'summaryFiltered'] as const).map((k) => ({
      measure: `portfolio ${k}, ${lks} LKS × ${years} years (${med[k].toFixed(0)} ms)`, says: `${(med[k] / med.groupBy).toFixed(1)}× the time of a plain GROUP BY (${med.groupBy.toFixed(0)} ms)`,
    }));
    return { ...result, table };
  } finally {
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
