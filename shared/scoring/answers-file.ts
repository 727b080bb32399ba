// Zod schema of the answers file read by `npm run cli -- score` (docs/answers-format.md), and its match check.
import { z } from 'zod';
import type { Checklist, Instrument } from '../instrument/schema';
import { IsoDate, Profile } from '../profile';
import { GCG_ANSWERS } from './gcg';

const DataRef = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), version: z.string().regex(/^\d+\.\d+(\.\d+)?$/) }).strict();
const Code = z.string().regex(/^[A-Z0-9][A-Za-z0-9.\-]*$/);

/** The profile facts scoring may test; strict so a misspelt fact fails loudly instead of silently hiding items. */
export const FactsSchema = Profile.pick({
  lksType: true, legalForm: true, annualAidIdr: true, totalAssetsIdr: true, publicFundraisingIdr: true, clientsServed: true, staffCount: true,
  foundingYear: true, runsBusinessUnit: true, receivesGovernmentGrants: true, collectsZakat: true, operatesInMultipleRegencies: true,
}).strict();

export const IndicatorAnswerSchema = z.union([
  z.object({ level: z.number().int().min(0).max(10) }).strict(),
  z.object({ notApplicable: z.literal(true), reason: z.string().trim().min(1, 'give the reason / tuliskan alasannya').max(1000) }).strict(),
]);

/** met / partial / not-met, or "not applicable" with its reason (a bare "na" is read and reported as unanswered). */
const GcgAnswerSchema = z.union([
  z.enum(GCG_ANSWERS),
  z.object({ notApplicable: z.literal(true), reason: z.string().trim().min(1, 'give the reason / tuliskan alasannya').max(1000) }).strict(),
]);

export const AnswersFile = z.object({
  instrument: DataRef,
  facts: FactsSchema,
  assessedOn: IsoDate,
  answers: z.record(Code, IndicatorAnswerSchema),
  gcg: z.object({ checklist: DataRef, answers: z.record(Code, GcgAnswerSchema) }).strict().optional(),
  /** Optional: YYYY-MM-DD end of the operating permit, for the typology's expired-permit rule. */
  permitExpiresOn: IsoDate.optional(),
  /** Optional: evidence kinds already attached per indicator code, used by the gaps list. */
  linkedEvidence: z.record(Code, z.array(z.string())).optional(),
}).strict();
export type AnswersFile = z.infer<typeof AnswersFile>;

/**
 * Answers only mean something against the exact instrument (and checklist) version they were made for, so a
 * mismatch is an error, never a silent re-interpretation.
 */
export function answersFileMismatch(file: AnswersFile, instrument: Pick<Instrument, 'id' | 'version'>, checklist?: Pick<Checklist, 'id' | 'version'>): { path: string; message: string }[] {
  const p: { path: string; message: string }[] = [];
  if (file.instrument.id !== instrument.id || file.instrument.version !== instrument.version) {
    p.push({ path: 'instrument', message: `answers are for ${file.instrument.id}@${file.instrument.version}, instrument is ${instrument.id}@${instrument.version} / jawaban untuk ${file.instrument.id}@${file.instrument.version}, instrumen ${instrument.id}@${instrument.version}` });
  }
  if (file.gcg && checklist && (file.gcg.checklist.id !== checklist.id || file.gcg.checklist.version !== checklist.version)) {
    p.push({ path: 'gcg.checklist', message: `GCG answers are for ${file.gcg.checklist.id}@${file.gcg.checklist.version}, checklist is ${checklist.id}@${checklist.version} / jawaban GCG untuk ${file.gcg.checklist.id}@${file.gcg.checklist.version}, daftar periksa ${checklist.id}@${checklist.version}` });
  }
  if (file.gcg && !checklist) p.push({ path: 'gcg', message: 'GCG answers given but no checklist / ada jawaban GCG tetapi tidak ada daftar periksa' });
  return p;
}
