// Handlers for the mentor's portfolio (list, manual edits, list import with preview) and the regional summary.
// List files travel as base64 inside the call (≤ 3.5 MiB, within the web host's 5 MiB JSON limit), so preview and
// commit need no upload state between them.
import { contract } from '../../../shared/api/contract';
import { syncDossiers } from '../mentor/from-dossier';
import { commitList, decodeUpload, previewList } from '../mentor/import';
import { addLks, listPortfolio, removeLks, updateLks } from '../mentor/portfolio';
import { regionalSummary } from '../mentor/summary';
import type { PartialTable } from './define';

type Names = 'portfolio.list' | 'portfolio.add' | 'portfolio.update' | 'portfolio.remove' | 'portfolio.importPreview' | 'portfolio.importCommit' | 'portfolio.fromDossiers' | 'summary.get';

export const mentorHandlers: PartialTable<Names> = {
  'portfolio.list': { ...contract['portfolio.list'], run: (ctx) => listPortfolio(ctx) },
  'portfolio.add': { ...contract['portfolio.add'], run: (ctx, i) => addLks(ctx, i) },
  'portfolio.update': { ...contract['portfolio.update'], run: (ctx, { id, ...f }) => updateLks(ctx, id, f) },
  'portfolio.remove': { ...contract['portfolio.remove'], run: (ctx, i) => removeLks(ctx, i.id) },
  'portfolio.importPreview': { ...contract['portfolio.importPreview'], run: (ctx, i) => previewList(ctx, decodeUpload(i.fileName, i.base64)) },
  'portfolio.importCommit': { ...contract['portfolio.importCommit'], run: (ctx, i) => commitList(ctx, decodeUpload(i.fileName, i.base64)) },
  'portfolio.fromDossiers': { ...contract['portfolio.fromDossiers'], run: (ctx) => syncDossiers(ctx) },
  'summary.get': { ...contract['summary.get'], run: (ctx, i) => regionalSummary(ctx, i) },
};
