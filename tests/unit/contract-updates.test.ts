// Update-style contract inputs must not carry defaults: a default fills an absent field and so overwrites stored data.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';

/** Paths inside a schema where zod would invent a value for an absent field (.default / .prefault). */
export function defaultsIn(schema: z.ZodType, at = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (s: unknown, p = at) => defaultsIn(s as z.ZodType, p);
  switch (def.type) {
    case 'default': case 'prefault': return [at || '(root)', ...inner(def.innerType)];
    case 'optional': case 'nullable': case 'readonly': case 'catch': case 'nonoptional': return inner(def.innerType);
    case 'object': return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) => inner(s, at ? `${at}.${k}` : k));
    case 'pipe': return [...inner(def.in), ...inner(def.out)];
    case 'union': return (def.options as z.ZodType[]).flatMap((s) => inner(s));
    case 'intersection': return [...inner(def.left), ...inner(def.right)];
    case 'array': return inner(def.element, `${at}[]`);
    case 'record': return inner(def.valueType, `${at}{}`);
    default: return [];
  }
}

/** Entries that change stored data in place; profile.save replaces the whole document on purpose and is not one. */
const UPDATES = Object.keys(contract).filter((n) => /\.(update\w*|rename|set\w*)$/.test(n)) as (keyof typeof contract)[];

describe('update inputs in the contract', () => {
  it('the checker finds a default that survives .partial()', () => {
    const Fields = z.object({ what: z.string(), status: z.enum(['todo', 'doing']).default('todo') });
    expect(defaultsIn(Fields.partial().extend({ id: z.number() }))).toEqual(['status']);
    expect(defaultsIn(z.object({ meta: z.object({ a: z.string().optional() }).default({}) }))).toEqual(['meta']);
    expect(defaultsIn(z.object({ a: z.string().nullable().optional() }))).toEqual([]);
  });

  it('covers the update entries', () => {
    expect(UPDATES).toEqual(expect.arrayContaining(['plan.update', 'evidence.update', 'assessment.rename', 'settings.set', 'assessment.setAnswer', 'assessment.setGcgAnswer']));
  });

  for (const name of UPDATES) {
    it(`${name} has no defaults, so absent fields stay as stored`, () => {
      expect(defaultsIn(contract[name].input as z.ZodType)).toEqual([]);
    });
  }

  it('plan.update parses a one-field edit to exactly that field', () => {
    expect(contract['plan.update'].input.parse({ id: 1, who: 'Sekretaris' })).toEqual({ id: 1, who: 'Sekretaris' });
  });
});
