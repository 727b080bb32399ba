// Local web host: serves the built renderer and the handler table over HTTP on 127.0.0.1, guarded by a token.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from '../../services/context';
import { dispatch } from '../../services/dispatch';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { contentTypeOf, resolveStaticFile } from './static-files';
import { handleBlob } from './web-blob';

export const TOKEN_HEADER = 'x-swanilai-token';
const MAX_JSON_BYTES = 5 * 1024 * 1024;

export interface WebHost { url: string; port: number; token: string; close(): Promise<void> }

export interface WebHostOptions { ctx: HandlerContext; staticDir: string; port?: number; token?: string }

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string) {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/** Reads a JSON body; past the limit it keeps draining (so the client gets our 413) but stores nothing. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => (size > limit ? reject(Object.assign(new Error('too large'), { code: 'TOO_LARGE' })) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse) {
  const file = resolveStaticFile(staticDir, urlPath);
  if (!file) return send(res, 400, 'bad path', 'text/plain');
  if (!fs.existsSync(file)) return send(res, 500, 'Renderer belum dibangun / renderer not built: run npm run build', 'text/plain; charset=utf-8');
  send(res, 200, fs.readFileSync(file), contentTypeOf(file));
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  let port = 0;
  const server = http.createServer(async (req, res) => {
    // Only our own origin: blocks DNS rebinding (a foreign Host header) as well as other local pages.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendError(res, 403, 'UNAUTHORIZED', 'bad host');
    const url = req.url ?? '/';
    if (url.startsWith('/blob/')) return handleBlob(opts.ctx, req, res, url, expected);
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'VALIDATION', 'method not allowed');
      return serveStatic(opts.staticDir, url, res);
    }
    if (req.method !== 'POST') return sendError(res, 405, 'VALIDATION', 'method not allowed');
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      return sendError(res, 401, 'UNAUTHORIZED', 'Token tidak valid; buka alamat lengkap yang dicetak saat server dimulai. / Invalid token; open the full URL printed at start.');
    }
    const name = url.slice('/api/'.length).split('?')[0];
    let input: unknown;
    try {
      const body = await readBody(req, MAX_JSON_BYTES);
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (e) {
      if ((e as { code?: string }).code === 'TOO_LARGE') return sendError(res, 413, 'TOO_LARGE', 'Permintaan terlalu besar / Request too large');
      return sendError(res, 400, 'VALIDATION', 'JSON tidak valid / Invalid JSON');
    }
    const result = await dispatch({ ...opts.ctx, transport: 'http' }, name, input);
    send(res, 200, JSON.stringify(result));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
