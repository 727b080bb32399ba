// Governance (GCG, TARIF principles) checklist score: per principle and overall, with conditional items hidden.
import type { Checklist, Principle, Text } from '../instrument/schema';
import { isApplicable, type FactName, type Facts } from './applicability';
import type { ScoreRange } from './score';
import { text, uniq } from './util';

export const GCG_ANSWERS = ['met', 'partial', 'not-met', 'na'] as const;
export type GcgAnswer = (typeof GCG_ANSWERS)[number];
/** "Tidak berlaku" is only accepted with its reason; a bare 'na' (old files) is reported and left unanswered. */
export type GcgNotApplicable = { notApplicable: true; reason: string };
export type GcgAnswerInput = Exclude<GcgAnswer, 'na'> | GcgNotApplicable | 'na';
export type GcgAnswers = Record<string, GcgAnswerInput>;

/**
 * answered = met/partial/not-met; na = "not applicable" with a reason, where the item allows it; not-applicable
 * = hidden by the item's rule; advice = the law only recommends it for this profile: shown, answerable, not counted.
 */
export type GcgItemStatus = 'answered' | 'unanswered' | 'na' | 'not-applicable' | 'advice';

export interface GcgItemResult {
  code: string;
  principle: Principle;
  weight: number;
  status: GcgItemStatus;
  answer?: GcgAnswer;
  /** met = 1, partial = checklist.partialCredit, not-met = 0. */
  credit: number | null;
  reason?: Text;
  /** Facts that decide whether the item applies (or is only advice) but are missing; the item then counts provisionally. */
  unknownFacts: FactName[];
}

export interface GcgTally {
  /** Exact 0..100 when every applicable item is answered and decided, else null. */
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
  /** Items hidden because they do not apply to this profile, with the reason. */
  hidden: { code: string; reason: Text; unknownFacts: FactName[] }[];
  problems: { code: string; message: Text }[];
  unknownFacts: FactName[];
}

type Read = { value: Exclude<GcgAnswer, 'na'> } | { na: string } | undefined;

/** Answers come from files and old databases, so their shape and the item's N/A rule are checked here. */
function readGcgAnswer(raw: unknown, code: string, allowNa: boolean, problems: GcgResult['problems']): Read {
  if (raw === undefined) return undefined;
  if (raw === 'met' || raw === 'partial' || raw === 'not-met') return { value: raw };
  const isNa = raw === 'na' || (!!raw && typeof raw === 'object' && (raw as { notApplicable?: unknown }).notApplicable === true);
  if (!isNa) {
    problems.push({ code, message: text(`Jawaban "${String(raw)}" untuk ${code} tidak dikenali; dianggap belum dijawab.`, `Answer "${String(raw)}" for ${code} is not recognised; treated as unanswered.`) });
    return undefined;
  }
  if (!allowNa) {
    problems.push({ code, message: text(`Butir ${code} berlaku bagi setiap LKS dan tidak boleh ditandai "tidak berlaku"; dianggap belum dijawab.`, `Item ${code} applies to every LKS and cannot be marked not applicable; treated as unanswered.`) });
    return undefined;
  }
  const reason = typeof raw === 'object' ? String((raw as { reason?: unknown }).reason ?? '').trim() : '';
  if (reason.length < 3) {
    problems.push({ code, message: text(`"Tidak berlaku" untuk ${code} tanpa alasan; dianggap belum dijawab.`, `"Not applicable" for ${code} has no reason; treated as unanswered.`) });
    return undefined;
  }
  return { na: reason };
}

/**
 * principle score = 100 × Σ(weight × credit) / Σ(weight) over its applicable, answered, non-N/A items; overall is
 * the same sum over all items (weighted by item, not an average of principles). Items hidden by rule, items
 * answered 'na' (with a reason, where allowed) and advice items are excluded, which renormalises the rest. An
 * item whose applicability or advice status waits on a missing profile fact counts (provisionally) and keeps
 * the result incomplete, so leaving a fact empty can never raise the score.
 */
