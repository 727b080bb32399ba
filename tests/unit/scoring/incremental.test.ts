// The incremental scorer (per-component memory, lazy gaps and plan) must give exactly what scoreAll gives, after
// any sequence of answer, GCG and profile changes on random instruments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../../shared/instrument/schema';
import { scoreAll, type Answers, type Facts, type GcgAnswers, type ScoreAllOptions } from '../../../shared/scoring';
import { createScorer } from '../../../shared/scoring/incremental';
import { CHECKLIST, makeInstrument, type CompSpec } from './fixtures';

const specArb = fc.record({
  max: fc.integer({ min: 1, max: 4 }),
  comps: fc.array(fc.record({
    weight: fc.integer({ min: 1, max: 40 }),
    inds: fc.array(fc.record({
      weight: fc.constantFrom(0.3, 1, 2.7, 4), allowNa: fc.boolean(), mustHave: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      ruled: fc.integer({ min: 0, max: 4 }),
    }), { minLength: 1, maxLength: 5 }),
  }), { minLength: 1, maxLength: 5 }),
});

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Spec): Instrument {
  const components: CompSpec[] = s.comps.map((c, j) => ({
    id: `c${j}`, code: `K${j}`, weight: c.weight,
    indicators: c.inds.map((i, k) => ({
      code: `C${j}I${k}`, weight: i.weight, allowNa: i.allowNa, ...(i.mustHave ? { mustHave: Math.min(i.mustHave, s.max) } : {}),
      // some indicators depend on a profile fact, so profile changes (and a missing fact) are exercised too
      ...(i.ruled === 0 ? { applicability: { condition: { fact: 'staffCount' as const, op: 'gte' as const, value: 10 } } } : {}),
    })),
  }));
  return makeInstrument({ max: s.max, components, gates: [{ kind: 'minComponent', min: 40 }, { kind: 'maxComponentsBelow', threshold: 56, maxCount: 1 }, { kind: 'mustHave' }] });
}

/** One change: an indicator's answer (level, cleared, N/A, malformed), a GCG answer, or the profile's staff count. */
const changeArb = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), at: fc.nat(), v: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('clear', 'na', 'bad', 'unknown-code')) }),
  fc.record({ kind: fc.constant('gcg' as const), at: fc.nat(), v: fc.constantFrom('met', 'partial', 'not-met', 'clear') }),
  fc.record({ kind: fc.constant('facts' as const), v: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }),
);

describe('incremental scorer', () => {
  it('equals scoreAll (gaps and plan included) after every change of a random sequence', () => {
    fc.assert(fc.property(specArb, fc.array(changeArb, { minLength: 1, maxLength: 30 }), (spec, changes) => {
      const inst = build(spec);
      const codes = inst.components.flatMap((c) => c.indicators.map((i) => i.code));
      const score = createScorer();
      let answers: Answers = {};
      let gcg: GcgAnswers = {};
      let facts: Facts = { lksType: 'lksa' };
      for (const ch of changes) {
        // Fresh objects each time, as the renderer builds them from the round.
        if (ch.kind === 'answer') {
          const code = ch.v === 'unknown-code' ? 'NOPE' : codes[ch.at % codes.length];
          answers = { ...answers };
          if (ch.v === 'clear') delete answers[code];
          else if (ch.v === 'na') answers[code] = { notApplicable: true, reason: 'x' };
          else if (ch.v === 'bad') answers[code] = { level: 'x' } as never;
          else answers[code] = { level: ch.v === 'unknown-code' ? 1 : ch.v };
        } else if (ch.kind === 'gcg') {
          const item = CHECKLIST.items[ch.at % CHECKLIST.items.length].code;
          gcg = { ...gcg };
          if (ch.v === 'clear') delete gcg[item]; else gcg[item] = ch.v;
        } else {
          facts = ch.v === undefined ? { lksType: 'lksa' } : { lksType: 'lksa', staffCount: ch.v };
        }
        const opts: ScoreAllOptions = { checklist: CHECKLIST, gcgAnswers: gcg, assessedOn: '2026-11-25' };
        const got = score(inst, structuredClone(answers), { ...facts }, opts);
        expect(got).toEqual(scoreAll(inst, answers, facts, opts));
      }
    }), { numRuns: 80 });
  });

  it('reuses the components whose answers did not change', () => {
    const inst = build({ max: 4, comps: [{ weight: 1, inds: [{ weight: 1, allowNa: false, ruled: 1 }] }, { weight: 1, inds: [{ weight: 1, allowNa: false, ruled: 1 }] }] });
    const score = createScorer();
    const a = score(inst, { C0I0: { level: 1 } }, {});
    const b = score(inst, { C0I0: { level: 1 }, C1I0: { level: 2 } }, {});
    expect(b.score.components[0]).toBe(a.score.components[0]);
    expect(b.score.components[1]).not.toBe(a.score.components[1]);
    // A profile change can change applicability, so everything is scored again.
    const c = score(inst, { C0I0: { level: 1 }, C1I0: { level: 2 } }, { staffCount: 3 });
    expect(c.score.components[0]).not.toBe(b.score.components[0]);
  });
});
