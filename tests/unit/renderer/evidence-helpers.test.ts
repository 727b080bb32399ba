// Pure helpers behind the evidence screens and dates: expiry warnings, language halves, missing kinds, local dates.
import { describe, expect, it } from 'vitest';
import { expiryState, missingKinds, pickLanguage } from '../../../renderer/features/evidence/helpers';
import { localIsoDate } from '../../../shared/dates';

describe('evidence helpers', () => {
  it('flags expired documents and those within 90 days, counting calendar days', () => {
    expect(expiryState('2026-11-24', '2026-11-25')).toEqual({ state: 'expired', days: -1 });
    expect(expiryState('2026-11-25', '2026-11-25')).toEqual({ state: 'soon', days: 0 });
    expect(expiryState('2027-02-23', '2026-11-25')).toEqual({ state: 'soon', days: 90 });
    expect(expiryState('2027-02-24', '2026-11-25')).toBeNull();
    expect(expiryState(null, '2026-11-25')).toBeNull();
  });

  it('shows the half of a bilingual back-end message in the user language', () => {
    expect(pickLanguage('Berkas terlalu besar / File too large', 'id')).toBe('Berkas terlalu besar');
    expect(pickLanguage('Berkas terlalu besar / File too large', 'en')).toBe('File too large');
    expect(pickLanguage('plain message', 'en')).toBe('plain message');
  });

  it('lists expected evidence kinds with nothing linked yet', () => {
    expect(missingKinds(['akta', 'sk-kemenkumham', 'ad-art'], [{ kind: 'akta' }, { kind: null }])).toEqual(['sk-kemenkumham', 'ad-art']);
    expect(missingKinds([], [{ kind: 'akta' }])).toEqual([]);
  });
});

describe('today as the user reads it', () => {
  it('uses the local calendar date (formatting: tests/unit/shared/format.test.ts)', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('instrument versions', () => {
  it('order numerically, a missing patch counting as 0', async () => {
    const { compareVersions } = await import('../../../shared/instrument/version');
    expect(['1.10.0', '1.9.0', '1.0', '2.0.1'].sort(compareVersions)).toEqual(['1.0', '1.9.0', '1.10.0', '2.0.1']);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });
});
