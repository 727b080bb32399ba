// Handlers for files the host was asked to open: list them, dismiss one, import one as a dossier or review file.
import { contract } from '../../../shared/api/contract';
import { importDossier } from '../dossier/import';
import { importReviewFile } from '../review/file';
import type { PartialTable } from './define';

type Names = 'app.pendingOpenFiles' | 'app.dismissPending' | 'dossier.importPending' | 'review.importPending';

export const openFileHandlers: PartialTable<Names> = {
  'app.pendingOpenFiles': { ...contract['app.pendingOpenFiles'], run: (ctx) => ({ files: ctx.openFiles.list() }) },
  'app.dismissPending': { ...contract['app.dismissPending'], run: (ctx, i) => ({ dismissed: ctx.openFiles.dismiss(i.id) }) },
  // The path was named by whoever started the host (OS, command line), not by the caller, so http may import it too.
  'dossier.importPending': {
    ...contract['dossier.importPending'],
    run: async (ctx, i) => {
      const r = await importDossier(ctx, ctx.openFiles.take(i.id, 'dossier'));
      return r.ok
        ? { ok: true, problems: [], imported: { id: r.id, alreadyImported: r.alreadyImported, version: r.version } }
        : { ok: false, problems: r.problems, imported: null };
    },
  },
  'review.importPending': {
    ...contract['review.importPending'],
    run: async (ctx, i) => {
      const r = await importReviewFile(ctx, ctx.openFiles.take(i.id, 'review'));
      return r.ok
        ? { ok: true, problems: [], imported: { id: r.id, alreadyImported: r.alreadyImported, assessmentId: r.assessmentId } }
        : { ok: false, problems: r.problems, imported: null };
    },
  },
};
