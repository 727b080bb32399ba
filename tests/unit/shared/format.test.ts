// Dates and numbers through Intl: calendar dates never shift by a time zone, invalid input is shown as it is.
import { describe, expect, it } from 'vitest';
import { bytes, longDate, number, oneDecimal, plainNumber, shortDate } from '../../../shared/format';
import { localIsoDate } from '../../../shared/dates';

describe('dates', () => {
  it('writes long dates in Indonesian and British English', () => {
    expect(longDate('2027-01-15', 'id')).toBe('15 Januari 2027');
    expect(longDate('2027-01-15', 'en')).toBe('15 January 2027');
    expect(longDate('2026-12-31', 'id')).toBe('31 Desember 2026');
    expect(longDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('writes short dates with an abbreviated month', () => {
    expect(shortDate('2027-08-15', 'id')).toBe('15 Agu 2027');
    expect(shortDate('2027-01-05', 'en')).toBe('5 Jan 2027');
  });

  it('returns input that is not a calendar date as it is', () => {
    for (const bad of ['not a date', '', '2027-02-30', '2027-13-01', '15/01/2027', '2027-1-5']) {
      expect(longDate(bad, 'id')).toBe(bad);
      expect(shortDate(bad, 'en')).toBe(bad);
    }
  });

  it('shows a timestamp on the day it was on this computer (not the UTC day)', () => {
    const ts = '2027-01-15T20:30:00.000Z';
    const local = localIsoDate(new Date(ts));
    expect(longDate(ts, 'en')).toBe(longDate(local, 'en'));
  });
});

describe('numbers', () => {
  it('one decimal in the language style, rounded half up like the engine', () => {
    expect(oneDecimal(67.45, 'id')).toBe('67,5');
    expect(oneDecimal(67.45, 'en')).toBe('67.5');
    expect(oneDecimal(80, 'id')).toBe('80,0');
    expect(oneDecimal(0.04, 'en')).toBe('0.0');
  });

  it('at most one decimal, none when whole', () => {
    expect(number(78.44, 'id')).toBe('78,4');
    expect(number(78, 'en')).toBe('78');
    expect(number(2.5, 'id')).toBe('2,5');
    expect(plainNumber(1250, 'id')).toBe('1.250');
    expect(plainNumber(1250, 'en')).toBe('1,250');
  });

  it('file sizes', () => {
    expect(bytes(658, 'id')).toBe('658 B');
    expect(bytes(30 * 1024 * 1024, 'en')).toBe('30 MB');
    expect(bytes(1536, 'id')).toBe('1,5 KB');
    expect(bytes(150 * 1024, 'en')).toBe('150 KB');
  });
});
