// Differences between two instrument (or checklist) versions and which answers can be carried from old to new.
import type { Checklist, Instrument, Indicator } from './schema';
import { compareVersions } from './version';

export type ChangeKind = 'question' | 'levels' | 'weight' | 'component' | 'applicability' | 'evidence' | 'editorial';

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
 * Codes the newer definition's changelog declares as reworded only (register, typos) since `fromVersion`: their
 * answers carry over although the text differs.
 */
export function editorialSince(def: Pick<Instrument | Checklist, 'changelog'>, fromVersion: string, toVersion: string): Set<string> {
  return new Set(def.changelog
    .filter((e) => compareVersions(e.version, fromVersion) > 0 && compareVersions(e.version, toVersion) <= 0)
    .flatMap((e) => e.editorial));
}

/**
 * A changed indicator keeps its answer when the rubric (what each level means) and the scale are unchanged:
 * a new weight, wording of the question, component or evidence list does not change what level 3 meant. A
 * rubric whose wording changed keeps its answer only when the new version's changelog calls it editorial.
 */
export function diffInstruments(from: Instrument, to: Instrument): InstrumentDiff {
  const editorial = editorialSince(to, from.version, to.version);
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
    if (editorial.has(code) && (kinds.includes('question') || kinds.includes('levels'))) {
      kinds.splice(0, kinds.length, 'editorial');
      if (!same(old.ind.levels.map((l) => l.level), now.ind.levels.map((l) => l.level))) kinds.push('levels');
    }
    if (old.ind.weight !== now.ind.weight) kinds.push('weight');
    if (old.componentId !== now.componentId) kinds.push('component');
    if (!same(old.ind.applicability, now.ind.applicability) || old.ind.module !== now.ind.module) kinds.push('applicability');
    if (!same(old.ind.evidence, now.ind.evidence)) kinds.push('evidence');
    // Rewording alone (declared editorial) leaves the meaning as it was: nothing to review.
    const onlyEditorial = kinds.length === 1 && kinds[0] === 'editorial';
    if ((kinds.length === 0 || onlyEditorial) && !scaleChanged) diff.unchanged.push(code);
    else diff.changed.push({ code, kinds, carriesAnswer: !scaleChanged && !kinds.includes('levels') });
  }
  return diff;
}

/** Codes whose answers (and evidence links) move to the new version. */
export function carriedCodes(diff: InstrumentDiff): Set<string> {
  return new Set([...diff.unchanged, ...diff.changed.filter((c) => c.carriesAnswer).map((c) => c.code)]);
}

export interface ChecklistDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  /** Items whose answer moves: same text, or reworded only (changelog `editorial`). */
  carried: string[];
  /** Same code, changed meaning: the answer is not carried and the item is flagged for review. */
  changed: string[];
  added: string[];
  removed: string[];
  /** Items that no longer accept "tidak berlaku": an N/A answer there is not carried. */
  naNotAllowed: string[];
}

export function diffChecklists(from: Checklist, to: Checklist): ChecklistDiff {
  const editorial = editorialSince(to, from.version, to.version);
  const a = new Map(from.items.map((i) => [i.code, i]));
  const b = new Map(to.items.map((i) => [i.code, i]));
  const diff: ChecklistDiff = {
    from: { id: from.id, version: from.version }, to: { id: to.id, version: to.version },
    carried: [], changed: [], added: [...b.keys()].filter((c) => !a.has(c)), removed: [...a.keys()].filter((c) => !b.has(c)),
    naNotAllowed: [...b.values()].filter((i) => !i.allowNotApplicable).map((i) => i.code),
  };
  for (const [code, old] of a) {
    const now = b.get(code);
    if (!now) continue;
    if (same(old.text, now.text) || editorial.has(code)) diff.carried.push(code);
    else diff.changed.push(code);
  }
  return diff;
}
