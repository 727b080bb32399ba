// Evidence bytes over both transports: one set of limits (IPC and HTTP refuse alike), read tickets, broken streams.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOB_CHUNK, registerRoutes } from '../../../electron/ipc';
import { routerOverContext } from '../../helpers/in-process-backend';
import { MAX_CHUNK_BYTES, MAX_CONCURRENT_UPLOADS, MAX_EVIDENCE_BYTES, TICKET_MAX_USES, TICKET_TTL_MS } from '../../../electron/services/evidence/transfer';
import { startWebHost, type WebHost } from '../../../electron/transports/web/web-host';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

let host: WebHost;
let t: ReturnType<typeof testWorkspace>;
let base = '';
const app = { senderFrame: { url: 'app://swanilai/index.html' } };
const ipc = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();

beforeAll(async () => {
  t = testWorkspace();
  host = await startWebHost({ ctx: t.ctx, staticDir: tempDir(), port: 0 });
  base = `http://127.0.0.1:${host.port}`;
  // The desktop's path: IPC → router → back end (in process here, over a MessageChannel).
  registerRoutes({ handle: (c, fn) => { ipc.set(c, fn as never); }, removeHandler: (c) => { ipc.delete(c); } }, await routerOverContext(t.ctx));
});
afterAll(async () => { await host.close(); t.ws.close(); });
afterEach(() => { vi.restoreAllMocks(); t.ctx.now = () => new Date(); });

async function api(name: string, body: unknown) {
  const r = await fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': host.token }, body: JSON.stringify(body) });
  return r.json();
}
const ipcCall = (name: string, input: unknown) => ipc.get(`swanilai:${name}`)!(app, input) as Promise<any>;
const httpChunk = async (uploadId: string, offset: number, data: Uint8Array) =>
  (await fetch(`${base}/blob/upload/${uploadId}?offset=${offset}`, { method: 'PUT', headers: { 'x-swanilai-token': host.token }, body: new Uint8Array(data) })).json();
const ipcChunk = (uploadId: string, offset: number, data: Uint8Array) => ipc.get(BLOB_CHUNK)!(app, uploadId, offset, data) as Promise<any>;

async function store(name: string, bytes: Uint8Array, mediaType: string): Promise<number> {
  const begin = await api('evidence.uploadBegin', { name, size: bytes.length, mediaType });
  expect(await httpChunk(begin.value.uploadId, 0, bytes)).toMatchObject({ ok: true });
  return (await api('evidence.uploadFinish', { uploadId: begin.value.uploadId })).value.evidence.id;
}
async function ticketUrl(id: number, purpose: 'view' | 'download' = 'view'): Promise<string> {
  const r = await api('evidence.ticket', { id, purpose });
  expect(r.ok).toBe(true);
  return new URL(r.value.url, base).href;
}

