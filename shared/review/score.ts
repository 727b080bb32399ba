// Scores a review against the dossier's own snapshots, and compares it with the LKS's self-assessment.
import type { StoredAnswer } from '../api/contract-assessment';
import { factsFromProfile } from '../assessment/inputs';
import type { Manifest } from '../dossier/manifest';
import { Checklist, Instrument } from '../instrument/schema';
import type { GcgAnswers } from '../scoring/gcg';
import { scoreAll, type ScoreAllResult } from '../scoring/index';
import type { Answers } from '../scoring/score';
import { COMMENT_GAP, type ReviewItem } from './model';

export interface Snapshots { instrument: Instrument; checklist: Checklist | null }

/** The instrument and checklist the LKS used (verified on import, parsed again here with defaults applied). */
export function snapshotsOf(m: Pick<Manifest, 'instrument' | 'checklist'>): Snapshots {
  return { instrument: Instrument.parse(m.instrument), checklist: m.checklist ? Checklist.parse(m.checklist) : null };
}

export const itemKey = (target: 'indicator' | 'gcg', code: string) => `${target}:${code}`;

export function reviewAnswers(items: ReviewItem[]): { indicators: Answers; gcg: GcgAnswers } {
  const indicators: Answers = {};
  const gcg: GcgAnswers = {};
  for (const i of items) {
    if (i.target === 'indicator') {
      if (i.notApplicable) indicators[i.code] = { notApplicable: true, reason: i.reason ?? '' };
      else if (i.level !== null) indicators[i.code] = { level: i.level };
    } else if (i.gcgValue === 'na') gcg[i.code] = { notApplicable: true, reason: i.reason ?? '' };
    else if (i.gcgValue) gcg[i.code] = i.gcgValue;
  }
  return { indicators, gcg };
}

/** Evidence kinds the dossier links to each indicator (for the "missing evidence" checks of the engine). */
function linkedKinds(m: Pick<Manifest, 'evidence'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of m.evidence) {
    for (const l of e.links) {
      if (!l.startsWith('indicator:') || !e.kind) continue;
      (out[l.slice(10)] ??= []).push(e.kind);
    }
  }
  return out;
}

/** The assessor's projected grade and typology, computed with the dossier's snapshots and profile. */
export function scoreReview(m: Manifest, snaps: Snapshots, items: ReviewItem[], today: string): ScoreAllResult {
  const a = reviewAnswers(items);
  return scoreAll(snaps.instrument, a.indicators, factsFromProfile(m.profile), {
    checklist: snaps.checklist ?? undefined, gcgAnswers: a.gcg, assessedOn: today, linkedEvidence: linkedKinds(m),
    permitExpiresOn: m.profile.registration?.izinOperasionalExpiry || undefined,
  });
}

/** The LKS's own numbers recomputed with the same engine (the manifest's summary is the sender's view). */
export function scoreSelf(m: Manifest, snaps: Snapshots, today: string): ScoreAllResult {
  const indicators: Answers = {};
  for (const [code, s] of Object.entries(m.answers.indicators)) {
    if (s.notApplicable) indicators[code] = { notApplicable: true, reason: s.reason ?? '' };
    else if (s.level !== null) indicators[code] = { level: s.level };
  }
  const gcg: GcgAnswers = {};
  for (const [code, s] of Object.entries(m.answers.gcg)) {
    if (s.gcgValue === 'na') gcg[code] = { notApplicable: true, reason: s.reason ?? '' };
    else if (s.gcgValue) gcg[code] = s.gcgValue;
  }
  return scoreAll(snaps.instrument, indicators, factsFromProfile(m.profile), {
    checklist: snaps.checklist ?? undefined, gcgAnswers: gcg, assessedOn: today, linkedEvidence: linkedKinds(m),
    permitExpiresOn: m.profile.registration?.izinOperasionalExpiry || undefined,
  });
}

/** A self-score and the assessor's level this far apart need the assessor's comment. */
export function needsComment(self: StoredAnswer | undefined, item: ReviewItem | undefined): boolean {
  if (!self || !item || self.level === null || item.level === null || self.notApplicable || item.notApplicable) return false;
  return Math.abs(item.level - self.level) >= COMMENT_GAP && !item.note?.trim();
}

