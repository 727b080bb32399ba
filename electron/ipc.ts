// Registers the handler table on Electron IPC: one prefixed channel per entry, callers must be our app:// frame.
import type { IpcMainInvokeEvent } from 'electron';
import { AppError, type Result } from '../shared/api/result';
import type { HandlerContext } from './services/context';
import { acceptChunk, readForPreview } from './services/evidence/transfer';
import { dispatch } from './services/dispatch';
import { readDossierEvidenceForPreview } from './services/review/evidence';
import { handlers } from './services/handlers/index';
import { isAppUrl } from './security';

export const CHANNEL_PREFIX = 'swanilai:';
export const BLOB_CHUNK = 'swanilai-blob:chunk';
/** Reads travel as bytes to the app frame only, so no URL (and no token or ticket) exists to leak on the desktop. */
export const BLOB_READ = 'swanilai-blob:read';
/** The same for an evidence file of a received dossier, named by (dossier import id, sha256). */
export const BLOB_READ_DOSSIER = 'swanilai-blob:read-dossier';

function wrap(fn: () => unknown): Result<unknown> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
    return { ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } };
  }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown): void;
  removeHandler(channel: string): void;
}

export function registerHandlers(ipcMain: IpcMainLike, ctx: HandlerContext): () => void {
  const channels = Object.keys(handlers).map((name) => CHANNEL_PREFIX + name);
  for (const channel of channels) {
    const name = channel.slice(CHANNEL_PREFIX.length);
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      const origin = event.senderFrame?.url ?? '';
      if (!isAppUrl(origin)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: `Pemanggil tidak sah / Caller not allowed: ${origin}` } };
      }
      return dispatch({ ...ctx, transport: 'ipc' }, name, input);
    });
  }
  // Binary channels: evidence upload chunks and file reads travel as bytes, not JSON. The checks and limits are
  // transfer.ts's, the same the web host applies.
  const guard = (event: IpcMainInvokeEvent) => isAppUrl(event.senderFrame?.url ?? '');
  const refused: Result<unknown> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'Pemanggil tidak sah / caller not allowed' } };
  ipcMain.handle(BLOB_CHUNK, async (event, uploadId, offset, data): Promise<Result<unknown>> => {
    if (!guard(event)) return refused;
    return wrap(() => acceptChunk(ctx, uploadId, offset, data));
  });
  ipcMain.handle(BLOB_READ, async (event, id): Promise<Result<unknown>> => {
    if (!guard(event)) return refused;
    return wrap(() => readForPreview(ctx, id));
  });
  ipcMain.handle(BLOB_READ_DOSSIER, async (event, dossierImportId, sha256): Promise<Result<unknown>> => {
    if (!guard(event)) return refused;
    return wrap(() => readDossierEvidenceForPreview(ctx, dossierImportId, sha256));
  });
  const all = [...channels, BLOB_CHUNK, BLOB_READ, BLOB_READ_DOSSIER];
  return () => all.forEach((c) => ipcMain.removeHandler(c));
}
