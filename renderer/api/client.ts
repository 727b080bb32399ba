// The typed client over the back end: uses Electron's preload bridge when present, else the local web host.
import type { HandlerName, InputOf, OutputOf } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/result';

interface Bridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  uploadChunk(uploadId: string, offset: number, data: Uint8Array): Promise<Result<unknown>>;
  /** Called when the host was asked to open files (double-click, drop); then ask app.pendingOpenFiles. */
  onOpenFile?(listener: () => void): () => void;
}
declare global { interface Window { swanilai?: Bridge } }

const TOKEN_KEY = 'swanilai.token';

/** The web host prints a URL with #token=...; keep it for this tab so reloads and routes keep working. */
export function takeTokenFromUrl(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

export class ApiFailure extends Error {
  constructor(public readonly error: ApiError) {
    super(error.message);
  }
}

async function overHttp(name: string, input: unknown, keepalive = false): Promise<Result<unknown>> {
  try {
    const res = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-swanilai-token': token() },
      body: JSON.stringify(input ?? {}),
      keepalive,
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tidak terhubung ke Swanilai (server lokal berhenti?) / Not connected to Swanilai (local server stopped?)' } };
  }
}

export async function callResult<N extends HandlerName>(name: N, input: InputOf<N>, opts: { keepalive?: boolean } = {}): Promise<Result<OutputOf<N>>> {
  const r = window.swanilai ? await window.swanilai.invoke(name, input) : await overHttp(name, input, opts.keepalive);
  return r as Result<OutputOf<N>>;
}

/** Calls a handler and throws ApiFailure on {ok:false}. */
export async function call<N extends HandlerName>(name: N, input: InputOf<N>, opts: { keepalive?: boolean } = {}): Promise<OutputOf<N>> {
  const r = await callResult(name, input, opts);
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

function token(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export interface UploadProgress { sent: number; total: number }

/**
 * Sends a file in chunks (File.slice reads lazily, so a 1 GB file never sits in memory) and reports progress.
 * Returns the upload id to pass to evidence.uploadFinish; cancels the upload on failure or abort.
 */
export async function uploadFile(
  file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal,
  /** Starts the upload; evidence by default, dossier.uploadBegin for a received dossier (same chunks, same channel). */
  begin: () => Promise<{ uploadId: string; chunkSize: number }> = () => call('evidence.uploadBegin', { name: file.name, size: file.size, mediaType: file.type }),
): Promise<string> {
  const { uploadId, chunkSize } = await begin();
  try {
    let offset = 0;
    onProgress({ sent: 0, total: file.size });
    while (offset < file.size) {
      if (signal?.aborted) throw new ApiFailure({ code: 'CONFLICT', message: 'Dibatalkan / cancelled' });
      const part = file.slice(offset, offset + chunkSize);
      // The web path streams the Blob slice as the body; copying it into an array first stalls the page.
      const r = window.swanilai
        ? await window.swanilai.uploadChunk(uploadId, offset, new Uint8Array(await part.arrayBuffer()))
        : ((await (await fetch(`./blob/upload/${uploadId}?offset=${offset}`, { method: 'PUT', headers: { 'x-swanilai-token': token() }, body: part })).json()) as Result<unknown>);
      if (!r.ok) throw new ApiFailure(r.error);
      offset += part.size;
      onProgress({ sent: offset, total: file.size });
    }
    return uploadId;
  } catch (e) {
    void callResult('evidence.uploadCancel', { uploadId });
    throw e;
  }
}

/**
 * A URL the renderer can show (img src, iframe) for a stored evidence file. The desktop streams it from the back
 * end over app://swanilai/_blob/ (electron/blob-protocol.ts); the browser gets a short-lived ticket URL for this
 * one file (never the session token).
 */
export async function evidenceUrl(id: number): Promise<string> {
  if (window.swanilai) return `/_blob/evidence/${id}`;
  return (await call('evidence.ticket', { id, purpose: 'view' })).url;
}

/** The same for an evidence file of a received dossier (the assessor's review), named by dossier and sha256. */
export async function dossierEvidenceUrl(dossierImportId: number, sha256: string): Promise<string> {
  if (window.swanilai) return `/_blob/dossier-evidence/${dossierImportId}/${sha256}`;
  return (await call('review.evidenceTicket', { dossierImportId, sha256, purpose: 'view' })).url;
}

/** Downloads a received dossier's evidence file in the browser (the desktop shows it in its folder instead). */
export async function downloadDossierEvidence(dossierImportId: number, sha256: string, fileName: string): Promise<void> {
  const { url } = await call('review.evidenceTicket', { dossierImportId, sha256, purpose: 'download' });
  clickDownload(url, fileName);
}

/** Browsers can download a stored file; the desktop opens it (evidence.openExternal) or shows it in its folder. */
export const canDownloadEvidence = (): boolean => !window.swanilai;

/** Downloads a stored file in the browser; the ticket is asked for on click, so it cannot have expired meanwhile. */
export async function downloadEvidence(id: number, fileName: string): Promise<void> {
  const { url } = await call('evidence.ticket', { id, purpose: 'download' });
  clickDownload(url, fileName);
}

/** Starts the browser's download of a URL under a file name. */
function clickDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Saves bytes the back end produced (e.g. a DOCX) through the browser's download. */
export function saveBase64(fileName: string, base64: string, mediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  clickDownload(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
