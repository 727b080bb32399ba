// Handlers about the workspace as a whole: app info (with what was cleaned up), first-run status and the sample LKS.
import { contract } from '../../../shared/api/contract';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { addCleanup } from '../evidence/sweep';
import { loadSample, sampleState } from '../sample/load';
import type { PartialTable } from './define';

export const workspaceHandlers: PartialTable<'app.info' | 'workspace.status' | 'workspace.loadSample'> = {
  'app.info': {
    ...contract['app.info'],
    run(ctx) {
      const idle = ctx.uploads.timedOut;
      return {
        version: ctx.appVersion, workspaceDir: ctx.workspace.dir, schemaVersion: LATEST_SCHEMA_VERSION, transport: ctx.transport,
        cleanup: addCleanup(ctx.workspace.cleanup, { abandonedUploads: idle.uploads, orphanFiles: 0, freedBytes: idle.bytes }),
      };
    },
  },
  'workspace.status': {
    ...contract['workspace.status'],
    run(ctx) {
      const s = sampleState(ctx);
      return { hasProfile: s.hasProfile, isSample: s.isSample, canLoadSample: s.canLoadSample };
    },
  },
  'workspace.loadSample': { ...contract['workspace.loadSample'], run: (ctx) => loadSample(ctx) },
};
