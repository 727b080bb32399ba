// The LKS profile: zod schema shared by the back end (validation) and the renderer (form checks).
import { z } from 'zod';

export const LKS_TYPES = ['lksa', 'lansia', 'disabilitas', 'lk3', 'rehsos', 'lainnya'] as const;
/**
 * Legal forms. Permensos 5/2024 also recognises LKS that are not (yet) legal entities, and government units
 * (UPT/UPTD of a ministry or regional Dinas Sosial) run social services without a yayasan or perkumpulan.
 */
export const LEGAL_FORMS = ['yayasan', 'perkumpulan', 'belum-berbadan-hukum', 'upt-pemerintah', 'lainnya'] as const;
export const LksType = z.enum(LKS_TYPES);
export const LegalForm = z.enum(LEGAL_FORMS);
export type LksType = z.infer<typeof LksType>;
export type LegalForm = z.infer<typeof LegalForm>;

const currentYear = new Date().getFullYear();
/** ISO calendar date (YYYY-MM-DD) that really exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'tanggal tidak valid');

const text = (max: number) => z.string().trim().max(max);
const count = z.number().int().min(0).max(1_000_000);

/** Region codes follow Kemendagri: 11, 11.01, 11.01.01, 11.01.01.2001. */
export const RegionCodes = z.object({
  province: z.string().regex(/^\d{2}$/).optional(),
  regency: z.string().regex(/^\d{2}\.\d{2}$/).optional(),
  district: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional(),
  village: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional(),
}).refine((r) => !r.regency || (r.province && r.regency.startsWith(r.province + '.')), { message: 'kabupaten/kota tidak sesuai provinsi', path: ['regency'] })
  .refine((r) => !r.district || (r.regency && r.district.startsWith(r.regency + '.')), { message: 'kecamatan tidak sesuai kabupaten/kota', path: ['district'] })
  .refine((r) => !r.village || (r.district && r.village.startsWith(r.district + '.')), { message: 'desa tidak sesuai kecamatan', path: ['village'] });
export type RegionCodes = z.infer<typeof RegionCodes>;

/** NPWP: 15 digits (old format) or 16 digits (NIK-based), punctuation allowed. */
export const Npwp = z.string().trim().refine((s) => s === '' || [15, 16].includes(s.replace(/[.\-\s]/g, '').length) && /^[\d.\-\s]+$/.test(s), 'NPWP harus 15 atau 16 digit');

/**
 * Every field is optional so that a half-filled profile autosaves; what is present must be valid.
 */
export const Profile = z.object({
  name: text(200).optional(),
  legalForm: LegalForm.optional(),
  lksType: LksType.optional(),
  isSample: z.boolean().optional(),
  address: z.object({
    street: text(300).optional(),
    postalCode: z.string().trim().regex(/^(\d{5})?$/, 'kode pos 5 digit').optional(),
    region: RegionCodes.optional(),
  }).optional(),
  registration: z.object({
    tandaDaftarNumber: text(100).optional(),
    izinOperasionalNumber: text(100).optional(),
    izinOperasionalExpiry: IsoDate.or(z.literal('')).optional(),
    npwp: Npwp.optional(),
    aktaNumber: text(100).optional(),
    aktaDate: IsoDate.or(z.literal('')).optional(),
    skKemenkumhamNumber: text(100).optional(),
  }).optional(),
  contact: z.object({
    name: text(120).optional(),
    role: text(120).optional(),
    phone: z.string().trim().regex(/^(\+?[\d\s\-()]{6,20})?$/, 'nomor telepon tidak valid').optional(),
    email: z.string().trim().email('email tidak valid').or(z.literal('')).optional(),
  }).optional(),
  foundingYear: z.number().int().min(1900).max(currentYear).optional(),
  clientsServed: count.optional(),
  staffCount: count.optional(),
  /** Facts used by conditional GCG items (rupiah per year / total). */
  annualAidIdr: z.number().min(0).max(1e15).optional(),
  totalAssetsIdr: z.number().min(0).max(1e15).optional(),
  publicFundraisingIdr: z.number().min(0).max(1e15).optional(),
  /** Facts that bring their own GCG items (business units, government grants, zakat collection). */
  runsBusinessUnit: z.boolean().optional(),
  receivesGovernmentGrants: z.boolean().optional(),
  collectsZakat: z.boolean().optional(),
  /** Works in two or more kabupaten/kota: the LKKS/BK3S recommendation is then a prerequisite of applying. */
  operatesInMultipleRegencies: z.boolean().optional(),
});
export type Profile = z.infer<typeof Profile>;
