// Binary traffic of the web host: evidence upload chunks (PUT, session token header), evidence, received-dossier evidence and dossier reads (GET, ticket).
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../../services/context';
import { exportJobs } from '../../services/dossier/export-jobs';
import { sanitizeFileName } from '../../services/evidence/files';
import { acceptChunk, MAX_CHUNK_BYTES, openEvidence, parseUploadId, readError, refuseOversizedChunk, type OpenedEvidence } from '../../services/evidence/transfer';
import { dossierTicketKey, openDossierEvidence } from '../../services/review/evidence';
import { storageError } from '../../services/storage-errors';

const TOKEN_HEADER = 'x-swanilai-token';
/** An oversized chunk is drained up to this much (so the client reads our 413), then the connection is cut. */
const DRAIN_LIMIT = 4 * MAX_CHUNK_BYTES;

const STATUS: Record<string, number> = { NOT_FOUND: 404, TOO_LARGE: 413, UNAUTHORIZED: 401, CONFLICT: 409, INTERNAL: 500, DISK_FULL: 507, READ_ONLY: 507 };

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function fail(res: http.ServerResponse, e: unknown) {
  // A chunk that hit a full disk or a read-only folder says so (dispatch.ts does the same for handlers).
  e = storageError(e) ?? e;
  const err = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: String((e as Error)?.message ?? e) };
  json(res, STATUS[err.code] ?? 400, { ok: false, error: err });
}

function forbidden(res: http.ServerResponse, message: string) {
  json(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message } });
}

function hasSessionToken(req: http.IncomingMessage, expected: Buffer): boolean {
  const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Reads one chunk body; past MAX_CHUNK_BYTES it keeps nothing and gives up (drained or cut) with the shared refusal. */
async function readChunk(ctx: HandlerContext, uploadId: string, req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size <= MAX_CHUNK_BYTES) parts.push(c as Buffer);
    else if (size > DRAIN_LIMIT) break;
  }
  if (size > MAX_CHUNK_BYTES || declared > MAX_CHUNK_BYTES) refuseOversizedChunk(ctx, uploadId);
  return Buffer.concat(parts);
}

/** Inline responses may show a file, never run it: scripts are off even if it is HTML or SVG. */
const SANDBOXED = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
/**
 * Chrome refuses to start its PDF viewer in a sandboxed document, so a PDF gets no sandbox. It is served as
 * exactly application/pdf with nosniff, so the browser renders it as a PDF or not at all, never as a page.
 */
const PDF_VIEW = "frame-ancestors 'self'";
const MEDIA_TYPE = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/i;

/** Serves an opened stored file: an evidence-locker file, or a received dossier's (both live in the same store). */
function serveEvidence(res: http.ServerResponse, f: OpenedEvidence, download: boolean) {
  const type = MEDIA_TYPE.test(f.mediaType) ? f.mediaType.toLowerCase() : 'application/octet-stream';
  const pdf = !download && type === 'application/pdf';
  // Headers are set, not written, so a stream that fails before its first byte still gets a proper error response.
  res.statusCode = 200;
  res.setHeader('content-type', download ? 'application/octet-stream' : type);
  res.setHeader('content-length', String(f.size));
  res.setHeader('content-disposition', `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(sanitizeFileName(f.originalName))}`);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', pdf ? PDF_VIEW : SANDBOXED);
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cache-control', 'no-store');
  const stream = fs.createReadStream('', { fd: f.fd, autoClose: true });
  stream.on('error', (e) => {
    // A failed disk read must cost one response, never the host (an unhandled stream error ends the process).
    if (!res.headersSent) {
      for (const h of res.getHeaderNames()) res.removeHeader(h);
      fail(res, readError(e, f.originalName));
    } else {
      res.destroy(e);
    }
  });
  // A client that goes away stops the read and frees the descriptor.
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/** A finished dossier, always as an attachment: the browser saves it and never tries to show it. */
function serveExport(res: http.ServerResponse, file: string, fileName: string) {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return fail(res, new AppError('NOT_FOUND', 'Berkas hasil ekspor sudah tidak ada di folder exports/; ekspor lagi / the exported file is no longer in exports/; export again'));
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'application/octet-stream');
  res.setHeader('content-length', String(fs.fstatSync(fd).size));
  res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', SANDBOXED);
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cache-control', 'no-store');
  const stream = fs.createReadStream('', { fd, autoClose: true });
  stream.on('error', (e) => res.destroy(e));
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

export async function handleBlob(ctx: HandlerContext, req: http.IncomingMessage, res: http.ServerResponse, rawUrl: string, expected: Buffer) {
  const url = new URL(rawUrl, 'http://127.0.0.1');
  try {
    const upload = /^\/blob\/upload\/([^/]+)$/.exec(url.pathname);
    if (upload && req.method === 'PUT') {
      if (!hasSessionToken(req, expected)) return json(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Token tidak valid / invalid token' } });
      const uploadId = parseUploadId(upload[1]);
      const data = await readChunk(ctx, uploadId, req);
      return json(res, 200, { ok: true, value: acceptChunk(ctx, uploadId, url.searchParams.get('offset') ?? '', data) });
    }
    const read = /^\/blob\/evidence\/(\d{1,15})$/.exec(url.pathname);
    if (read && req.method === 'GET') {
      // The session token runs the whole API; it never belongs in a URL, so a URL carrying it is refused outright.
      if (url.searchParams.has('t') || url.searchParams.has('token')) return forbidden(res, 'Token sesi tidak diterima di alamat; minta tiket baru / session token not accepted in a URL; ask for a ticket');
      const id = Number(read[1]);
      const purpose = ctx.tickets.redeem(url.searchParams.get('ticket') ?? '', id, ctx.now());
      if (!purpose) return forbidden(res, 'Tiket tidak berlaku (kedaluwarsa atau untuk berkas lain); buka lagi pratinjau / ticket not valid (expired or for another file); open the preview again');
      return serveEvidence(res, openEvidence(ctx, id), purpose === 'download');
    }
    const received = /^\/blob\/dossier-evidence\/(\d{1,15})\/([0-9a-f]{64})$/.exec(url.pathname);
    if (received && req.method === 'GET') {
      if (url.searchParams.has('t') || url.searchParams.has('token')) return forbidden(res, 'Token sesi tidak diterima di alamat; minta tiket baru / session token not accepted in a URL; ask for a ticket');
      const id = Number(received[1]);
      const purpose = ctx.tickets.redeem(url.searchParams.get('ticket') ?? '', dossierTicketKey(id, received[2]), ctx.now());
      if (!purpose) return forbidden(res, 'Tiket tidak berlaku (kedaluwarsa atau untuk berkas lain); buka lagi pratinjau / ticket not valid (expired or for another file); open the preview again');
      return serveEvidence(res, openDossierEvidence(ctx, id, received[2]), purpose === 'download');
    }
    const dossier = /^\/blob\/dossier-export\/([A-Za-z0-9_-]{8,64})$/.exec(url.pathname);
    if (dossier && req.method === 'GET') {
      const file = exportJobs(ctx).redeem(dossier[1], url.searchParams.get('ticket') ?? '', ctx.now());
      if (!file) return forbidden(res, 'Tiket unduhan tidak berlaku (kedaluwarsa atau sudah dipakai); klik Unduh lagi / download ticket not valid (expired or used); click Download again');
      return serveExport(res, file.path, file.fileName);
    }
    json(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Alamat tidak dikenal / no such blob route' } });
  } catch (e) {
    if (!res.headersSent) fail(res, e);
    else res.destroy();
  }
}
