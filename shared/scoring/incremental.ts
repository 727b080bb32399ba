// Incremental scoring for the answer screens: a change re-scores only the component it touched, and the gaps list
// and the plan are left until a screen reads them. Results equal scoreAll's (tests/unit/scoring/incremental.test.ts).
import type { Checklist, Instrument } from '../instrument/schema';
import type { Facts } from './applicability';
import { scoreGcg, type GcgAnswers, type GcgResult } from './gcg';
import { combineComponents, scoreComponent, type Answers, type ComponentPart } from './score';
import { assembleAll, type ScoreAllOptions, type ScoreAllResult } from './score-all';

export type Scorer = (instrument: Instrument, answers: Answers, facts: Facts, opts?: ScoreAllOptions) => ScoreAllResult;

/**
 * A scorer with memory. Each component is kept with a key made of its indicators' answers; the key is rebuilt on
 * every call (cheap: one short string per indicator) rather than trusting object identity, because the renderer
 * builds fresh answer objects from the round on every change. A different instrument object or different facts
 * (profile) drop everything, since applicability depends on them.
 */
export function createScorer(): Scorer {
  let instrument: Instrument | null = null;
  let factsKey = '';
  let parts: { key: string; part: ComponentPart }[] = [];
  let gcgMemo: { checklist: Checklist; key: string; result: GcgResult } | null = null;
  return (inst, answers, facts, opts = {}) => {
    const fk = JSON.stringify(facts);
    if (inst !== instrument || fk !== factsKey) { instrument = inst; factsKey = fk; parts = []; gcgMemo = null; }
    const fresh = inst.components.map((c, k) => {
      let key = '';
      for (const ind of c.indicators) key += answerKey(Object.hasOwn(answers, ind.code) ? answers[ind.code] : undefined) + '|';
      const kept = parts[k];
      return kept && kept.key === key ? kept : { key, part: scoreComponent(inst, c, answers, facts) };
    });
    parts = fresh;
    const score = combineComponents(inst, answers, fresh.map((p) => p.part));
    return assembleAll(inst, answers, facts, opts, score, opts.checklist ? gcgFor(opts.checklist, opts.gcgAnswers ?? {}, facts) : null, true);
  };

  function gcgFor(checklist: Checklist, gcgAnswers: GcgAnswers, facts: Facts): GcgResult {
    const key = JSON.stringify(gcgAnswers, numberKey);
    if (gcgMemo && gcgMemo.checklist === checklist && gcgMemo.key === key) return gcgMemo.result;
    gcgMemo = { checklist, key, result: scoreGcg(checklist, gcgAnswers, facts) };
    return gcgMemo.result;
  }
}

/** A level is the common case and is keyed without JSON; anything else (N/A, malformed) falls back to JSON. */
function answerKey(a: unknown): string {
  if (a === undefined) return '';
  if (a && typeof a === 'object' && Object.keys(a).length === 1 && typeof (a as { level?: unknown }).level === 'number') return `L${numberKey('', (a as { level: number }).level)}`;
  return `J${JSON.stringify(a, numberKey)}`;
}

/** Keeps NaN, Infinity and -0 apart from null and 0 (JSON would merge them, and the scorer tells them apart). */
function numberKey(_k: string, v: unknown): unknown {
  return typeof v === 'number' ? `${Object.is(v, -0) ? '-0' : String(v)}#` : v;
}
