// Typology A–E (Mandiri … Bermasalah) projected from the accreditation total and the GCG score, by configurable bands.
import type { ScoringRules, Text, TypologyOverride } from '../instrument/schema';
import { TYPOLOGIES } from '../instrument/schema';
import type { ScoreRange } from './score';
import { atLeast, fmt, text } from './util';

type TypologyRules = ScoringRules['typology'];
export type TypologyLetter = TypologyRules['bands'][number]['typology'];

/** Facts the override rules look at; a missing one never triggers its rule. */
export interface TypologyConditions {
  mustHaveFailed?: boolean;
  /** YYYY-MM-DD of the assessment and of the operating permit's end. */
  assessedOn?: string;
  permitExpiresOn?: string;
  foundingYear?: number;
}

export interface TypologyCap { kind: TypologyOverride['kind']; cap: TypologyLetter; label: Text }

export interface TypologyResult {
  typology: TypologyLetter;
  label: Text;
  /** The band the score alone gives; differs from `typology` when an override capped it. */
  band: TypologyLetter;
  /** Overrides that held, worst first; empty when the band stands. */
  capped: TypologyCap[];
  /** Which typology model this projects ("perkiraan tipologi, model verifikasi LKS DIY 2015"). */
  model?: Text;
  /** Exact typology score 0..100. */
  score: number;
  /** False when no GCG score was available and the accreditation total alone was used. */
  usedGcg: boolean;
  note: Text;
  origin: TypologyRules['origin'];
}

/**
 * score = (total × basis.accreditation + gcg × basis.gcg) / (basis.accreditation + basis.gcg); validation makes
 * the basis sum 100, so this is the "/100" formula of docs/scoring.md. Without a GCG score the accreditation
 * total is used alone (said so in `note`) rather than counting the missing GCG as 0, which would push every
 * LKS that has not done the checklist yet towards "Bermasalah".
 */
export function projectTypology(rules: TypologyRules, accreditationTotal: number, gcgOverall: number | null, conditions: TypologyConditions = {}): TypologyResult {
  const { accreditation: a, gcg: g } = rules.basis;
  const useGcg = gcgOverall !== null && g > 0;
  const onlyGcg = useGcg && a === 0;
  const score = !useGcg ? accreditationTotal : onlyGcg ? (gcgOverall as number) : (accreditationTotal * a + (gcgOverall as number) * g) / (a + g);
  const band = bandFor(rules, score);
  const est = rules.origin === 'estimate' ? text(' Pita tipologi adalah perkiraan.', ' Typology bands are an estimate.') : text('', '');
  const note = !useGcg
    ? text(`Skor tipologi ${fmt(score)} dari total akreditasi saja (skor tata kelola/GCG belum ada).${est.id}`, `Typology score ${fmt(score)} from the accreditation total only (no governance/GCG score yet).${est.en}`)
    : text(`Skor tipologi ${fmt(score)} = ${a}% akreditasi (${fmt(accreditationTotal)}) + ${g}% tata kelola (${fmt(gcgOverall as number)}).${est.id}`,
      `Typology score ${fmt(score)} = ${a}% accreditation (${fmt(accreditationTotal)}) + ${g}% governance (${fmt(gcgOverall as number)}).${est.en}`);
  const capped = heldOverrides(rules.overrides ?? [], conditions);
  const worst = capped.reduce<TypologyLetter>((t, c) => (rank(c.cap) > rank(t) ? c.cap : t), band.typology);
  const final = rules.bands.find((b) => b.typology === worst) ?? band;
  const capNote = capped.length && worst !== band.typology
    ? text(` Dibatasi menjadi ${worst}: ${capped.map((c) => c.label.id).join('; ')}.`, ` Capped at ${worst}: ${capped.map((c) => c.label.en).join('; ')}.`)
    : text('', '');
  return {
    typology: final.typology, label: final.label, band: band.typology, capped, ...(rules.model ? { model: rules.model } : {}),
    score, usedGcg: useGcg, note: text(note.id + capNote.id, note.en + capNote.en), origin: rules.origin,
  };
}

const rank = (t: TypologyLetter) => TYPOLOGIES.indexOf(t);

/** The override rules whose condition holds for these facts, worst cap first. */
export function heldOverrides(overrides: TypologyOverride[], c: TypologyConditions): TypologyCap[] {
  const held = overrides.filter((o) => {
    if (o.kind === 'mustHaveFailed') return c.mustHaveFailed === true;
    if (o.kind === 'permitExpired') return !!c.permitExpiresOn && !!c.assessedOn && c.permitExpiresOn < c.assessedOn;
    if (c.foundingYear === undefined || !c.assessedOn) return false;
    return Number(c.assessedOn.slice(0, 4)) - c.foundingYear < o.years;
  });
  return held.map((o) => ({ kind: o.kind, cap: o.cap, label: o.label })).sort((a, b) => rank(b.cap) - rank(a.cap));
}

/** Band = the one with the highest minScore ≤ score; validation guarantees E starts at 0 so one always matches. */
export function bandFor(rules: TypologyRules, score: number): TypologyRules['bands'][number] {
  const sorted = [...rules.bands].sort((x, y) => y.minScore - x.minScore);
  return sorted.find((b) => atLeast(score, b.minScore)) ?? sorted[sorted.length - 1];
}

/** Typology for incomplete scores: the worst and best case from the score ranges (typology rises with both). */
export function projectTypologyRange(
  rules: TypologyRules, accreditation: ScoreRange, gcg: ScoreRange | null,
  conditions: { worst: TypologyConditions; best: TypologyConditions } = { worst: {}, best: {} },
): { worst: TypologyResult; best: TypologyResult } {
  return {
    worst: projectTypology(rules, accreditation.min, gcg ? gcg.min : null, conditions.worst),
    best: projectTypology(rules, accreditation.max, gcg ? gcg.max : null, conditions.best),
  };
}
