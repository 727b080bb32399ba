// Preload: exposes exactly one small API (invoke a named operation) to the sandboxed renderer.
import { contextBridge, ipcRenderer } from 'electron';

const NAME = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

contextBridge.exposeInMainWorld('swanilai', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (typeof name !== 'string' || !NAME.test(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_HANDLER', message: 'bad operation name' } });
    }
    return ipcRenderer.invoke(`swanilai:${name}`, input);
  },
});
