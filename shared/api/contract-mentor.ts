// Contract entries for the mentor's portfolio (LKS followed, list import with preview) and the regional summary.
import { z } from 'zod';
import { LksType, IsoDate } from '../profile';

const Id = z.number().int().positive();
export const TypologyLetter = z.enum(['A', 'B', 'C', 'D', 'E']);
export const GradeLetter = z.enum(['A', 'B', 'C']);
export const Rhythm = z.enum(['monthly', 'quarterly', 'six-monthly', 'yearly']);
export const PortfolioSource = z.enum(['manual', 'import', 'dossier']);
/** Kemendagri regency/city code, e.g. 34.04. */
export const RegencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'kode kabupaten/kota seperti 34.04 / regency code like 34.04');
const Year = z.number().int().min(1900).max(2200);
const Text2 = z.object({ id: z.string(), en: z.string() });

/**
 * Largest list file accepted. The bytes travel as base64 inside one call, and the web host takes JSON bodies up to
 * 5 MiB, so 3.5 MiB (4.7 MiB as base64) passes every transport; that is some 40,000 rows of CSV.
 */
export const MAX_PORTFOLIO_FILE_BYTES = 3.5 * 1024 * 1024;

const YearRecord = z.object({ year: z.number().int(), typology: TypologyLetter.nullable(), grade: GradeLetter.nullable(), score: z.number().nullable() });

export const PortfolioRow = z.object({
  id: Id,
  name: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  lksType: LksType.nullable(),
  source: PortfolioSource,
  rhythm: Rhythm.nullable(),
  notes: z.string().nullable(),
  permitExpiry: z.string().nullable(),
  /** Latest year recorded by the mentor (manual or imported list). */
  recorded: YearRecord.nullable(),
  /** Latest year projected from a received dossier. */
  projected: YearRecord.nullable(),
  lastScore: z.number().nullable(),
  lastVisit: z.string().nullable(),
  nextVisit: z.string().nullable(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** Documents (dossier evidence and the operating permit) expired or ending within 90 days. */
  expiringDocuments: z.number().int(),
});
export type PortfolioRow = z.infer<typeof PortfolioRow>;

const LksFields = z.object({
  name: z.string().trim().min(1, 'nama wajib diisi / name is required').max(200),
  regionCode: RegencyCode.nullable().optional(),
  lksType: LksType.nullable().optional(),
  rhythm: Rhythm.nullable().optional(),
  notes: z.string().max(4000).nullable().optional(),
  permitExpiry: IsoDate.nullable().optional(),
  multiRegency: z.boolean().nullable().optional(),
});

const RecordInput = z.object({
  year: Year,
  typology: TypologyLetter.nullable(),
  grade: GradeLetter.nullable().optional(),
  score: z.number().min(0).max(100).nullable().optional(),
}).strict();

export const ImportRowError = z.object({ row: z.number().int(), column: z.string().nullable(), message: Text2 });
export type ImportRowError = z.infer<typeof ImportRowError>;
export const ImportRow = z.object({
  row: z.number().int(),
  name: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  lksType: LksType.nullable(),
  typology: TypologyLetter.nullable(),
  grade: GradeLetter.nullable(),
  year: z.number().int().nullable(),
  /** What committing would do with this row's LKS. */
  action: z.enum(['new', 'existing']),
  errors: z.array(ImportRowError),
});
export type ImportRow = z.infer<typeof ImportRow>;

const ImportFile = z.object({
  fileName: z.string().min(1).max(500),
  base64: z.string().min(1).max(Math.ceil(MAX_PORTFOLIO_FILE_BYTES / 3) * 4 + 4),
}).strict();

export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(ImportRow),
  /** File-level problems (no header, unknown format) and every row error, in row order. */
  errors: z.array(ImportRowError),
  newLks: z.number().int(),
  existingLks: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const Counts = z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), D: z.number().int(), E: z.number().int(), total: z.number().int() });
export const SummaryRow = Counts.extend({ regionCode: z.string().nullable(), regionName: z.string() });
export type SummaryRow = z.infer<typeof SummaryRow>;
export const Summary = z.object({
  year: z.number().int().nullable(),
  rows: z.array(SummaryRow),
  total: Counts,
  grades: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), none: z.number().int() }),
  averageScore: z.number().nullable(),
  standards: z.array(z.object({ code: z.string(), average: z.number(), count: z.number().int() })),
  years: z.array(z.number().int()),
});
export type Summary = z.infer<typeof Summary>;

export const mentorContract = {
  'portfolio.list': { input: z.object({}).strict(), output: z.array(PortfolioRow) },
  'portfolio.add': { input: LksFields.extend({ record: RecordInput.optional() }).strict(), output: PortfolioRow },
  /** Only the fields given change; null clears a nullable field; `record` sets that year's manual record. */
  'portfolio.update': { input: LksFields.partial().extend({ id: Id, record: RecordInput.optional() }).strict(), output: PortfolioRow },
  'portfolio.remove': { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  /** Parses and checks a CSV/XLSX list; saves nothing. */
  'portfolio.importPreview': { input: ImportFile, output: ImportPreview },
  /** Saves the list in one transaction when no row has an error; otherwise `ok: false` and nothing is saved. */
  'portfolio.importCommit': {
    input: ImportFile,
    output: z.object({ ok: z.boolean(), preview: ImportPreview, importId: Id.nullable(), created: z.number().int(), updated: z.number().int() }),
  },
  /**
   * Adds the senders of received dossiers to the portfolio (or finds them) and records each dossier's projected
   * grade, typology and scores for its year; running it again changes nothing new.
   */
  'portfolio.fromDossiers': {
    input: z.object({}).strict(),
    output: z.object({ created: z.number().int(), updated: z.number().int(), records: z.number().int(), skipped: z.number().int() }),
  },
  /** Counts by kabupaten/kota × typology with totals; region is a province (34) or regency (34.04) code. */
  'summary.get': {
    input: z.object({ year: Year.optional(), lksType: LksType.optional(), region: z.string().regex(/^\d{2}(\.\d{2})?$/).optional() }).strict(),
    output: Summary,
  },
} as const;
