// The API contract: every back-end operation by name with its zod input and output schemas.
// The back end implements each entry (electron/services/handlers); the renderer's client is typed from it.
import { backupContract } from './contract-backup';
import { z } from 'zod';
import { Profile } from '../profile';
import { InvalidField } from '../profile-repair';
import { assessmentContract } from './contract-assessment';
import { dossierContract } from './contract-dossier';
import { dossierExportContract } from './contract-dossier-export';
import { dossierUploadContract } from './contract-dossier-upload';
import { evidenceContract } from './contract-evidence';
import { mentorContract } from './contract-mentor';
import { mentorExportContract } from './contract-mentor-export';
import { mentorProgressContract } from './contract-mentor-progress';
import { mentorVisitsContract } from './contract-mentor-visits';
import { mentorTrainingContract } from './contract-mentor-training';
import { openFilesContract } from './contract-open-files';
import { workspaceFolderContract } from './contract-workspace-folder';
import { planContract } from './contract-plan';
import { reviewContract } from './contract-review';

export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({ language: Language });
export type Settings = z.infer<typeof Settings>;

export const RegionLevel = z.enum(['province', 'regency', 'district', 'village']);
export const Region = z.object({ code: z.string(), name: z.string() });
export type Region = z.infer<typeof Region>;

const Empty = z.object({}).strict();

export const contract = {
  'app.info': {
    input: Empty,
    output: z.object({
      version: z.string(), workspaceDir: z.string(), schemaVersion: z.number(), transport: z.string(),
      /** Swept from the evidence folder since this app opened the workspace: leftover or idle uploads, orphaned blobs. */
      cleanup: z.object({ abandonedUploads: z.number(), orphanFiles: z.number(), freedBytes: z.number() }),
    }),
  },
  'settings.get': { input: Empty, output: Settings },
  'settings.set': { input: Settings.partial().strict(), output: Settings },
  'profile.get': {
    input: Empty,
    // `profile` holds the stored fields that pass today's schema; `invalid` the ones that do not, raw, to be fixed.
    output: z.object({ profile: Profile.nullable(), invalid: z.array(InvalidField), updatedAt: z.string().nullable() }),
  },
  /**
   * Saves the profile. With `base` (the profile this window last saved or loaded), only the fields it changed are
   * written over the stored ones, so two windows editing different fields do not undo each other.
   */
  'profile.save': {
    input: z.object({ profile: Profile, base: Profile.optional() }).strict(),
    output: z.object({ updatedAt: z.string() }),
  },
  'regions.list': {
    input: z.object({ level: RegionLevel, parent: z.string().max(20).optional() }).strict(),
    output: z.array(Region),
  },
  'regions.resolve': {
    input: z.object({ codes: z.array(z.string().max(20)).max(10) }).strict(),
    output: z.record(z.string(), z.string()),
  },
  'workspace.status': {
    input: Empty,
    /** canLoadSample: the workspace is empty or holds only the sample, so loading (resetting) the sample harms nothing. */
    output: z.object({ hasProfile: z.boolean(), isSample: z.boolean(), canLoadSample: z.boolean() }),
  },
  /** Fills an empty workspace with the sample LKS, or resets one that holds only the sample; refuses (CONFLICT) otherwise. */
  'workspace.loadSample': {
    input: Empty,
    output: z.object({ profile: Profile, reset: z.boolean() }),
  },
  ...assessmentContract,
  ...backupContract,
  ...evidenceContract,
  ...planContract,
  ...reviewContract,
  ...dossierContract,
  ...dossierExportContract,
  ...dossierUploadContract,
  ...mentorContract,
  ...mentorExportContract,
  ...mentorProgressContract,
  ...mentorVisitsContract,
  ...mentorTrainingContract,
  ...openFilesContract,
  ...workspaceFolderContract,
} as const;

export type Contract = typeof contract;
export type HandlerName = keyof Contract;
export type InputOf<N extends HandlerName> = z.input<Contract[N]['input']>;
export type OutputOf<N extends HandlerName> = z.output<Contract[N]['output']>;
