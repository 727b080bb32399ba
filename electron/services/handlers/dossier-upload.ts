// Handlers for a dossier received by upload (the web host's way in; the desktop may use it too over IPC chunks).
import { contract } from '../../../shared/api/contract';
import { beginDossierUpload, importUploadedDossier } from '../dossier/upload';
import type { PartialTable } from './define';

type Names = 'dossier.uploadBegin' | 'dossier.importUpload';

export const dossierUploadHandlers: PartialTable<Names> = {
  'dossier.uploadBegin': { ...contract['dossier.uploadBegin'], run: (ctx, i) => beginDossierUpload(ctx, i.name, i.size) },
  'dossier.importUpload': {
    ...contract['dossier.importUpload'],
    run: async (ctx, i) => {
      const r = await importUploadedDossier(ctx, i.uploadId);
      return r.ok
        ? { ok: true, problems: [], imported: { id: r.id, alreadyImported: r.alreadyImported, version: r.version } }
        : { ok: false, problems: r.problems, imported: null };
    },
  },
};