const GCG_POINTS: Record<string, number> = { met: 2, partial: 1, 'not-met': 0 };

export interface CompareRow {
  target: 'indicator' | 'gcg';
  code: string;
  /** Standard (component) code for indicators, TARIF principle for GCG items. */
  group: string;
  title: { id: string; en: string };
  self: string | null;
  assessor: string | null;
  /** assessor − self in levels (GCG: met 2, partial 1, not met 0); null when either side has no number. */
  diff: number | null;
  needsComment: boolean;
  state: ReviewItem['state'] | null;
}

export interface GroupCompare { code: string; title: { id: string; en: string }; self: number | null; assessor: number | null; diff: number | null }

export interface Comparison {
  rows: CompareRow[];
  standards: GroupCompare[];
  principles: GroupCompare[];
  self: ScoreAllResult;
  assessor: ScoreAllResult;
}

const showIndicator = (a: { level: number | null; notApplicable: boolean } | undefined) => (!a ? null : a.notApplicable ? 'N/A' : a.level === null ? null : String(a.level));
const showGcg = (v: string | null | undefined) => v ?? null;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const best = (t: { score: number | null; answeredScore?: number | null } | undefined) => (t ? t.score ?? t.answeredScore ?? null : null);

export function compare(m: Manifest, snaps: Snapshots, items: ReviewItem[], today: string): Comparison {
  const byKey = new Map(items.map((i) => [itemKey(i.target, i.code), i]));
  const self = scoreSelf(m, snaps, today);
  const assessor = scoreReview(m, snaps, items, today);
  const rows: CompareRow[] = [];
  for (const c of snaps.instrument.components) {
    for (const ind of c.indicators) {
      const s = m.answers.indicators[ind.code];
      const a = byKey.get(itemKey('indicator', ind.code));
      const diff = s && a && !s.notApplicable && !a.notApplicable && s.level !== null && a.level !== null ? a.level - s.level : null;
      if (!s && !a && !assessor.score.components.find((x) => x.code === c.code)?.indicators.some((x) => x.code === ind.code && x.status !== 'not-applicable')) continue;
      rows.push({ target: 'indicator', code: ind.code, group: c.code, title: ind.question, self: showIndicator(s), assessor: showIndicator(a), diff, needsComment: needsComment(s, a), state: a?.state ?? null });
    }
  }
  for (const p of snaps.checklist?.principles ?? []) {
    for (const it of snaps.checklist!.items.filter((x) => x.principle === p.id)) {
      const s = m.answers.gcg[it.code];
      const a = byKey.get(itemKey('gcg', it.code));
      const sv = s?.gcgValue ?? null;
      const av = a?.gcgValue ?? null;
      const diff = sv && av && sv !== 'na' && av !== 'na' ? GCG_POINTS[av] - GCG_POINTS[sv] : null;
      if (!s && !a && assessor.gcg?.hidden.some((h) => h.code === it.code)) continue;
      rows.push({ target: 'gcg', code: it.code, group: p.id, title: it.text, self: showGcg(sv), assessor: showGcg(av), diff, needsComment: false, state: a?.state ?? null });
    }
  }
  const standards = self.score.components.map((sc) => {
    const ac = assessor.score.components.find((x) => x.code === sc.code);
    const sv = round1(sc.score ?? null);
    const av = round1(ac?.score ?? null);
    return { code: sc.code, title: sc.title, self: sv, assessor: av, diff: sv !== null && av !== null ? round1(av - sv) : null };
  });
  const principles = (self.gcg?.principles ?? []).map((sp) => {
    const ap = assessor.gcg?.principles.find((x) => x.id === sp.id);
    const sv = round1(best(sp));
    const av = round1(best(ap));
    return { code: sp.id, title: sp.title, self: sv, assessor: av, diff: sv !== null && av !== null ? round1(av - sv) : null };
  });
  return { rows, standards, principles, self, assessor };
}
