// Binary traffic of the web host: evidence upload chunks (PUT) and evidence file reads (GET), token-guarded.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { AppError } from '../../shared/api/result';
import type { HandlerContext } from './context';
import { CHUNK_SIZE } from './evidence/files';
import { evidenceFile } from './evidence/service';
import { sanitizeFileName } from './evidence/files';

const TOKEN_HEADER = 'x-swanilai-token';

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function fail(res: http.ServerResponse, e: unknown) {
  const err = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: String((e as Error)?.message ?? e) };
  const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'TOO_LARGE' ? 413 : err.code === 'UNAUTHORIZED' ? 401 : 400;
  json(res, status, { ok: false, error: err });
}

function authorised(req: http.IncomingMessage, url: URL, expected: Buffer): boolean {
  // GET links (downloads, previews in <img>) cannot send headers, so a read may carry the token in the query.
  const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? (req.method === 'GET' ? url.searchParams.get('t') ?? '' : '')));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

async function readChunk(req: http.IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > CHUNK_SIZE * 2) throw new AppError('TOO_LARGE', 'potongan terlalu besar / chunk too large');
    parts.push(c as Buffer);
  }
  return Buffer.concat(parts);
}

export async function handleBlob(ctx: HandlerContext, req: http.IncomingMessage, res: http.ServerResponse, rawUrl: string, expected: Buffer) {
  const url = new URL(rawUrl, 'http://127.0.0.1');
  if (!authorised(req, url, expected)) return json(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'token' } });
  try {
    const upload = /^\/blob\/upload\/([0-9a-f]{32})$/.exec(url.pathname);
    if (upload && req.method === 'PUT') {
      const offset = Number(url.searchParams.get('offset'));
      if (!Number.isSafeInteger(offset) || offset < 0) throw new AppError('VALIDATION', 'offset');
      const data = await readChunk(req);
      return json(res, 200, { ok: true, value: ctx.uploads.chunk(upload[1], offset, data) });
    }
    const read = /^\/blob\/evidence\/(\d+)$/.exec(url.pathname);
    if (read && req.method === 'GET') {
      const { file, row } = evidenceFile(ctx, Number(read[1]));
      const download = url.searchParams.get('download') === '1';
      res.writeHead(200, {
        'content-type': download ? 'application/octet-stream' : row.media_type,
        'content-length': String(fs.statSync(file).size),
        'content-disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(sanitizeFileName(row.original_name))}`,
        'x-content-type-options': 'nosniff',
        // A stored file is shown, never run: no scripts even if it is HTML or SVG.
        'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
        'cache-control': 'no-store',
      });
      fs.createReadStream(file).pipe(res);
      return;
    }
    json(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such blob route' } });
  } catch (e) {
    fail(res, e);
  }
}
