// Per-principle GCG (TARIF) scores of a received dossier, computed from its own checklist snapshot and GCG answers,
// because the manifest's results carry only the overall GCG score. Stored keys are the checklist's principle ids
// (transparansi …), which the training rules read too; the TARIF letters are for display.
import type { StoredAnswer } from '../api/contract-assessment';
import { factsFromProfile } from '../assessment/inputs';
import { Checklist, PRINCIPLES, type Principle } from '../instrument/schema';
import type { Profile } from '../profile';
import { scoreGcg, type GcgAnswers } from '../scoring/gcg';

/** TARIF: Transparansi, Akuntabilitas, Responsibilitas, Independensi, Fairness (kewajaran). */
export const PRINCIPLE_LETTER: Record<Principle, string> = {
  transparansi: 'T', akuntabilitas: 'A', responsibilitas: 'R', independensi: 'I', kewajaran: 'F',
};
export const PRINCIPLE_LETTERS = PRINCIPLES.map((p) => PRINCIPLE_LETTER[p]);

/** Stored answers (as in the manifest) in the shape the GCG scorer reads. */
export function gcgAnswersOf(stored: Record<string, Pick<StoredAnswer, 'gcgValue' | 'reason'>>): GcgAnswers {
  const out: GcgAnswers = {};
  for (const [code, s] of Object.entries(stored)) {
    if (s?.gcgValue === 'na') out[code] = { notApplicable: true, reason: s.reason ?? '' };
    else if (s?.gcgValue) out[code] = s.gcgValue;
  }
  return out;
}

/**
 * {transparansi, akuntabilitas, …}: each principle's exact score (like the manifest's overall, which is exact or absent), only the
 * principles that have one; null when the snapshot is missing or not a valid checklist, or nothing is scored.
 */
export function principleScores(checklist: unknown, gcg: unknown, profile: unknown): Record<string, number> | null {
  if (!checklist) return null;
  const parsed = Checklist.safeParse(checklist);
  if (!parsed.success) return null;
  const answers = gcg && typeof gcg === 'object' ? gcgAnswersOf(gcg as Record<string, StoredAnswer>) : {};
  const result = scoreGcg(parsed.data, answers, factsFromProfile((profile ?? null) as Profile | null));
  const out: Record<string, number> = {};
  for (const p of result.principles) if (p.score !== null) out[p.id] = p.score;
  return Object.keys(out).length ? out : null;
}
