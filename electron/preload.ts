// Preload: exposes exactly one small API to the sandboxed renderer: invoke a named operation, send an upload chunk,
// and hear that the host was asked to open files. Previews stream over app://swanilai/_blob/ (blob-protocol.ts).
import { contextBridge, ipcRenderer, webUtils } from 'electron';

const NAME = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;
// Kept in step with ipc.ts (a sandboxed preload cannot import it: only 'electron' is available here).
const OPEN_FILE_EVENT = 'swanilai-event:open-file';
const DROPPED_FILES = 'swanilai-event:dropped-files';

contextBridge.exposeInMainWorld('swanilai', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (typeof name !== 'string' || !NAME.test(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_HANDLER', message: 'bad operation name' } });
    }
    return ipcRenderer.invoke(`swanilai:${name}`, input);
  },
  uploadChunk(uploadId: string, offset: number, data: Uint8Array): Promise<unknown> {
    return ipcRenderer.invoke('swanilai-blob:chunk', String(uploadId), Number(offset), data);
  },
  /** Calls back (with nothing: the renderer asks app.pendingOpenFiles) whenever files arrive; returns an unsubscribe. */
  onOpenFile(listener: () => void): () => void {
    const fn = () => listener();
    ipcRenderer.on(OPEN_FILE_EVENT, fn);
    return () => { ipcRenderer.removeListener(OPEN_FILE_EVENT, fn); };
  },
});

// A file dropped on the window outside every drop zone (those call preventDefault) would make Chromium navigate to
// it; instead its path goes to main, which hands it to the import flow. Paths exist only for real dropped files:
// a page cannot forge one.
window.addEventListener('dragover', (e) => { if (!e.defaultPrevented && e.dataTransfer?.types.includes('Files')) e.preventDefault(); });
window.addEventListener('drop', (e) => {
  if (e.defaultPrevented || !e.dataTransfer?.files.length) return;
  e.preventDefault();
  const paths = [...e.dataTransfer.files].map((f) => webUtils.getPathForFile(f)).filter(Boolean);
  if (paths.length) ipcRenderer.send(DROPPED_FILES, paths);
});
