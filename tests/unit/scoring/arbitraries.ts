// Random instruments and change sequences for the property tests of the incremental scorer and the gaps list.
import fc from 'fast-check';
import type { Instrument } from '../../../shared/instrument/schema';
import { makeInstrument, type CompSpec } from './fixtures';

export const specArb = fc.record({
  max: fc.integer({ min: 1, max: 4 }),
  comps: fc.array(fc.record({
    weight: fc.integer({ min: 1, max: 40 }),
    inds: fc.array(fc.record({
      weight: fc.constantFrom(0.3, 1, 2.7, 4), allowNa: fc.boolean(), mustHave: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      ruled: fc.integer({ min: 0, max: 4 }),
    }), { minLength: 1, maxLength: 5 }),
  }), { minLength: 1, maxLength: 5 }),
});

export type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

export function build(s: Spec): Instrument {
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
export const changeArb = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), at: fc.nat(), v: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('clear', 'na', 'bad', 'unknown-code')) }),
  fc.record({ kind: fc.constant('gcg' as const), at: fc.nat(), v: fc.constantFrom('met', 'partial', 'not-met', 'clear') }),
  fc.record({ kind: fc.constant('facts' as const), v: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }),
);
