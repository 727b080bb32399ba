// Typology A–E (Mandiri … Bermasalah) projected from the accreditation total and the GCG score, by configurable bands.
import type { ScoringRules, Text } from '../instrument/schema';
import type { ScoreRange } from './score';
import { atLeast, fmt, text } from './util';

type TypologyRules = ScoringRules['typology'];
export type TypologyLetter = TypologyRules['bands'][number]['typology'];

export interface TypologyResult {
  typology: TypologyLetter;
  label: Text;
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
export function projectTypology(rules: TypologyRules, accreditationTotal: number, gcgOverall: number | null): TypologyResult {
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
  return { typology: band.typology, label: band.label, score, usedGcg: useGcg, note, origin: rules.origin };
}

/** Band = the one with the highest minScore ≤ score; validation guarantees E starts at 0 so one always matches. */
export function bandFor(rules: TypologyRules, score: number): TypologyRules['bands'][number] {
  const sorted = [...rules.bands].sort((x, y) => y.minScore - x.minScore);
  return sorted.find((b) => atLeast(score, b.minScore)) ?? sorted[sorted.length - 1];
}

/** Typology for incomplete scores: the worst and best case from the score ranges (typology rises with both). */
export function projectTypologyRange(rules: TypologyRules, accreditation: ScoreRange, gcg: ScoreRange | null): { worst: TypologyResult; best: TypologyResult } {
  return {
    worst: projectTypology(rules, accreditation.min, gcg ? gcg.min : null),
    best: projectTypology(rules, accreditation.max, gcg ? gcg.max : null),
  };
}
