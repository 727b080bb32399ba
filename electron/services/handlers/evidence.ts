// Handlers for the evidence locker.
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { openExternal, showInFolder } from '../evidence/open';
import { addLink, finishUpload, getEvidence, listEvidence, removeEvidence, removeLink, updateMeta } from '../evidence/service';
import type { TicketPurpose } from '../evidence/tickets';
import { beginUpload } from '../evidence/transfer';
import type { PartialTable } from './define';

type Names = 'evidence.list' | 'evidence.uploadBegin' | 'evidence.uploadFinish' | 'evidence.uploadCancel' | 'evidence.update' | 'evidence.link'
  | 'evidence.unlink' | 'evidence.remove' | 'evidence.openExternal' | 'evidence.showInFolder' | 'evidence.ticket';

/** The URL is a path on the web host (web-blob.ts serves it); the ticket is the only key it carries. */
function ticket(ctx: HandlerContext, id: number, purpose: TicketPurpose): { url: string; expiresAt: string } {
  if (ctx.transport === 'ipc') {
    throw new AppError('VALIDATION', 'Aplikasi desktop membaca berkas bukti lewat IPC, bukan lewat tiket / the desktop app reads evidence files over IPC, not with tickets');
  }
  getEvidence(ctx, id);
  const t = ctx.tickets.issue(id, purpose, ctx.now());
  return { url: `/blob/evidence/${id}?ticket=${t.ticket}`, expiresAt: t.expiresAt.toISOString() };
}

export const evidenceHandlers: PartialTable<Names> = {
  'evidence.list': { ...contract['evidence.list'], run: (ctx) => listEvidence(ctx) },
  'evidence.uploadBegin': { ...contract['evidence.uploadBegin'], run: (ctx, i) => beginUpload(ctx, i.name, i.size, i.mediaType) },
  'evidence.uploadFinish': { ...contract['evidence.uploadFinish'], run: (ctx, i) => finishUpload(ctx, i.uploadId, i.meta, i.link) },
  'evidence.uploadCancel': { ...contract['evidence.uploadCancel'], run: (ctx, i) => ({ cancelled: ctx.uploads.cancel(i.uploadId) }) },
  'evidence.update': { ...contract['evidence.update'], run: (ctx, i) => updateMeta(ctx, i.id, i.meta) },
  'evidence.link': { ...contract['evidence.link'], run: (ctx, i) => addLink(ctx, i.evidenceId, i.link) },
  'evidence.unlink': { ...contract['evidence.unlink'], run: (ctx, i) => removeLink(ctx, i.evidenceId, i.link) },
  'evidence.remove': { ...contract['evidence.remove'], run: (ctx, i) => { const r = removeEvidence(ctx, i.id, i.force); ctx.tickets.revokeFile(i.id); return r; } },
  'evidence.openExternal': { ...contract['evidence.openExternal'], run: (ctx, i) => openExternal(ctx, i.id) },
  'evidence.showInFolder': { ...contract['evidence.showInFolder'], run: (ctx, i) => showInFolder(ctx, i.id) },
  'evidence.ticket': { ...contract['evidence.ticket'], run: (ctx, i) => ticket(ctx, i.id, i.purpose) },
};
