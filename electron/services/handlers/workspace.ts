// Handlers about the workspace as a whole: app info, first-run status and the sample LKS.
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import type { HandlerContext } from '../context';
import { SAMPLE_PROFILE } from '../sample';
import { seedSampleRound } from '../sample-round';
import { readProfile, writeProfile } from './profile';
import type { PartialTable } from './define';

/** Fills the workspace with the sample LKS; later features add their sample data here. */
export function loadSample(ctx: HandlerContext, replace: boolean) {
  const existing = readProfile(ctx).profile;
  if (existing && !existing.isSample && !replace) {
    throw new AppError('CONFLICT', 'Ruang kerja ini sudah berisi profil LKS; contoh tidak dimuat agar data Anda tidak tertimpa. / This workspace already has an LKS profile; the sample was not loaded so your data is not overwritten.');
  }
  writeProfile(ctx, SAMPLE_PROFILE);
  seedSampleRound(ctx);
  return { profile: SAMPLE_PROFILE };
}

export const workspaceHandlers: PartialTable<'app.info' | 'workspace.status' | 'workspace.loadSample'> = {
  'app.info': {
    ...contract['app.info'],
    run: (ctx) => ({ version: ctx.appVersion, workspaceDir: ctx.workspace.dir, schemaVersion: LATEST_SCHEMA_VERSION, transport: ctx.transport }),
  },
  'workspace.status': {
    ...contract['workspace.status'],
    run(ctx) {
      const { profile } = readProfile(ctx);
      return { hasProfile: profile !== null, isSample: profile?.isSample === true };
    },
  },
  'workspace.loadSample': { ...contract['workspace.loadSample'], run: (ctx, input) => loadSample(ctx, input.replace) },
};