export function scoreGcg(checklist: Checklist, answers: GcgAnswers, facts: Facts): GcgResult {
  const problems: GcgResult['problems'] = [];
  const items: GcgItemResult[] = checklist.items.map((item) => {
    const app = isApplicable(item.applicability, facts);
    const advice = item.advice ? isApplicable(item.advice, facts) : null;
    const unknownFacts = uniq([...app.unknownFacts, ...(app.applies || app.unknownFacts.length ? advice?.unknownFacts ?? [] : [])]);
    const base = { code: item.code, principle: item.principle, weight: item.weight, unknownFacts };
    const raw: unknown = Object.hasOwn(answers, item.code) ? answers[item.code] : undefined;
    const read = readGcgAnswer(raw, item.code, item.allowNotApplicable, problems);
    const undecided = !app.applies && app.unknownFacts.length > 0;
    if (!app.applies && !undecided) return { ...base, status: 'not-applicable', credit: null, ...(app.reason ? { reason: app.reason } : {}) };
    const answer: GcgAnswer | undefined = read === undefined ? undefined : 'na' in read ? 'na' : read.value;
    if (advice?.applies) {
      const reason = advice.reason ?? text('Untuk profil ini butir ini anjuran, bukan kewajiban; tidak dihitung dalam skor.', 'For this profile this item is advice, not an obligation; it does not count in the score.');
      return { ...base, status: 'advice', ...(answer ? { answer } : {}), credit: null, reason };
    }
    const reason = undecided ? app.reason : undefined;
    const extra = reason ? { reason } : {};
    if (read === undefined) return { ...base, status: 'unanswered', credit: null, ...extra };
    if ('na' in read) return { ...base, status: 'na', answer: 'na', credit: null, reason: text(`Ditandai tidak berlaku: ${read.na}`, `Marked not applicable: ${read.na}`) };
    const credit = read.value === 'met' ? 1 : read.value === 'partial' ? checklist.partialCredit : 0;
    return { ...base, status: 'answered', answer: read.value, credit, ...extra };
  });
  const codes = new Set(checklist.items.map((i) => i.code));
  for (const code of Object.keys(answers)) {
    if (!codes.has(code)) problems.push({ code, message: text(`Jawaban untuk kode ${code} yang tidak ada di daftar periksa diabaikan.`, `Answer for code ${code}, which is not in the checklist, was ignored.`) });
  }
  const unknownFacts = uniq(items.flatMap((i) => i.unknownFacts));
  const overall = tally(items);
  return {
    checklist: { id: checklist.id, version: checklist.version },
    complete: overall.counts.unanswered === 0 && unknownFacts.length === 0,
    overall,
    principles: checklist.principles.map((p) => ({ id: p.id, title: p.title, ...tally(items.filter((i) => i.principle === p.id)) })),
    items,
    hidden: items.filter((i) => i.status === 'not-applicable').map((i) => ({ code: i.code, reason: i.reason as Text, unknownFacts: i.unknownFacts })),
    problems,
    unknownFacts,
  };
}

function tally(items: GcgItemResult[]): GcgTally {
  const counts: Record<GcgItemStatus, number> = { answered: 0, unanswered: 0, na: 0, 'not-applicable': 0, advice: 0 };
  let credit = 0, answeredWeight = 0, unansweredWeight = 0;
  for (const i of items) {
    counts[i.status]++;
    if (i.status === 'answered') { credit += i.weight * (i.credit as number); answeredWeight += i.weight; }
    if (i.status === 'unanswered') unansweredWeight += i.weight;
  }
  const all = answeredWeight + unansweredWeight;
  const range = all > 0 ? { min: (100 * credit) / all, max: (100 * (credit + unansweredWeight)) / all } : null;
  const undecided = items.some((i) => i.unknownFacts.length > 0 && (i.status === 'answered' || i.status === 'unanswered'));
  return {
    score: range && counts.unanswered === 0 && !undecided ? range.min : null,
    range,
    answeredScore: answeredWeight > 0 ? (100 * credit) / answeredWeight : null,
    counts,
  };
}
