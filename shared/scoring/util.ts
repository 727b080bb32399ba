// Small helpers shared by the scoring modules: bilingual text, tolerant comparisons and display rounding.
import type { Grade, Text } from '../instrument/schema';
import { GRADES } from '../instrument/schema';

export const text = (id: string, en: string): Text => ({ id, en });

/** Joins bilingual texts part by part. */
export function joinText(parts: Text[], sepId = ' ', sepEn = sepId): Text {
  return { id: parts.map((p) => p.id).join(sepId), en: parts.map((p) => p.en).join(sepEn) };
}

/**
 * Scores are sums of float quotients, so a total that is mathematically 86 can come out as 85.99999999999999.
 * Every threshold comparison in the engine goes through these two helpers so that the grader, the planner and
 * the gaps list agree, and "exactly on the line" counts as meeting it.
 */
export const EPS = 1e-9;
export const atLeast = (value: number, min: number): boolean => value >= min - EPS;
export const isBelow = (value: number, threshold: number): boolean => !atLeast(value, threshold);

/** Display rounding (one decimal, no trailing ".0"); numbers are kept exact everywhere else. */
export function fmt(n: number): string {
  return String(Number((Math.round(n * 10) / 10).toFixed(1)));
}

/**
 * Formats `value` for a sentence that compares it with `threshold`, adding decimals when one decimal would
 * contradict the comparison (39.96 is shown as "39.96", not "40", when it fails "at least 40").
 */
export function fmtVs(value: number, threshold: number): string {
  const passes = atLeast(value, threshold);
  for (let digits = 1; digits <= 6; digits++) {
    const p = 10 ** digits;
    const shown = Math.round(value * p) / p;
    if (passes ? shown >= threshold : shown < threshold) return String(Number(shown.toFixed(digits)));
  }
  return String(value);
}

/** Rank of a grade: A = 0 is best. `null` (not accredited) ranks below every grade. */
export const gradeRank = (g: Grade | null): number => (g === null ? GRADES.length : GRADES.indexOf(g));

export const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s);

export const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
