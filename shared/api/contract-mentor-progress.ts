// Contract entry for an LKS's progress: its yearly records with per-standard and per-GCG-principle scores, and what
// changed between consecutive rounds (shared/mentor/progress.ts computes it).
import { z } from 'zod';
import { GradeLetter, PortfolioSource, TypologyLetter } from './contract-mentor';

const Text2 = z.object({ id: z.string(), en: z.string() });
const ScoreOf = z.object({ code: z.string(), label: Text2, score: z.number() });
const Delta = z.object({ code: z.string(), label: Text2, from: z.number(), to: z.number(), delta: z.number() });
const RoundRef = z.object({ year: z.number().int(), source: PortfolioSource });

export const ProgressRound = z.object({
  year: z.number().int(), source: PortfolioSource, typology: TypologyLetter.nullable(), grade: GradeLetter.nullable(), score: z.number().nullable(),
  standards: z.array(ScoreOf),
  /** code: the TARIF letter; principle: the checklist's principle id. */
  principles: z.array(ScoreOf.extend({ principle: z.string() })),
  gcgOverall: z.number().nullable(),
});
export type ProgressRound = z.infer<typeof ProgressRound>;

export const ProgressChange = z.object({
  from: RoundRef, to: RoundRef, scoreDelta: z.number().nullable(), standards: z.array(Delta), principles: z.array(Delta),
  newlyScored: z.array(z.string()), missing: z.array(z.string()), lines: z.array(Text2),
});
export type ProgressChange = z.infer<typeof ProgressChange>;

export const MentorProgress = z.object({
  lksId: z.number().int(), name: z.string(),
  rounds: z.array(ProgressRound),
  changes: z.array(ProgressChange),
  /** Every standard / principle scored in some round, in instrument order: one chart series each. */
  standardCodes: z.array(z.string()),
  principleCodes: z.array(z.string()),
});
export type MentorProgress = z.infer<typeof MentorProgress>;

export const mentorProgressContract = {
  /** The LKS's rounds in year order with per-standard and GCG-principle scores, and the changes from round to round. */
  'mentor.progress': { input: z.object({ lksId: z.number().int().positive() }).strict(), output: MentorProgress },
} as const;
