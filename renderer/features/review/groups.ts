// The review's sections, read from the dossier's own snapshots: six standards, then the five TARIF principles of the GCG checklist.
import type { ComparisonView, ReviewDetail } from '../../../shared/api/contract-review';
import type { Checklist, ChecklistItem, Indicator, Instrument, Text } from '../../../shared/instrument/schema';
import type { NavEntry } from '../assessment/StandardNav';
import type { Target } from './useReview';

export type Entry = { target: 'indicator'; code: string; indicator: Indicator } | { target: 'gcg'; code: string; item: ChecklistItem };

export interface Group {
  id: string;
  code: string;
  title: Text;
  description?: Text;
  target: Target;
  /** Only the items that count for this LKS (the profile may exclude some; the comparison lists the rest). */
  entries: Entry[];
  excluded: number;
}

/** T, A, R, I, F: the principle's initial stands in for a standard's code in the list. */
const initial = (id: string) => id.slice(0, 1).toUpperCase();

export function groupsOf(detail: ReviewDetail, comparison: ComparisonView): Group[] {
  const instrument = detail.instrument as Instrument;
  const checklist = detail.checklist as Checklist | null;
  const counted = new Set(comparison.rows.map((r) => `${r.target}:${r.code}`));
  const groups: Group[] = instrument.components.map((c) => {
    const all = c.indicators.map((indicator): Entry => ({ target: 'indicator', code: indicator.code, indicator }));
    const entries = all.filter((e) => counted.has(`indicator:${e.code}`));
    return { id: c.id, code: c.code, title: c.title, description: c.description, target: 'indicator', entries, excluded: all.length - entries.length };
  });
  for (const p of checklist?.principles ?? []) {
    const all = checklist!.items.filter((i) => i.principle === p.id).map((item): Entry => ({ target: 'gcg', code: item.code, item }));
    const entries = all.filter((e) => counted.has(`gcg:${e.code}`));
    groups.push({ id: `gcg-${p.id}`, code: initial(p.id), title: p.title, description: p.description, target: 'gcg', entries, excluded: all.length - entries.length });
  }
  return groups;
}

const scored = (i: ReviewDetail['items'][string] | undefined) => !!i && (i.level !== null || i.notApplicable || i.gcgValue !== null);

/** Counts in the shape the standards list (StandardNav) reads. */
export function navEntries(groups: Group[], items: ReviewDetail['items']): NavEntry[] {
  return groups.map((g) => {
    const done = g.entries.filter((e) => scored(items[`${e.target}:${e.code}`])).length;
    return { id: g.id, code: g.code, title: g.title, counts: { scored: done, na: 0, unanswered: g.entries.length - done } };
  });
}

export function isScored(detail: ReviewDetail, target: Target, code: string): boolean {
  return scored(detail.items[`${target}:${code}`]);
}

/** Which section holds an item (for links from the finalize blockers, the changes list and undo). */
export function groupIndexOf(groups: Group[], code: string, target?: Target): number {
  return groups.findIndex((g) => (!target || g.target === target) && g.entries.some((e) => e.code === code));
}

export function totals(groups: Group[], detail: ReviewDetail): { done: number; total: number } {
  const all = groups.flatMap((g) => g.entries);
  return { done: all.filter((e) => isScored(detail, e.target, e.code)).length, total: all.length };
}
