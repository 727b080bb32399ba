// The one set of evidence transfer limits, shared by Electron IPC, the web host and the upload store.
import { MAX_EVIDENCE_BYTES } from '../../../shared/api/contract-evidence';

import { MAX_DOSSIER_UPLOAD_BYTES } from '../../../shared/api/contract-dossier-upload';

export { MAX_EVIDENCE_BYTES };
/**
 * A received dossier (*.swanilai) is uploaded whole before it is checked. 4 GiB covers a typical LKS's evidence
 * many times over; the reader's own limits (DOSSIER_LIMITS) still apply to what is inside.
 */
export { MAX_DOSSIER_UPLOAD_BYTES };
/** Size of the slices the renderer sends; uploadBegin tells the client. */
export const CHUNK_SIZE = 4 * 1024 * 1024;
/** The largest chunk either transport accepts: exactly what uploadBegin asked for, nothing more. */
export const MAX_CHUNK_BYTES = CHUNK_SIZE;
/**
 * Uploads open at once. The renderer sends one file at a time; the margin covers a few abandoned by closed tabs
 * (each holds an open temp file) while refusing a runaway client that opens them by the hundred.
 */
export const MAX_CONCURRENT_UPLOADS = 8;
/** Desktop previews travel whole over IPC into the renderer's memory, so they stop at this size. */
export const MAX_PREVIEW_BYTES = 200 * 1024 * 1024;
/** How long a read ticket (a browser URL for one evidence file) stays valid. */
export const TICKET_TTL_MS = 60_000;
/** Reads one ticket allows: an <img> or PDF viewer may fetch more than once (reload, range requests). */
export const TICKET_MAX_USES = 16;
