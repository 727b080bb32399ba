// The incremental scorer (per-component memory, lazy gaps and plan) must give exactly what scoreAll gives, after
// any sequence of answer, GCG and profile changes on random instruments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAll, type Answers, type Facts, type GcgAnswers, type ScoreAllOptions } from '../../../shared/scoring';
import { createScorer } from '../../../shared/scoring/incremental';
import { build, changeArb, specArb } from './arbitraries';
import { CHECKLIST } from './fixtures';

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
    const inst = build({ max: 4, comps: [{ weight: 1, inds: [{ weight: 1, allowNa: false, mustHave: undefined, ruled: 1 }] }, { weight: 1, inds: [{ weight: 1, allowNa: false, mustHave: undefined, ruled: 1 }] }] });
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
