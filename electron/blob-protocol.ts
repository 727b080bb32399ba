// Evidence previews on the desktop: app://swanilai/_blob/... streams a stored file from the back end, a slice at a
// time, into the renderer's <img>/<iframe>. No process holds the whole file, and no URL leaves the app's origin.
import type { ReadKind } from './backend-channel';
import type { Result } from '../shared/api/result';

export const BLOB_PATH = '/_blob/';

export interface BlobReader {
  read(what: ReadKind, args: unknown[]): Promise<Result<{ mediaType: string; size: number; stream: ReadableStream<Uint8Array> }>>;
}

const STATUS: Record<string, number> = { NOT_FOUND: 404, VALIDATION: 400, TOO_LARGE: 413, UNAUTHORIZED: 403 };

/** /_blob/evidence/<id> or /_blob/dossier-evidence/<dossierImportId>/<sha256>; anything else is null. */
export function parseBlobPath(pathname: string): { what: ReadKind; args: unknown[] } | null {
  let m = /^\/_blob\/evidence\/(\d{1,15})$/.exec(pathname);
  if (m) return { what: 'evidence', args: [Number(m[1])] };
  m = /^\/_blob\/dossier-evidence\/(\d{1,15})\/([0-9a-f]{64})$/.exec(pathname);
  if (m) return { what: 'dossierEvidence', args: [Number(m[1]), m[2]] };
  return null;
}

export async function blobResponse(reader: BlobReader, pathname: string): Promise<Response> {
  const target = parseBlobPath(pathname);
  if (!target) return new Response('not found', { status: 404 });
  const r = await reader.read(target.what, target.args);
  if (!r.ok) return new Response(r.error.message, { status: STATUS[r.error.code] ?? 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(r.value.stream, {
    headers: { 'content-type': r.value.mediaType || 'application/octet-stream', 'content-length': String(r.value.size), 'x-content-type-options': 'nosniff' },
  });
}

/** The renderer's URL for a stored file (relative to the app:// page). */
export const evidenceBlobPath = (id: number) => `${BLOB_PATH}evidence/${id}`;
export const dossierEvidenceBlobPath = (dossierImportId: number, sha256: string) => `${BLOB_PATH}dossier-evidence/${dossierImportId}/${sha256}`;
