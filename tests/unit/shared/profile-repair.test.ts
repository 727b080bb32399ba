// Splitting a profile into valid parts and rejected fields: the last valid value stands in, the result always passes.
import { describe, expect, it } from 'vitest';
import { Profile } from '../../../shared/profile';
import { draftWithInvalid, splitProfile } from '../../../shared/profile-repair';

describe('splitProfile', () => {
  it('keeps every valid field and replaces an invalid one by its last valid value, or leaves it out', () => {
    const last = { name: 'Lama', contact: { phone: '0274 123456' } };
    const edited = { name: 'Baru', staffCount: 3, contact: { phone: '12', email: 'x' } };
    const { profile, problems } = splitProfile(edited, last);
    expect(profile).toEqual({ name: 'Baru', staffCount: 3, contact: { phone: '0274 123456' } });
    expect(problems.map((p) => [p.path, p.value])).toEqual([['contact.phone', '12'], ['contact.email', 'x']]);
    expect(problems[0].text).toEqual({ id: 'nomor telepon tidak valid', en: 'invalid phone number' });
  });

  it('finds region mismatches that only show once the codes are well formed, and the result always passes', () => {
    const last = { address: { region: { province: '34', regency: '34.04' } } };
    const { profile, problems } = splitProfile({ address: { region: { province: '35', regency: '34.04', district: '34.04.01' } } }, last);
    expect(Profile.safeParse(profile).success).toBe(true);
    expect(profile.address?.region?.province).toBe('35');
    expect(problems.map((p) => p.path)).toEqual(['address.region.regency', 'address.region.district']);
  });

  it('messages exist in both languages for unknown choices, wrong types and out-of-range numbers', () => {
    const { problems } = splitProfile({ legalForm: 'pt', collectsZakat: 'ya', foundingYear: 1800, name: 5, contact: 'x' });
    const text = Object.fromEntries(problems.map((p) => [p.path, p.text]));
    expect(text['legalForm'].en).toMatch(/unknown choice/);
    expect(text['collectsZakat']).toEqual({ id: 'harus Ya atau Tidak', en: 'must be Yes or No' });
    expect(text['foundingYear'].id).toMatch(/1900/);
    expect(text['name'].id).toMatch(/teks/);
    expect(text['contact'].en).toMatch(/malformed/);
  });

  it('a non-object becomes one whole-profile problem with an empty profile', () => {
    expect(splitProfile(null)).toMatchObject({ profile: {}, problems: [{ path: '', value: null }] });
    expect(splitProfile('abc').problems[0].text.id).toMatch(/tidak terbaca/);
  });
});

describe('draftWithInvalid', () => {
  it('puts the raw values back at their paths for the form to show', () => {
    expect(draftWithInvalid({ name: 'A', contact: { name: 'B' } }, [{ path: 'contact.phone', value: '12' }, { path: 'address.region.regency', value: '3404' }, { path: '', value: 'x' }]))
      .toEqual({ name: 'A', contact: { name: 'B', phone: '12' }, address: { region: { regency: '3404' } } });
  });
});