describe('one set of transfer limits for IPC and the web host', () => {
  const transports = [
    { name: 'ipc', begin: (i: unknown) => ipcCall('evidence.uploadBegin', i), chunk: ipcChunk },
    { name: 'http', begin: (i: unknown) => api('evidence.uploadBegin', i), chunk: httpChunk },
  ];

  it('an oversized chunk is refused with TOO_LARGE on both, and the upload is dropped', async () => {
    const results = [];
    for (const tr of transports) {
      const begin = await tr.begin({ name: 'scan.pdf', size: 3 * MAX_CHUNK_BYTES, mediaType: 'application/pdf' });
      const r = await tr.chunk(begin.value.uploadId, 0, new Uint8Array(MAX_CHUNK_BYTES + 1));
      results.push(r);
      // Nothing half-stored stays behind: the next chunk finds no upload.
      expect(await tr.chunk(begin.value.uploadId, 0, new Uint8Array(10))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(results[1]).toEqual(results[0]);
    expect(t.ctx.uploads.active).toBe(0);
  });

  it('a chunk of exactly the announced chunk size is accepted on both', async () => {
    for (const tr of transports) {
      const begin = await tr.begin({ name: 'full.bin', size: MAX_CHUNK_BYTES, mediaType: '' });
      expect(begin.value.chunkSize).toBe(MAX_CHUNK_BYTES);
      expect(await tr.chunk(begin.value.uploadId, 0, new Uint8Array(MAX_CHUNK_BYTES))).toEqual({ ok: true, value: { received: MAX_CHUNK_BYTES } });
      await api('evidence.uploadCancel', { uploadId: begin.value.uploadId });
    }
  });

  it('a file over the limit, or larger than announced, gets the same refusal on both', async () => {
    const [ipcBig, httpBig] = await Promise.all(transports.map((tr) => tr.begin({ name: 'huge.iso', size: MAX_EVIDENCE_BYTES + 1, mediaType: '' })));
    expect(ipcBig).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(httpBig).toEqual(ipcBig);
    const over = [];
    for (const tr of transports) {
      const begin = await tr.begin({ name: 'small.txt', size: 3, mediaType: 'text/plain' });
      over.push(await tr.chunk(begin.value.uploadId, 0, new Uint8Array(4)));
    }
    expect(over[0]).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(over[1]).toEqual(over[0]);
  });

  it('bad offsets are refused alike', async () => {
    const begin = await api('evidence.uploadBegin', { name: 'x.txt', size: 5, mediaType: 'text/plain' });
    const viaHttp = await (await fetch(`${base}/blob/upload/${begin.value.uploadId}?offset=`, { method: 'PUT', headers: { 'x-swanilai-token': host.token }, body: 'hello' })).json();
    const viaIpc = await ipc.get(BLOB_CHUNK)!(app, begin.value.uploadId, '', new Uint8Array(5));
    expect(viaHttp).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(viaIpc).toEqual(viaHttp);
    await api('evidence.uploadCancel', { uploadId: begin.value.uploadId });
  });

  it(`at most ${MAX_CONCURRENT_UPLOADS} uploads are open at once, whichever transport began them`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < MAX_CONCURRENT_UPLOADS; i++) ids.push((await transports[i % 2].begin({ name: `f${i}.txt`, size: 1, mediaType: '' })).value.uploadId);
    for (const tr of transports) expect(await tr.begin({ name: 'one-more.txt', size: 1, mediaType: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const uploadId of ids) await api('evidence.uploadCancel', { uploadId });
    expect(await api('evidence.uploadBegin', { name: 'now.txt', size: 1, mediaType: '' })).toMatchObject({ ok: true });
  });
});

describe('evidence reads on the web host use short-lived per-file tickets', () => {
  it('a ticket reads its file; the URL carries no session token', async () => {
    const bytes = new TextEncoder().encode('isi akta pendirian');
    const id = await store('akta.txt', bytes, 'text/plain');
    const url = await ticketUrl(id);
    expect(url).not.toContain(host.token);
    expect(new URL(url).searchParams.get('ticket')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const r = await fetch(url);
    expect(r.status).toBe(200);
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(bytes);
    expect(r.headers.get('content-disposition')).toMatch(/^inline;/);
    const dl = await fetch(await ticketUrl(id, 'download'));
    expect(dl.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''akta.txt");
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('the session token in the query, no ticket, a made-up ticket, or a ticket for another file: 403', async () => {
    const a = await store('a.txt', new TextEncoder().encode('file a'), 'text/plain');
    const b = await store('b.txt', new TextEncoder().encode('file b'), 'text/plain');
    const forA = new URL(await ticketUrl(a)).searchParams.get('ticket')!;
    for (const query of [`?t=${host.token}`, `?token=${host.token}`, '', '?ticket=made-up', `?ticket=${forA}&t=${host.token}`]) {
      const r = await fetch(`${base}/blob/evidence/${a}${query}`);
      expect(r.status, query).toBe(403);
      expect((await r.json()).error.code).toBe('UNAUTHORIZED');
    }
    expect((await fetch(`${base}/blob/evidence/${b}?ticket=${forA}`)).status).toBe(403);
    // The refused attempt on another file did not spend the ticket's purpose: it still reads its own file.
    expect((await fetch(`${base}/blob/evidence/${a}?ticket=${forA}`)).status).toBe(200);
  });

  it('a ticket expires after its time and after a few uses', async () => {
    const id = await store('c.txt', new TextEncoder().encode('file c'), 'text/plain');
    const url = await ticketUrl(id);
    const start = Date.now();
    t.ctx.now = () => new Date(start + TICKET_TTL_MS + 1);
    expect((await fetch(url)).status).toBe(403);
    t.ctx.now = () => new Date();
    const again = await ticketUrl(id);
    for (let i = 0; i < TICKET_MAX_USES; i++) expect((await fetch(again)).status).toBe(200);
    expect((await fetch(again)).status).toBe(403);
  });

  it('a removed record takes its tickets along; unknown records get no ticket', async () => {
    const id = await store('d.txt', new TextEncoder().encode('file d'), 'text/plain');
    const url = await ticketUrl(id);
    expect(await api('evidence.remove', { id })).toMatchObject({ ok: true });
    expect((await fetch(url)).status).toBe(403);
    expect(await api('evidence.ticket', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the desktop does not use tickets: it reads over IPC', async () => {
    const id = await store('e.txt', new TextEncoder().encode('file e'), 'text/plain');
    expect(await ipcCall('evidence.ticket', { id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a PDF is shown without the sandbox (Chrome will not run its viewer there), anything else sandboxed', async () => {
    const pdf = await store('laporan.pdf', new TextEncoder().encode('%PDF-1.4 tiny'), 'application/pdf');
    const page = await store('page.html', new TextEncoder().encode('<script>alert(1)</script>'), 'text/html');
    const p = await fetch(await ticketUrl(pdf));
    expect(p.headers.get('content-type')).toBe('application/pdf');
    expect(p.headers.get('x-content-type-options')).toBe('nosniff');
    expect(p.headers.get('content-security-policy')).not.toContain('sandbox');
    const h = await fetch(await ticketUrl(page));
    expect(h.headers.get('content-security-policy')).toContain('sandbox');
    expect(h.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('a read that fails after the response started', () => {
  it('cuts that one response and the host keeps serving', async () => {
    const bytes = new Uint8Array(64 * 1024).fill(7);
    const id = await store('rusak.bin', bytes, 'application/octet-stream');
    const url = await ticketUrl(id);
    // The disk fails mid-file (a pulled USB drive, an I/O error): the first bytes went out, the rest never comes.
    const real = fs.createReadStream;
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce(((p: fs.PathLike, o?: { fd?: number }) => {
      if (o?.fd !== undefined) fs.closeSync(o.fd);
      let sent = false;
      return new Readable({
        read() {
          if (sent) return;
          sent = true;
          this.push(Buffer.alloc(1024, 7));
          setTimeout(() => this.destroy(Object.assign(new Error('i/o error'), { code: 'EIO' })), 50);
        },
      }) as unknown as fs.ReadStream;
    }) as typeof real);
    const r = await fetch(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-length')).toBe(String(bytes.length));
    await expect(r.arrayBuffer()).rejects.toThrow(/terminated|closed/);
    expect(await api('settings.get', {})).toEqual({ ok: true, value: { language: 'id' } });
    const ok = await fetch(await ticketUrl(id));
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(bytes);
  });

  it('fails with 500 and a clear message when the file cannot be read at all', async () => {
    const id = await store('hilang.bin', new Uint8Array([1, 2, 3]), 'application/octet-stream');
    const ev = (await api('evidence.list', {})).value.find((e: { id: number }) => e.id === id);
    const blob = path.join(t.ws.evidenceDir, ev.sha256.slice(0, 2), ev.sha256);
    fs.rmSync(blob);
    fs.mkdirSync(blob);
    const r = await fetch(await ticketUrl(id));
    expect(r.status).toBe(500);
    expect((await r.json()).error.message).toContain('/ the evidence file cannot be read');
    fs.rmdirSync(blob);
  });
});
