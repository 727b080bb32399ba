// Registers the handler table on Electron IPC: one prefixed channel per entry, callers must be our app:// frame.
import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/api/result';
import type { HandlerContext } from './services/context';
import { dispatch } from './services/dispatch';
import { handlers } from './services/handlers/index';
import { isAppUrl } from './security';

export const CHANNEL_PREFIX = 'swanilai:';

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
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
