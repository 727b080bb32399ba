// findGaps re-scores only the raised indicator's component; it must give exactly what re-scoring the whole
// instrument per gap gave (gaps-reference.ts), to the last bit, on random instruments, answers and profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGaps, type Answers } from '../../../shared/scoring';
import { build, specArb } from './arbitraries';
import { findGapsReference } from './gaps-reference';

describe('findGaps (one component re-scored per gap)', () => {
  it('equals the whole-instrument re-scoring exactly', () => {
    fc.assert(fc.property(specArb, fc.array(fc.integer({ min: -1, max: 7 }), { minLength: 1, maxLength: 25 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), (spec, choices, staff) => {
      const inst = build(spec);
      const answers: Answers = {};
      inst.components.flatMap((c) => c.indicators).forEach((ind, k) => {
        const v = choices[k % choices.length];
        if (v === 5) answers[ind.code] = { notApplicable: true, reason: 'x' };
        else if (v === 6) answers[ind.code] = { level: 'x' } as never;
        else if (v >= 0 && v < 5) answers[ind.code] = { level: v };
      });
      const facts = staff === undefined ? {} : { staffCount: staff };
      const linked = { C0I0: ['sk'] };
      expect(findGaps(inst, answers, facts, linked)).toEqual(findGapsReference(inst, answers, facts, linked));
    }), { numRuns: 300 });
  });
});
