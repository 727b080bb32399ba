// Pure helpers behind the evidence screens and dates: expiry warnings, language halves, missing kinds, sizes.
import { describe, expect, it } from 'vitest';
import { expiryState, formatBytes, missingKinds, pickLanguage } from '../../../renderer/features/evidence/helpers';
import { localIsoDate, longDate, oneDecimal } from '../../../shared/dates';

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

  it('formats sizes readably', () => {
    expect(formatBytes(658, 'id')).toBe('658 B');
    expect(formatBytes(30 * 1024 * 1024, 'en')).toBe('30 MB');
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
  });
});

describe('dates and numbers as the user reads them', () => {
  it('uses the local calendar date, long Indonesian dates and decimal commas', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(longDate('2027-01-15', 'id')).toBe('15 Januari 2027');
    expect(longDate('2027-01-15', 'en')).toBe('15 January 2027');
    expect(longDate('not a date', 'id')).toBe('not a date');
    expect(oneDecimal(67.45, 'id')).toBe('67,5');
    expect(oneDecimal(67.45, 'en')).toBe('67.5');
  });
});

describe('instrument versions', () => {
  it('order numerically, a missing patch counting as 0', async () => {
    const { compareVersions } = await import('../../../shared/instrument/version');
    expect(['1.10.0', '1.9.0', '1.0', '2.0.1'].sort(compareVersions)).toEqual(['1.0', '1.9.0', '1.10.0', '2.0.1']);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });
});
