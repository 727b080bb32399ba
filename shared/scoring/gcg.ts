// Governance (GCG, TARIF principles) checklist score: per principle and overall, with conditional items hidden.
import type { Checklist, Principle, Text } from '../instrument/schema';
import { isApplicable, type FactName, type Facts } from './applicability';
import type { ScoreRange } from './score';
import { text, uniq } from './util';

export const GCG_ANSWERS = ['met', 'partial', 'not-met', 'na'] as const;
export type GcgAnswer = (typeof GCG_ANSWERS)[number];
export type GcgAnswers = Record<string, GcgAnswer>;

/** answered = met/partial/not-met; na = answered "not applicable"; not-applicable = hidden by the item's rule. */
export type GcgItemStatus = 'answered' | 'unanswered' | 'na' | 'not-applicable';

export interface GcgItemResult {
  code: string;
  principle: Principle;
  weight: number;
  status: GcgItemStatus;
  answer?: GcgAnswer;
  /** met = 1, partial = checklist.partialCredit, not-met = 0. */
  credit: number | null;
  reason?: Text;
  unknownFacts: FactName[];
}

export interface GcgTally {
  /** Exact 0..100 when every applicable item is answered, else null. */
  score: number | null;
  /** Unanswered items counted as not met (min) versus met (max). */
  range: ScoreRange | null;
  /** Score over the answered items only: what has been shown so far (equals `score` when complete). */
  answeredScore: number | null;
  counts: Record<GcgItemStatus, number>;
}

export interface GcgPrincipleResult extends GcgTally { id: Principle; title: Text }

export interface GcgResult {
  checklist: { id: string; version: string };
  complete: boolean;
  overall: GcgTally;
  principles: GcgPrincipleResult[];
  items: GcgItemResult[];
  /** Items hidden because they do not apply to this profile (or cannot be decided yet), with the reason. */
  hidden: { code: string; reason: Text; unknownFacts: FactName[] }[];
  problems: { code: string; message: Text }[];
  unknownFacts: FactName[];
}

/**
 * principle score = 100 × Σ(weight × credit) / Σ(weight) over its applicable, answered, non-N/A items; overall is
 * the same sum over all items (weighted by item, not an average of principles). Items hidden by rule and items
 * answered 'na' are excluded, which renormalises the rest.
 */
export function scoreGcg(checklist: Checklist, answers: GcgAnswers, facts: Facts): GcgResult {
  const problems: GcgResult['problems'] = [];
  const items: GcgItemResult[] = checklist.items.map((item) => {
    const app = isApplicable(item.applicability, facts);
    const base = { code: item.code, principle: item.principle, weight: item.weight, unknownFacts: app.unknownFacts };
    const raw: unknown = Object.hasOwn(answers, item.code) ? answers[item.code] : undefined;
    const answer = raw === undefined ? undefined : (GCG_ANSWERS as readonly unknown[]).includes(raw) ? (raw as GcgAnswer) : undefined;
    if (raw !== undefined && answer === undefined) {
      problems.push({ code: item.code, message: text(`Jawaban "${String(raw)}" untuk ${item.code} tidak dikenali; dianggap belum dijawab.`, `Answer "${String(raw)}" for ${item.code} is not recognised; treated as unanswered.`) });
    }
    if (!app.applies) return { ...base, status: 'not-applicable', credit: null, ...(app.reason ? { reason: app.reason } : {}) };
    if (answer === undefined) return { ...base, status: 'unanswered', credit: null };
    if (answer === 'na') return { ...base, status: 'na', answer, credit: null };
    const credit = answer === 'met' ? 1 : answer === 'partial' ? checklist.partialCredit : 0;
    return { ...base, status: 'answered', answer, credit };
  });
  const codes = new Set(checklist.items.map((i) => i.code));
  for (const code of Object.keys(answers)) {
    if (!codes.has(code)) problems.push({ code, message: text(`Jawaban untuk kode ${code} yang tidak ada di daftar periksa diabaikan.`, `Answer for code ${code}, which is not in the checklist, was ignored.`) });
  }
  const overall = tally(items);
  return {
    checklist: { id: checklist.id, version: checklist.version },
    complete: overall.counts.unanswered === 0,
    overall,
    principles: checklist.principles.map((p) => ({ id: p.id, title: p.title, ...tally(items.filter((i) => i.principle === p.id)) })),
    items,
    hidden: items.filter((i) => i.status === 'not-applicable').map((i) => ({ code: i.code, reason: i.reason as Text, unknownFacts: i.unknownFacts })),
    problems,
    unknownFacts: uniq(items.flatMap((i) => i.unknownFacts)),
  };
}

function tally(items: GcgItemResult[]): GcgTally {
  const counts: Record<GcgItemStatus, number> = { answered: 0, unanswered: 0, na: 0, 'not-applicable': 0 };
  let credit = 0, answeredWeight = 0, unansweredWeight = 0;
  for (const i of items) {
    counts[i.status]++;
    if (i.status === 'answered') { credit += i.weight * (i.credit as number); answeredWeight += i.weight; }
    if (i.status === 'unanswered') unansweredWeight += i.weight;
  }
  const all = answeredWeight + unansweredWeight;
  const range = all > 0 ? { min: (100 * credit) / all, max: (100 * (credit + unansweredWeight)) / all } : null;
  return {
    score: range && counts.unanswered === 0 ? range.min : null,
    range,
    answeredScore: answeredWeight > 0 ? (100 * credit) / answeredWeight : null,
    counts,
  };
}
