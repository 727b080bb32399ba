// A stored profile that today's schema rejects: profile.get, scoring and status read its valid parts, never fail.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../electron/services/assessment/results';
import { testWorkspace } from '../../helpers/workspace';

const VALID = {
  name: 'LKS Harapan', lksType: 'lansia', legalForm: 'yayasan', staffCount: 12, annualAidIdr: 600_000_000,
  address: { street: 'Jl. Mawar 3', region: { province: '34', regency: '34.04' } },
  contact: { name: 'Bu Sri', phone: '0274 123456' },
};

/** Saves a valid profile, then edits the stored JSON behind the app's back, as an old version or a bad import would. */
async function withStored(edit: string) {
  const t = testWorkspace();
  await t.value('profile.save', { profile: VALID });
  t.ws.db.prepare(`UPDATE profile SET data = ${edit} WHERE id = 1`).run();
  return t;
}

describe('a stored profile that fails today\'s schema', () => {
  it('profile.get returns the valid parts typed and each invalid field with its raw value and a bilingual message', async () => {
    const t = await withStored(`json_set(data, '$.contact.phone', '12', '$.legalForm', 'pt', '$.foundingYear', 1800,
      '$.address.region.regency', '3404', '$.runsBusinessUnit', 'ya', '$.registration', json('{"npwp":"12","aktaNumber":"7"}'))`);
    const r = await t.call('profile.get');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const v = r.value as { profile: Record<string, unknown>; invalid: { path: string; value: unknown; message: string }[] };
    expect(v.profile).toEqual({
      name: 'LKS Harapan', lksType: 'lansia', staffCount: 12, annualAidIdr: 600_000_000,
      address: { street: 'Jl. Mawar 3', region: { province: '34' } }, contact: { name: 'Bu Sri' }, registration: { aktaNumber: '7' },
    });
    const byPath = Object.fromEntries(v.invalid.map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['address.region.regency', 'contact.phone', 'foundingYear', 'legalForm', 'registration.npwp', 'runsBusinessUnit']);
    expect(byPath['contact.phone']).toMatchObject({ value: '12', message: expect.stringMatching(/nomor telepon tidak valid.* \/ .*invalid phone number/i) });
    expect(byPath['legalForm'].value).toBe('pt');
    expect(byPath['foundingYear'].value).toBe(1800);
    expect(byPath['address.region.regency'].value).toBe('3404');
    for (const i of v.invalid) expect(i.message, i.path).toMatch(/\S \/ \S/);
    t.ws.close();
  });

  it('a garbled or non-object stored profile still opens: empty valid parts and one whole-profile problem', async () => {
    const t = await withStored(`'[1,2]'`);
    const r = await t.value('profile.get');
    expect(r.profile).toEqual({});
    expect(r.invalid).toEqual([{ path: '', value: [1, 2], message: expect.stringMatching(/ \/ /) }]);
    // Older files were written before the json_valid check; reading one must not fail either.
    t.ws.db.pragma('ignore_check_constraints = ON');
    t.ws.db.prepare(`UPDATE profile SET data = '{"name": "LKS Har' WHERE id = 1`).run();
    const g = await t.value('profile.get');
    expect(g.profile).toEqual({});
    expect(g.invalid).toEqual([{ path: '', value: '{"name": "LKS Har', message: expect.stringMatching(/JSON/) }]);
    expect(await t.value('workspace.status')).toMatchObject({ hasProfile: true, isSample: false });
    t.ws.close();
  });

  it('scoring reads only the valid parts (an unknown legal form is not a fact) and never crashes', async () => {
    const t = await withStored(`json_set(data, '$.legalForm', 'pt', '$.annualAidIdr', 'banyak')`);
    const { id } = await t.value('assessment.create', { name: 'R1' });
    const res = computeResults(t.ctx, id);
    expect(res.profile).not.toHaveProperty('legalForm');
    expect(res.profile).not.toHaveProperty('annualAidIdr');
    expect(res.profile).toMatchObject({ name: 'LKS Harapan', lksType: 'lansia' });
    t.ws.db.pragma('ignore_check_constraints = ON');
    t.ws.db.prepare(`UPDATE profile SET data = 'garbled' WHERE id = 1`).run();
    expect(() => computeResults(t.ctx, id)).not.toThrow();
    t.ws.close();
  });
});

describe('profile.save with one invalid field', () => {
  it('rejects the whole input clearly, naming the field, and keeps what was stored', async () => {
    const t = testWorkspace();
    await t.value('profile.save', { profile: VALID });
    const r = await t.call('profile.save', { profile: { ...VALID, name: 'Nama baru', contact: { phone: '12' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/ \/ /) } });
    if (!r.ok) expect(r.error.details).toEqual([{ path: 'profile.contact.phone', message: expect.stringContaining('nomor telepon tidak valid') }]);
    expect((await t.value('profile.get')).profile).toEqual(VALID);
    // The renderer then sends the valid parts only (the last valid phone kept): every valid change is stored.
    await t.value('profile.save', { profile: { ...VALID, name: 'Nama baru' } });
    expect(await t.value('profile.get')).toMatchObject({ profile: { ...VALID, name: 'Nama baru' }, invalid: [] });
    t.ws.close();
  });
});
