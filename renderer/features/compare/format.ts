// Display helpers of the comparison: a signed difference that never depends on colour alone.
import type { Language } from '../../../shared/api/contract';
import { oneDecimal } from '../../../shared/format';

export type Dir = 'up' | 'down' | 'same';

/** ▲ +2 / ▼ −1 / = 0 (one decimal when the value has one). */
export function signed(d: number, lang: Language, decimals = false): { text: string; dir: Dir } {
  const r = Math.round(d * 10) / 10;
  const n = (x: number) => (decimals ? oneDecimal(x, lang) : String(x));
  if (r > 0) return { text: `▲ +${n(r)}`, dir: 'up' };
  if (r < 0) return { text: `▼ −${n(-r)}`, dir: 'down' };
  return { text: `= ${n(0)}`, dir: 'same' };
}

const GCG_POINTS: Record<string, number> = { met: 2, partial: 1, 'not-met': 0 };

/** A self or assessor value as a number for sorting: a level, GCG points, N/A below everything, none undefined. */
export function sortValue(v: string | null): number | undefined {
  if (v === null) return undefined;
  if (v === 'N/A' || v === 'na') return -1;
  if (v in GCG_POINTS) return GCG_POINTS[v];
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}
