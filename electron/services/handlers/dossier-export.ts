// Handlers for sending a round to BALKS: the workspace key, the pre-export check, the export itself.
import { contract } from '../../../shared/api/contract';
import { gatherRound } from '../dossier/manifest-build';
import { exportDossier } from '../dossier/export';
import { defaultExportPath } from '../dossier/export-target';
import { workspaceKey } from '../dossier/keys';
import type { PartialTable } from './define';
import { readSettings } from './settings';

export const dossierExportHandlers: PartialTable<'workspace.key' | 'dossier.precheck' | 'dossier.export'> = {
  'workspace.key': {
    ...contract['workspace.key'],
    run(ctx) {
      const key = workspaceKey(ctx);
      return { fingerprint: key.fingerprint, publicKey: key.publicKeyBase64 };
    },
  },
  'dossier.precheck': { ...contract['dossier.precheck'], run: (ctx, i) => gatherRound(ctx, i.roundId).findings },
  'dossier.export': {
    ...contract['dossier.export'],
    async run(ctx, i) {
      const out = i.out ?? defaultExportPath(ctx);
      const r = await exportDossier(ctx, { roundId: i.roundId, out, language: i.language ?? readSettings(ctx).language });
      return { path: r.path, size: r.size, sha256: r.sha256, findings: r.findings };
    },
  },
};
