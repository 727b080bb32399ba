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
  uploadChunk(uploadId: string, offset: number, data: Uint8Array): Promise<unknown> {
    return ipcRenderer.invoke('swanilai-blob:chunk', String(uploadId), Number(offset), data);
  },
  readEvidence(id: number): Promise<unknown> {
    return ipcRenderer.invoke('swanilai-blob:read', Number(id));
  },
  readDossierEvidence(dossierImportId: number, sha256: string): Promise<unknown> {
    return ipcRenderer.invoke('swanilai-blob:read-dossier', Number(dossierImportId), String(sha256));
  },
});
