// Registers the handler table on Electron IPC: one prefixed channel per entry, callers must be our app:// frame.
import type { IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import { AppError, type Result } from '../shared/api/result';
import { evidenceFile } from './services/evidence/service';
import type { HandlerContext } from './services/context';
import { dispatch } from './services/dispatch';
import { handlers } from './services/handlers/index';
import { isAppUrl } from './security';

export const CHANNEL_PREFIX = 'swanilai:';
export const BLOB_CHUNK = 'swanilai-blob:chunk';
export const BLOB_READ = 'swanilai-blob:read';
/** Previews load the whole file into the renderer, so they stop at this size. */
export const MAX_PREVIEW_BYTES = 200 * 1024 * 1024;

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
  // Binary channels: evidence upload chunks and file reads travel as bytes, not JSON.
  const guard = (event: IpcMainInvokeEvent) => isAppUrl(event.senderFrame?.url ?? '');
  ipcMain.handle(BLOB_CHUNK, async (event, uploadId, offset, data): Promise<Result<unknown>> => {
    if (!guard(event)) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'caller not allowed' } };
    return wrap(() => {
      if (typeof uploadId !== 'string' || !Number.isSafeInteger(offset) || !(data instanceof Uint8Array)) throw new AppError('VALIDATION', 'bad chunk');
      return ctx.uploads.chunk(uploadId, offset as number, data);
    });
  });
  ipcMain.handle(BLOB_READ, async (event, id): Promise<Result<unknown>> => {
    if (!guard(event)) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'caller not allowed' } };
    return wrap(() => {
      if (!Number.isSafeInteger(id)) throw new AppError('VALIDATION', 'bad id');
      const { file, row } = evidenceFile(ctx, id as number);
      if (row.size > MAX_PREVIEW_BYTES) throw new AppError('TOO_LARGE', 'Berkas terlalu besar untuk pratinjau; buka dengan aplikasi lain / too large to preview');
      return { mediaType: row.media_type, data: new Uint8Array(fs.readFileSync(file)) };
    });
  });
  const all = [...channels, BLOB_CHUNK, BLOB_READ];
  return () => all.forEach((c) => ipcMain.removeHandler(c));
}
