// The handler table on a real workspace: validation, error envelope, profile persistence, sample, settings.
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { createContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { testWorkspace } from '../../helpers/workspace';

describe('handler table', () => {
  it('unknown operations and bad input come back as {ok:false} with a code', async () => {
    const t = testWorkspace();
    expect(await t.call('nope.nothing')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } });
    const bad = await t.call('profile.save', { profile: { foundingYear: 1700, registration: { npwp: '12' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      const paths = (bad.error.details as { path: string }[]).map((d) => d.path).sort();
      expect(paths).toEqual(['profile.foundingYear', 'profile.registration.npwp']);
    }
    expect(await t.call('profile.save', { profile: {}, extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.close();
  });

  it('a saved profile survives closing and reopening the workspace', async () => {
    const t = testWorkspace();
    const profile = { name: 'LKS Harapan', legalForm: 'yayasan', lksType: 'lansia', address: { region: { province: '34', regency: '34.04' } }, staffCount: 12 };
    const saved = await t.value('profile.save', { profile });
    expect(saved.updatedAt).toMatch(/^\d{4}-/);
    t.ws.close();
    const again = openWorkspace(t.dir, { mode: 'exclusive', purpose: 'reopen' });
    const r = await dispatch(createContext(again, 'test', '0'), 'profile.get', {});
    expect(r).toMatchObject({ ok: true, value: { profile, updatedAt: saved.updatedAt } });
    again.close();
  });

  it('rejects region codes that do not nest (a regency outside its province)', async () => {
    const t = testWorkspace();
    const r = await t.call('profile.save', { profile: { address: { region: { province: '34', regency: '35.04' } } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.close();
  });

  it('the sample loads into an empty workspace, never over a real profile (not even when asked to replace)', async () => {
    const t = testWorkspace();
    expect(await t.value('workspace.status')).toEqual({ hasProfile: false, isSample: false, canLoadSample: true });
    await t.value('workspace.loadSample', {});
    expect(await t.value('workspace.status')).toEqual({ hasProfile: true, isSample: true, canLoadSample: true });
    await t.value('profile.save', { profile: { name: 'Real LKS' } });
    expect(await t.value('workspace.status')).toEqual({ hasProfile: true, isSample: false, canLoadSample: false });
    const refused = await t.call('workspace.loadSample', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await t.value('profile.get')).profile.name).toBe('Real LKS');
    expect(await t.call('workspace.loadSample', { replace: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await t.value('profile.get')).profile.name).toBe('Real LKS');
    t.ws.close();
  });

  it('settings default to Indonesian and remember English', async () => {
    const t = testWorkspace();
    expect(await t.value('settings.get')).toEqual({ language: 'id' });
    expect(await t.value('settings.set', { language: 'en' })).toEqual({ language: 'en' });
    expect(await t.value('settings.get')).toEqual({ language: 'en' });
    expect(await t.call('settings.set', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.close();
  });

  it('regions come from the official codes and resolve to names', async () => {
    const t = testWorkspace();
    const provinces = await t.value<{ code: string; name: string }[]>('regions.list', { level: 'province' });
    expect(provinces.length).toBeGreaterThanOrEqual(38);
    const diy = await t.value<{ code: string; name: string }[]>('regions.list', { level: 'regency', parent: '34' });
    expect(diy.map((r) => r.name).sort()).toEqual(['Kabupaten Bantul', 'Kabupaten Gunungkidul', 'Kabupaten Kulon Progo', 'Kabupaten Sleman', 'Kota Yogyakarta']);
    const villages = await t.value<{ code: string }[]>('regions.list', { level: 'village', parent: '34.04.07' });
    expect(villages.every((v) => v.code.startsWith('34.04.07.'))).toBe(true);
    expect(await t.value('regions.resolve', { codes: ['34', '34.04', '34.04.07', '34.04.07.2002'] }))
      .toEqual({ '34': 'Daerah Istimewa Yogyakarta', '34.04': 'Kabupaten Sleman', '34.04.07': 'Depok', '34.04.07.2002': 'Maguwoharjo' });
    t.ws.close();
  });
});

describe('the sample LKS', () => {
  it('comes with a scored round, evidence files on disk, GCG answers and a plan', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample', {});
    const rounds = await t.value('assessment.list');
    expect(rounds).toHaveLength(1);
    expect(rounds[0].name).toContain('contoh');
    expect(rounds[0].answeredIndicators).toBeGreaterThan(60);
    expect(rounds[0].answeredGcg).toBeGreaterThan(30);
    const evidence = await t.value('evidence.list');
    expect(evidence.length).toBeGreaterThanOrEqual(4);
    expect(evidence.every((e: { links: unknown[] }) => e.links.length > 0)).toBe(true);
    expect(evidence.some((e: { expiryDate: string | null }) => e.expiryDate !== null && e.expiryDate < '2026-11-25')).toBe(true);
    const detail = await t.value('assessment.get', { id: rounds[0].id });
    expect(detail.undoDepth).toBe(0);
    expect(Object.values(detail.indicators).some((a: any) => a.notApplicable && a.reason)).toBe(true);
    expect(await t.value('plan.list', { assessmentId: rounds[0].id })).toHaveLength(3);
    // Loading it again resets it rather than duplicating the round.
    expect((await t.value('workspace.loadSample', {})).reset).toBe(true);
    expect(await t.value('assessment.list')).toHaveLength(1);
    expect(await t.value('evidence.list')).toHaveLength(evidence.length);
    t.ws.close();
  });
});
