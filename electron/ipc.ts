// Routes the renderer's IPC to the back-end process: one prefixed channel per contract entry plus the upload-chunk
// channel, each refused unless the caller is our app:// frame. The handler table itself runs in the back end
// (backend-process.ts), so nothing here touches the database or the disk.
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { contract } from '../shared/api/contract';
import type { Result } from '../shared/api/result';
import { isAppUrl } from './security';

export const CHANNEL_PREFIX = 'swanilai:';
export const BLOB_CHUNK = 'swanilai-blob:chunk';
/** Main → renderer: the host was asked to open files; the renderer asks app.pendingOpenFiles which ones. */
export const OPEN_FILE_EVENT = 'swanilai-event:open-file';
/** Renderer (preload) → main: files dropped on the window outside any drop zone, as paths Electron resolved. */
export const DROPPED_FILES = 'swanilai-event:dropped-files';

/** What the routes need from the back end: BackendRouter, or an in-process stand-in in tests. */
export interface BackendCalls {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  chunk(uploadId: unknown, offset: unknown, data: unknown): Promise<Result<unknown>>;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown): void;
  removeHandler(channel: string): void;
  on?(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
  removeAllListeners?(channel: string): void;
}

const refused = (origin: string): Result<never> => ({ ok: false, error: { code: 'UNAUTHORIZED', message: `Pemanggil tidak sah / Caller not allowed: ${origin}` } });

/** The frame that sent a message; a subframe or a navigated-away page has another URL and is refused. */
export const senderUrl = (event: { senderFrame?: { url: string } | null }): string => event.senderFrame?.url ?? '';

export function registerRoutes(ipcMain: IpcMainLike, backend: BackendCalls, onDropped?: (paths: string[]) => void): () => void {
  const channels = Object.keys(contract).map((name) => CHANNEL_PREFIX + name);
  for (const channel of channels) {
    const name = channel.slice(CHANNEL_PREFIX.length);
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      const origin = senderUrl(event);
      return isAppUrl(origin) ? backend.call(name, input) : refused(origin);
    });
  }
  // Upload chunks travel as bytes, each at most MAX_CHUNK_BYTES, straight on to the back end (checked there).
  ipcMain.handle(BLOB_CHUNK, async (event, uploadId, offset, data): Promise<Result<unknown>> => {
    const origin = senderUrl(event);
    return isAppUrl(origin) ? backend.chunk(uploadId, offset, data) : refused(origin);
  });
  if (onDropped && ipcMain.on) {
    ipcMain.on(DROPPED_FILES, (event, paths) => {
      if (!isAppUrl(senderUrl(event)) || !Array.isArray(paths)) return;
      const files = paths.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 4096).slice(0, 20);
      if (files.length) onDropped(files);
    });
  }
  return () => {
    [...channels, BLOB_CHUNK].forEach((c) => ipcMain.removeHandler(c));
    ipcMain.removeAllListeners?.(DROPPED_FILES);
  };
}
