// Differences between two instrument versions and which answers can be carried from the old to the new one.
import type { Instrument, Indicator } from './schema';

export type ChangeKind = 'question' | 'levels' | 'weight' | 'component' | 'applicability' | 'evidence';

export interface InstrumentDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  /** Same code and the same meaning: question, rubric and scale unchanged; the answer carries over as it is. */
  unchanged: string[];
  /** Same code but changed; the answer is carried only when its meaning survives (see carriesAnswer). */
  changed: { code: string; kinds: ChangeKind[]; carriesAnswer: boolean }[];
  added: string[];
  removed: string[];
  scaleChanged: boolean;
}

function index(inst: Instrument): Map<string, { ind: Indicator; componentId: string }> {
  return new Map(inst.components.flatMap((c) => c.indicators.map((ind) => [ind.code, { ind, componentId: c.id }] as const)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A changed indicator keeps its answer when the rubric (what each level means) and the scale are unchanged:
 * a new weight, wording of the question, component or evidence list does not change what level 3 meant.
 */
export function diffInstruments(from: Instrument, to: Instrument): InstrumentDiff {
  const a = index(from);
  const b = index(to);
  const scaleChanged = !same(from.scale, to.scale);
  const diff: InstrumentDiff = {
    from: { id: from.id, version: from.version }, to: { id: to.id, version: to.version },
    unchanged: [], changed: [], added: [...b.keys()].filter((c) => !a.has(c)), removed: [...a.keys()].filter((c) => !b.has(c)), scaleChanged,
  };
  for (const [code, old] of a) {
    const now = b.get(code);
    if (!now) continue;
    const kinds: ChangeKind[] = [];
    if (!same(old.ind.question, now.ind.question)) kinds.push('question');
    if (!same(old.ind.levels.map((l) => [l.level, l.description]), now.ind.levels.map((l) => [l.level, l.description]))) kinds.push('levels');
    if (old.ind.weight !== now.ind.weight) kinds.push('weight');
    if (old.componentId !== now.componentId) kinds.push('component');
    if (!same(old.ind.applicability, now.ind.applicability) || old.ind.module !== now.ind.module) kinds.push('applicability');
    if (!same(old.ind.evidence, now.ind.evidence)) kinds.push('evidence');
    if (kinds.length === 0 && !scaleChanged) diff.unchanged.push(code);
    else diff.changed.push({ code, kinds, carriesAnswer: !scaleChanged && !kinds.includes('levels') });
  }
  return diff;
}

/** Codes whose answers (and evidence links) move to the new version. */
export function carriedCodes(diff: InstrumentDiff): Set<string> {
  return new Set([...diff.unchanged, ...diff.changed.filter((c) => c.carriesAnswer).map((c) => c.code)]);
}
