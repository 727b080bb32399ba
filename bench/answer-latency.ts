// Benchmark: autosave (setAnswer through the handler table, real SQLite) plus full recompute, per answer, 100 indicators.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../electron/services/app-version';
import { createContext } from '../electron/services/context';
import { dispatch } from '../electron/services/dispatch';
import { bundled } from '../electron/services/instruments/bundled';
import { openWorkspace } from '../electron/services/workspace/workspace';
import { engineAnswers, engineGcgAnswers } from '../shared/assessment/inputs';
import type { Instrument } from '../shared/instrument/schema';
import { createScorer } from '../shared/scoring/incremental';
import { ms, summarise, timeEach, writeResult, type TableRow } from './util';

/** The shipped instrument padded with copies of its indicators to exactly `n` indicators (also used by scoring.ts). */
export function instrumentWith(n: number): Instrument {
  const inst = structuredClone(bundled().instruments[0]);
  inst.id = `bench-${n}`;
  let count = inst.components.reduce((s, c) => s + c.indicators.length, 0);
  for (let k = 0; count < n; k++, count++) {
    const c = inst.components[k % inst.components.length];
    c.indicators.push({ ...structuredClone(c.indicators[0]), code: `${c.code}.X${k}`, mustHave: undefined, applicability: undefined, module: undefined });
  }
  return inst;
}

export async function answerLatency(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-'));
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'bench', create: true });
  const ctx = createContext(ws, 'test', APP_VERSION);
  const v = async (name: string, input: unknown) => { const r = await dispatch(ctx, name, input); if (!r.ok) throw new Error(r.error.message); return r.value as any; };
  const inst = instrumentWith(100);
  await v('instrument.import', { json: inst });
  const round = await v('assessment.create', { name: 'bench', instrument: { id: inst.id, version: inst.version } });
  const checklist = bundled().checklists[0];
  const codes = inst.components.flatMap((c) => c.indicators.map((i) => i.code));

  // Baseline in the same process: reading the round back through the handler table (what opening a screen costs).
  const baseline = await timeEach(200, () => v('assessment.get', { id: round.id }));

  let detail = await v('assessment.get', { id: round.id });
  // The renderer's scorer (round.tsx): one component re-scored per change, gaps and plan left for the results screen.
  const scoreAll = createScorer();
  const saveSamples: number[] = [];
  const recomputeSamples: number[] = [];
  const totalSamples: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < codes.length; i++) {
      const t0 = performance.now();
      const r = await v('assessment.setAnswer', { assessmentId: round.id, code: codes[i], answer: { level: (i + pass) % 5 } });
      const t1 = performance.now();
      detail = { ...detail, indicators: { ...detail.indicators, [codes[i]]: r.answer } };
      scoreAll(inst, engineAnswers(detail), { lksType: 'lksa', legalForm: 'yayasan' }, { checklist, gcgAnswers: engineGcgAnswers(detail), assessedOn: '2026-11-25' });
      const t2 = performance.now();
      saveSamples.push(t1 - t0);
      recomputeSamples.push(t2 - t1);
      totalSamples.push(t2 - t0);
    }
  }
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const total = summarise(totalSamples);
  const result = {
    name: 'answer: autosave + recompute (100 indicators)',
    indicators: codes.length,
    baselineReadRoundMedian: ms(baseline.median),
    autosave: { median: ms(summarise(saveSamples).median), p95: ms(summarise(saveSamples).p95) },
    recompute: { median: ms(summarise(recomputeSamples).median), p95: ms(summarise(recomputeSamples).p95) },
    total: { median: ms(total.median), p95: ms(total.p95), max: ms(total.max) },
    ratioToBaseline: Number((total.median / baseline.median).toFixed(1)),
    target: 'total p95 < 50 ms',
    meetsTarget: total.p95 < 50,
  };
  const written = writeResult('answer', result);
  const table: TableRow[] = [{ measure: `answer save + recompute, 100 indicators (median ${result.total.median}, p95 ${result.total.p95})`, says: `${result.ratioToBaseline}× the time of reading the round back (${result.baselineReadRoundMedian})` }];
  return { ...result, written, table };
}
