// Dates, numbers and file sizes as the user reads them, one Intl-based module for the renderer and the reports.
export type Lang = 'id' | 'en';

/** The one place that maps the app's languages to Intl locales (British English: day before month). */
export const localeOf = (lang: Lang): string => (lang === 'id' ? 'id-ID' : 'en-GB');

// Intl formatters are costly to build and these are called per table cell, so each one is built once.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/**
 * The calendar day a value names, as UTC midnight: "2027-01-15" is that day wherever the computer is (so it
 * never shifts by a time zone); a full timestamp ("2027-01-15T20:00:00Z") is the day it was on this computer's
 * clock. Anything else, including impossible dates such as 2027-02-30, gives null.
 */
function calendarDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const local = new Date(value);
  return Number.isNaN(local.getTime()) ? null : Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

function formatDay(value: string, lang: Lang, month: 'long' | 'short'): string {
  const day = calendarDay(value);
  if (day === null) return value;
  const f = cached(`d:${lang}:${month}`, () => new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }));
  return f.format(day);
}

/** "2027-01-15" → "15 Januari 2027" / "15 January 2027"; input that is not a date is returned as it is. */
export const longDate = (value: string, lang: Lang): string => formatDay(value, lang, 'long');

/** "2027-01-15" → "15 Jan 2027" (tables, badges); input that is not a date is returned as it is. */
export const shortDate = (value: string, lang: Lang): string => formatDay(value, lang, 'short');

/**
 * Rounded to one decimal the way the scoring engine rounds its texts (half up), so a number on screen and the
 * same number inside an engine reason never disagree.
 */
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Always one decimal, in the language's style: 67,5 / 67.5, and 80,0 (scores in tables line up). */
export function oneDecimal(n: number, lang: Lang): string {
  return cached(`n1:${lang}`, () => new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(round1(n));
}

/** At most one decimal, none when it is whole: 78,4 / 78 (progress, ranges, years). */
export function number(n: number, lang: Lang): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 })).format(round1(n));
}

/** A count or any number as it is, in the language's style (Intl's default, up to 3 decimals): 1.250 / 1,250. */
export function plainNumber(n: number, lang: Lang): string {
  return cached(`p:${lang}`, () => new Intl.NumberFormat(localeOf(lang))).format(n);
}

/** File sizes in binary steps with the units people know: 658 B, 1,5 KB, 30 MB (one decimal below 100). */
export function bytes(n: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  const digits = u === 0 || v >= 100 ? 0 : 1;
  const f = cached(`b:${lang}:${digits}`, () => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }));
  return `${f.format(v)} ${units[u]}`;
}
