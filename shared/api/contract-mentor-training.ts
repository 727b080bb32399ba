// Contract entry for the training invitation list as an XLSX workbook (one sheet per model, or the one asked for).
import { z } from 'zod';
import { LksType } from '../profile';

export const mentorTrainingContract = {
  /** The LKS to invite per training model (training.invitations) as XLSX: No, Nama LKS, Kab/Kota, Jenis, Tipologi, Alasan. */
  'training.exportInvitations': {
    input: z.object({ model: z.string().min(1).optional(), lksType: LksType.optional(), language: z.enum(['id', 'en']).default('id') }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
