// Handlers for the evidence locker.
import { contract } from '../../../shared/api/contract';
import { addLink, finishUpload, listEvidence, openExternal, removeEvidence, removeLink, updateMeta } from '../evidence/service';
import type { PartialTable } from './define';

type Names = 'evidence.list' | 'evidence.uploadBegin' | 'evidence.uploadFinish' | 'evidence.uploadCancel' | 'evidence.update' | 'evidence.link' | 'evidence.unlink' | 'evidence.remove' | 'evidence.openExternal';

export const evidenceHandlers: PartialTable<Names> = {
  'evidence.list': { ...contract['evidence.list'], run: (ctx) => listEvidence(ctx) },
  'evidence.uploadBegin': { ...contract['evidence.uploadBegin'], run: (ctx, i) => ctx.uploads.begin(i.name, i.size, i.mediaType) },
  'evidence.uploadFinish': { ...contract['evidence.uploadFinish'], run: (ctx, i) => finishUpload(ctx, i.uploadId, i.meta, i.link) },
  'evidence.uploadCancel': { ...contract['evidence.uploadCancel'], run: (ctx, i) => ({ cancelled: ctx.uploads.cancel(i.uploadId) }) },
  'evidence.update': { ...contract['evidence.update'], run: (ctx, i) => updateMeta(ctx, i.id, i.meta) },
  'evidence.link': { ...contract['evidence.link'], run: (ctx, i) => addLink(ctx, i.evidenceId, i.link) },
  'evidence.unlink': { ...contract['evidence.unlink'], run: (ctx, i) => removeLink(ctx, i.evidenceId, i.link) },
  'evidence.remove': { ...contract['evidence.remove'], run: (ctx, i) => removeEvidence(ctx, i.id, i.force) },
  'evidence.openExternal': { ...contract['evidence.openExternal'], run: (ctx, i) => openExternal(ctx, i.id) },
};
