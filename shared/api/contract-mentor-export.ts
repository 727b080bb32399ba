// Contract entries for the mentor's exports: the regional summary as XLSX and DOCX (the Table I.1 shape plus grades
// and averages) and the mentor report DOCX for the Dinas Sosial or donors.
import { z } from 'zod';
import { IsoDate, LksType } from '../profile';

const SummaryExport = z.object({
  year: z.number().int().min(1900).max(2200).optional(),
  lksType: LksType.optional(),
  region: z.string().regex(/^\d{2}(\.\d{2})?$/).optional(),
  language: z.enum(['id', 'en']).default('id'),
}).strict();
const File = z.object({ fileName: z.string(), base64: z.string() });

export const mentorExportContract = {
  /** The summary for the same filters as summary.get, as an XLSX workbook. */
  'summary.exportXlsx': { input: SummaryExport, output: File },
  /** The same summary as a DOCX: filters, the Table I.1 table with totals, a bar chart, grades and averages per standard. */
  'summary.exportDocx': { input: SummaryExport, output: File },
  /**
   * The mentor report for the Dinas Sosial or donors: portfolio state, visits in the period (from/to, visit dates),
   * actions done/open/overdue, score progress and training invitations, for the LKS of the type and region given.
   */
  'mentor.reportDocx': {
    input: z.object({
      language: z.enum(['id', 'en']).default('id'),
      lksType: LksType.optional(),
      region: z.string().regex(/^\d{2}(\.\d{2})?$/).optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
    }).strict().refine((i) => !i.from || !i.to || i.from <= i.to, { message: 'tanggal awal harus sebelum tanggal akhir / the start date must not be after the end date', path: ['to'] }),
    output: File,
  },
} as const;
