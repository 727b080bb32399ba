// Contract entry for the regional summary's XLSX export (the Table I.1 shape plus grades and averages).
import { z } from 'zod';
import { LksType } from '../profile';

export const mentorExportContract = {
  /** The summary for the same filters as summary.get, as an XLSX workbook. */
  'summary.exportXlsx': {
    input: z.object({
      year: z.number().int().min(1900).max(2200).optional(),
      lksType: LksType.optional(),
      region: z.string().regex(/^\d{2}(\.\d{2})?$/).optional(),
      language: z.enum(['id', 'en']).default('id'),
    }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
