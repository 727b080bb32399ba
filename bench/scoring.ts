// Benchmark: per answer change, the time until the answer screen's numbers are up to date, on the shipped instrument
// padded to 100 and 300 indicators: the incremental scorer (shared/scoring/incremental.ts) against the full
// scoreAll recompute the renderer used before, interleaved in the same run. Also the planner and gaps list alone,
// which the incremental path leaves until the results screen reads them.
import { bundled } from '../electron/services/instruments/bundled';
import type { Instrument } from '../shared/instrument/schema';
import { createScorer } from '../shared/scoring/incremental';
import { findGaps, planNextGrade, scoreAll, type Answers, type Facts, type GcgAnswers, type ScoreAllOptions } from '../shared/scoring/index';
import { instrumentWith } from './answer-latency';
import { ms, speed, summarise, timeEach, writeResult, type TableRow } from './util';

/** Changes per size; the full recompute at 300 indicators takes a good part of a second, so fewer there. */
const CHANGES = (n: number) => Number(process.env.SWANILAI_BENCH_SCORING_CHANGES ?? (n >= 300 ? 60 : 150));

function oneSize(n: number) {
  const inst: Instrument = instrumentWith(n);
  const codes = inst.components.flatMap((c) => c.indicators.map((i) => i.code));
  const facts: Facts = { lksType: 'lksa', legalForm: 'yayasan', staffCount: 12, foundingYear: 2005 };
  const checklist = bundled().checklists[0];
  const gcgAnswers: GcgAnswers = Object.fromEntries(checklist.items.slice(0, 5).map((it) => [it.code, 'met' as const]));
  const opts: ScoreAllOptions = { checklist, gcgAnswers, assessedOn: '2026-11-25', linkedEvidence: {} };
  // A round two thirds filled in, as when someone works through the form.
  let answers: Answers = Object.fromEntries(codes.filter((_, i) => i % 3 !== 2).map((c, i) => [c, { level: i % 5 }]));
  const scorer = createScorer();
  scorer(inst, answers, facts, opts); // the screen scored the round once when it opened
  const full: number[] = [];
  const incr: number[] = [];
  const changes = CHANGES(n);
  for (let i = 0; i < changes; i++) {
    const code = codes[(i * 37) % codes.length];
    // A fresh answers object per change, as the renderer rebuilds it from the round.
    answers = { ...answers, [code]: { level: (i * 3) % 5 } };
    const a = answers;
    const runFull = () => { const t0 = performance.now(); scoreAll(inst, a, facts, opts); full.push(performance.now() - t0); };
    // The incremental result is read as the answer screen reads it (score, grade, typology): gaps and plan stay unread.
    const runIncr = () => { const t0 = performance.now(); const r = scorer(inst, a, facts, opts); void r.score.total; incr.push(performance.now() - t0); };
    // Alternate the order so warm caches and machine load favour neither side.
    if (i % 2) { runFull(); runIncr(); } else { runIncr(); runFull(); }
  }
  const plan = summarise(Array.from({ length: Math.min(15, changes) }, () => { const t0 = performance.now(); planNextGrade(inst, answers, facts); return performance.now() - t0; }));
  const gaps = summarise(Array.from({ length: Math.min(15, changes) }, () => { const t0 = performance.now(); findGaps(inst, answers, facts); return performance.now() - t0; }));
  const f = summarise(full), g = summarise(incr);
  return {
    indicators: codes.length, changes,
    fullRecompute: { median: ms(f.median), p95: ms(f.p95) },
    incremental: { median: ms(g.median), p95: ms(g.p95) },
    medianRatio: speed(f.median, g.median, 'the full recompute'),
    p95Ratio: speed(f.p95, g.p95, 'the full recompute'),
    plannerAlone: { median: ms(plan.median), p95: ms(plan.p95) },
    gapsAlone: { median: ms(gaps.median), p95: ms(gaps.p95) },
    raw: { fullMedianMs: f.median, incrementalMedianMs: g.median, incrementalP95Ms: g.p95 },
  };
}

export async function scoringBench(): Promise<Record<string, unknown>> {
  const sizes = [100, 300].map(oneSize);
  const at300 = sizes[1];
  const result = {
    name: 'scoring: per answer change until the answer screen is up to date, incremental vs full scoreAll (interleaved)',
    target: 'median < 5 ms at 300 indicators',
    met: at300.raw.incrementalMedianMs < 5,
    sizes,
  };
  const written = writeResult('scoring', result);
  const table: TableRow[] = sizes.flatMap((s) => [
    { measure: `scoring, ${s.indicators} indicators, per change (median ${s.incremental.median}, p95 ${s.incremental.p95})`, says: `${s.medianRatio.text} (median ${s.fullRecompute.median}); p95 ${s.p95Ratio.text}` },
    { measure: `planner alone, ${s.indicators} indicators (deferred to the results screen)`, says: `median ${s.plannerAlone.median}, p95 ${s.plannerAlone.p95}; gaps list ${s.gapsAlone.median}` },
  ]);
  return { ...result, sizes: sizes.map(({ raw, ...s }) => s), written, table };
}
