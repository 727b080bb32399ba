// The local web host over real HTTP: token, host check, static files, path traversal, body limits.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/transports/web/web-host';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

let host: WebHost;
let t: ReturnType<typeof testWorkspace>;
const staticDir = tempDir();
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
fs.mkdirSync(path.join(staticDir, 'assets'));
fs.writeFileSync(path.join(staticDir, 'assets', 'a.js'), 'console.log(1)');
fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret');

beforeAll(async () => {
  t = testWorkspace();
  host = await startWebHost({ ctx: t.ctx, staticDir, port: 0 });
});
afterAll(async () => { await host.close(); t.ws.close(); });

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${host.port}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': host.token, ...headers }, body: JSON.stringify(body) });

describe('web host', () => {
  it('prints a loopback URL with the token in the fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{20,}$`));
  });

  it('runs handlers with the right token and refuses without it', async () => {
    expect(await (await api('settings.get', {})).json()).toEqual({ ok: true, value: { language: 'id' } });
    const denied = await api('settings.get', {}, { 'x-swanilai-token': 'wrong' });
    expect(denied.status).toBe(401);
    expect((await denied.json()).error.code).toBe('UNAUTHORIZED');
  });

  it('returns the error envelope for bad JSON and bad input', async () => {
    const badJson = await fetch(`http://127.0.0.1:${host.port}/api/profile.save`, { method: 'POST', headers: { 'x-swanilai-token': host.token }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.code).toBe('VALIDATION');
    expect(await (await api('profile.save', { profile: { foundingYear: 'x' } })).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses oversized bodies with TOO_LARGE', async () => {
    const r = await api('profile.save', { profile: { name: 'x'.repeat(6 * 1024 * 1024) } });
    expect(r.status).toBe(413);
  });

  it('serves the renderer, falls back to index.html, never leaves the folder', async () => {
    const base = `http://127.0.0.1:${host.port}`;
    const js = await fetch(`${base}/assets/a.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await (await fetch(`${base}/some/route`)).text()).toContain('<title>app</title>');
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    for (const evil of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const body = await (await fetch(base + evil)).text();
      expect(body).not.toContain('secret');
    }
  });

  it('rejects requests whose Host header is not our loopback origin (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example:80' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    });
    expect(status).toBe(403);
  });
});

describe('web host blob routes', () => {
  it('uploads in binary chunks with the token and serves the file back sandboxed', async () => {
    const base = `http://127.0.0.1:${host.port}`;
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const begin = await (await api('evidence.uploadBegin', { name: 'logo.svg', size: bytes.length, mediaType: 'image/svg+xml' })).json();
    const id = begin.value.uploadId;
    const noToken = await fetch(`${base}/blob/upload/${id}?offset=0`, { method: 'PUT', body: bytes });
    expect(noToken.status).toBe(401);
    const put = await fetch(`${base}/blob/upload/${id}?offset=0`, { method: 'PUT', headers: { 'x-swanilai-token': host.token }, body: bytes });
    expect(await put.json()).toEqual({ ok: true, value: { received: bytes.length } });
    const fin = await (await api('evidence.uploadFinish', { uploadId: id })).json();
    const evidenceId = fin.value.evidence.id;
    // Reads need a short-lived ticket for this one file; the session token is never accepted in a URL.
    expect((await fetch(`${base}/blob/evidence/${evidenceId}`)).status).toBe(403);
    expect((await fetch(`${base}/blob/evidence/${evidenceId}?t=${host.token}`)).status).toBe(403);
    const ticket = async (purpose: string) => base + (await (await api('evidence.ticket', { id: evidenceId, purpose })).json()).value.url;
    const got = await fetch(await ticket('view'));
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect(got.headers.get('content-security-policy')).toContain('sandbox');
    const dl = await fetch(await ticket('download'));
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''logo\.svg$/);
    expect(await (await api('evidence.ticket', { id: 9999 })).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
