// Display helpers for scores and progress shared by the assessment and GCG screens.
import type { Language } from '../../../shared/api/contract';
import { number } from '../../../shared/format';

/** A range shown without false precision: 23–91. */
export function range(r: { min: number; max: number }, lang: Language): string {
  return `${number(r.min, lang)}–${number(r.max, lang)}`;
}

/** Is the event's target a place where keys type text (so single-letter shortcuts must not fire)? */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function Bar({ done, total }: { done: number; total: number }) {
  const pct = total > 0 ? Math.round((100 * done) / total) : 0;
  return <span className={`bar${total > 0 && done === total ? ' full' : ''}`} aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>;
}
