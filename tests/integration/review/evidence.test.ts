// A received dossier's evidence read by (dossier, sha256): tickets on the web host, bytes over IPC, only files the dossier lists.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobResponse, dossierEvidenceBlobPath } from '../../../electron/blob-protocol';
import { routerOverContext } from '../../helpers/in-process-backend';
import { importDossier } from '../../../electron/services/dossier/import';
import { startWebHost, type WebHost } from '../../../electron/transports/web/web-host';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier } from '../dossier/build-dossier';

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const PDF = Buffer.from('%PDF-1.4 akta notaris\n');
const OTHER = Buffer.from('bukti dossier lain / another dossier\'s evidence');

let host: WebHost;
let t: ReturnType<typeof testWorkspace>;
let first: number;
let second: number;

beforeAll(async () => {
  t = testWorkspace();
  const a = await importDossier(t.ctx, (await buildDossier(() => {}, { evidence: [PDF] })).file);
  const b = await importDossier(t.ctx, (await buildDossier(() => {}, { evidence: [OTHER] })).file);
  if (!a.ok || !b.ok) throw new Error('import failed');
  first = a.id;
  second = b.id;
  host = await startWebHost({ ctx: t.ctx, staticDir: tempDir(), port: 0 });
});
afterAll(async () => { await host.close(); t.ws.close(); });

const api = (name: string, body: unknown) =>
  fetch(`http://127.0.0.1:${host.port}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': host.token }, body: JSON.stringify(body) });

describe('review.evidenceTicket and /blob/dossier-evidence', () => {
  it('serves a listed file inline or as a download with a ticket, and nothing without one', async () => {
    const base = `http://127.0.0.1:${host.port}`;
    const ticket = async (purpose: string) => (await (await api('review.evidenceTicket', { dossierImportId: first, sha256: sha(PDF), purpose })).json()).value.url as string;
    const view = await fetch(base + await ticket('view'));
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('application/pdf');
    expect(view.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(Buffer.from(await view.arrayBuffer())).toEqual(PDF);
    const dl = await fetch(base + await ticket('download'));
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await fetch(`${base}/blob/dossier-evidence/${first}/${sha(PDF)}`)).status).toBe(403);
    expect((await fetch(`${base}/blob/dossier-evidence/${first}/${sha(PDF)}?token=${host.token}`)).status).toBe(403);
  });

  it('refuses a sha256 the dossier does not list, even when the store holds it for another dossier', async () => {
    expect(await (await api('review.evidenceTicket', { dossierImportId: first, sha256: sha(OTHER) })).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await (await api('review.evidenceTicket', { dossierImportId: 999, sha256: sha(PDF) })).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await (await api('review.evidenceTicket', { dossierImportId: first, sha256: '../../etc/passwd' })).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A ticket for one dossier's file does not open the same path under another dossier id.
    const url = (await (await api('review.evidenceTicket', { dossierImportId: second, sha256: sha(OTHER) })).json()).value.url as string;
    const swapped = url.replace(`/dossier-evidence/${second}/`, `/dossier-evidence/${first}/`);
    expect((await fetch(`http://127.0.0.1:${host.port}${swapped}`)).status).toBe(403);
  });

  it('an evidence-locker ticket never opens a dossier file', async () => {
    const r = await (await api('review.evidenceTicket', { dossierImportId: first, sha256: sha(PDF) })).json();
    const ticket = new URL(r.value.url, 'http://x').searchParams.get('ticket');
    expect((await fetch(`http://127.0.0.1:${host.port}/blob/evidence/1?ticket=${ticket}`)).status).toBe(403);
  });

  it('the desktop streams the bytes from the back end over app://swanilai/_blob/ with the same check', async () => {
    const router = await routerOverContext(t.ctx);
    const read = await blobResponse(router, dossierEvidenceBlobPath(first, sha(PDF)));
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await read.arrayBuffer())).toEqual(PDF);
    expect((await blobResponse(router, dossierEvidenceBlobPath(first, sha(OTHER)))).status).toBe(404);
    expect((await blobResponse(router, `/_blob/dossier-evidence/x/${sha(PDF)}`)).status).toBe(404);
    expect((await blobResponse(router, dossierEvidenceBlobPath(999, sha(PDF)))).status).toBe(404);
  });

  it('show in folder copies the file out under its name', async () => {
    const r = await (await api('review.evidenceShowInFolder', { dossierImportId: first, sha256: sha(PDF) })).json();
    expect(r).toMatchObject({ ok: true, value: { shown: false } });
    expect(r.value.path).toMatch(/\.pdf$|[^/]+$/);
  });
});
