// Contract entries for workspace backups: list (also while the database is damaged), create, restore.
import { z } from 'zod';

export const BackupReason = z.enum(['daily', 'manual', 'before-import', 'before-migration', 'before-restore']);
export const BackupInfo = z.object({ id: z.string(), createdAt: z.string(), reason: BackupReason, size: z.number().int() });
export type BackupInfo = z.infer<typeof BackupInfo>;
const BackupId = z.string().regex(/^swanilai-[0-9A-Za-z-]+$/).max(80);

export const backupContract = {
  /** Backups newest first, the retention rule, and why the database is damaged when it is (then only restore works). */
  'backup.list': {
    input: z.object({}).strict(),
    output: z.object({
      backups: z.array(BackupInfo),
      damaged: z.object({ message: z.string() }).nullable(),
      retention: z.object({ days: z.number().int(), weeks: z.number().int(), manual: z.number().int(), perEvent: z.number().int() }),
    }),
  },
  'backup.create': { input: z.object({}).strict(), output: BackupInfo },
  /** Restores a listed backup (or the newest sound one with "latest"); the current state is backed up first. */
  'backup.restore': {
    input: z.object({ id: z.union([BackupId, z.literal('latest')]), confirm: z.literal(true) }).strict(),
    output: z.object({ restored: z.string(), schemaVersion: z.number().int(), keptAs: z.string().nullable(), damagedCopy: z.string().nullable() }),
  },
} as const;
