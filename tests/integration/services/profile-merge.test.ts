// Two windows saving the same profile: each writes only what it changed since its base, so edits to different
// fields both survive and the same field ends with the last write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdits } from '../../../shared/profile-merge';
import { testWorkspace } from '../../helpers/workspace';

const profile = fc.record({
  name: fc.option(fc.string(), { nil: undefined }),
  foundingYear: fc.option(fc.integer({ min: 1900, max: 2026 }), { nil: undefined }),
  address: fc.option(fc.record({ street: fc.option(fc.string(), { nil: undefined }), postalCode: fc.option(fc.string(), { nil: undefined }) }), { nil: undefined }),
  services: fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }),
}, { requiredKeys: [] });
const clean = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('mergeEdits', () => {
  it('changes nothing when the window changed nothing, and is the window\'s profile when nobody else wrote', () => {
    fc.assert(fc.property(profile, profile, (stored, base) => {
      expect(clean(mergeEdits(stored, base, base))).toEqual(clean(stored));
      expect(clean(mergeEdits(base, base, stored))).toEqual(clean(stored));
    }));
  });

  it('keeps another window\'s edit of a different field, nested ones too', () => {
    const base = { name: 'Yayasan A', address: { street: 'Jl. Mawar', postalCode: '55281' } };
    const other = { ...base, address: { ...base.address, postalCode: '55282' } }; // saved by window 2
    const mine = { ...base, name: 'Yayasan A Baru', address: { ...base.address, street: 'Jl. Melati' } };
    expect(mergeEdits(other, base, mine)).toEqual({ name: 'Yayasan A Baru', address: { street: 'Jl. Melati', postalCode: '55282' } });
    // A field this window cleared is cleared.
    const cleared: { name?: string; address: typeof base.address } = { address: base.address };
    expect(mergeEdits(other, base, cleared)).toEqual({ address: other.address });
  });

  it('through the handler: two windows with their own bases both keep their fields; the same field ends with the last save', async () => {
    const t = testWorkspace();
    const base = { name: 'Yayasan Uji', foundingYear: 1990 };
    await t.value('profile.save', { profile: base });
    await t.value('profile.save', { profile: { ...base, name: 'Nama dari jendela 1' }, base });
    await t.value('profile.save', { profile: { ...base, foundingYear: 2001 }, base });
    expect((await t.value('profile.get')).profile).toMatchObject({ name: 'Nama dari jendela 1', foundingYear: 2001 });
    await t.value('profile.save', { profile: { ...base, foundingYear: 2005 }, base: { ...base, foundingYear: 2001 } });
    expect((await t.value('profile.get')).profile).toMatchObject({ name: 'Nama dari jendela 1', foundingYear: 2005 });
    t.ws.close();
  });
});
