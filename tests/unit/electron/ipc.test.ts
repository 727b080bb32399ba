// IPC routes against a fake ipcMain and the real router + back end (in process): one channel per contract entry,
// sender frame checked before anything reaches the back end, streamed previews, files to open from argv and drops.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOB_CHUNK, CHANNEL_PREFIX, DROPPED_FILES, registerRoutes } from '../../../electron/ipc';
import { blobResponse, evidenceBlobPath, parseBlobPath } from '../../../electron/blob-protocol';
import { filesFromArgv, workspaceFromArgv } from '../../../electron/open-file-args';
import { OpenFileRouting } from '../../../electron/open-file-routing';
import { contract } from '../../../shared/api/contract';
import { appFileResponse } from '../../../electron/protocol';
import { routerOverContext } from '../../helpers/in-process-backend';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

function fakeIpcMain() {
  const map = new Map<string, (event: any, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, (event: any, ...args: unknown[]) => void>();
  return {
    map, listeners,
    handle: (c: string, fn: any) => { map.set(c, fn); }, removeHandler: (c: string) => { map.delete(c); },
    on: (c: string, fn: any) => { listeners.set(c, fn); }, removeAllListeners: (c: string) => { listeners.delete(c); },
  };
}

async function routed() {
  const t = testWorkspace();
  const ipc = fakeIpcMain();
  const router = await routerOverContext(t.ctx);
  const dropped: string[][] = [];
  const off = registerRoutes(ipc, router, (paths) => dropped.push(paths));
  return { t, ipc, router, off, dropped };
}

const app = { senderFrame: { url: 'app://swanilai/index.html' } };
const foreignFrames = [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }, { senderFrame: { url: 'file:///tmp/x.html' } }, { senderFrame: { url: 'app://other/index.html' } }];

describe('ipc routes to the back end', () => {
  it('registers one prefixed channel per contract entry plus the chunk channel, and can unregister them', async () => {
    const { t, ipc, off } = await routed();
    expect([...ipc.map.keys()].sort()).toEqual([...Object.keys(contract).map((n) => CHANNEL_PREFIX + n), BLOB_CHUNK].sort());
    expect([...ipc.listeners.keys()]).toEqual([DROPPED_FILES]);
    off();
    expect(ipc.map.size + ipc.listeners.size).toBe(0);
    t.ws.close();
  });

  it('answers calls from the app frame and refuses every other frame without reaching the back end', async () => {
    const { t, ipc } = await routed();
    expect(await ipc.map.get('swanilai:settings.get')!(app, {})).toEqual({ ok: true, value: { language: 'id' } });
    expect(await ipc.map.get('swanilai:settings.set')!(app, { language: 'xx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    for (const frame of foreignFrames) {
      expect(await ipc.map.get('swanilai:settings.set')!(frame, { language: 'en' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(await ipc.map.get(BLOB_CHUNK)!(frame, '0'.repeat(32), 0, new Uint8Array(1))).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      ipc.listeners.get(DROPPED_FILES)!(frame, ['/etc/passwd']);
    }
    expect(await ipc.map.get('swanilai:settings.get')!(app, {})).toEqual({ ok: true, value: { language: 'id' } });
    t.ws.close();
  });

  it('dropped files from the app frame reach the open-file flow (strings only, at most 20)', async () => {
    const { t, ipc, dropped } = await routed();
    ipc.listeners.get(DROPPED_FILES)!(foreignFrames[0], ['/a']);
    ipc.listeners.get(DROPPED_FILES)!(app, 'not a list');
    ipc.listeners.get(DROPPED_FILES)!(app, ['/a.swanilai', 5, '', ...Array.from({ length: 30 }, (_, i) => `/f${i}`)]);
    expect(dropped).toHaveLength(1);
    expect(dropped[0][0]).toBe('/a.swanilai');
    expect(dropped[0]).toHaveLength(20);
    t.ws.close();
  });
});

describe('evidence bytes through the router', () => {
  it('upload chunks go over IPC; previews stream back over app://swanilai/_blob/', async () => {
    const { t, ipc, router } = await routed();
    const bytes = new TextEncoder().encode('hello evidence');
    const begin = await ipc.map.get('swanilai:evidence.uploadBegin')!(app, { name: 'a.txt', size: bytes.length, mediaType: 'text/plain' }) as any;
    expect(await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, 'not bytes')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, bytes)).toEqual({ ok: true, value: { received: bytes.length } });
    const done = await ipc.map.get('swanilai:evidence.uploadFinish')!(app, { uploadId: begin.value.uploadId }) as any;
    const res = await blobResponse(router, evidenceBlobPath(done.value.evidence.id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(await res.text()).toBe('hello evidence');
    expect((await blobResponse(router, evidenceBlobPath(999))).status).toBe(404);
    expect((await blobResponse(router, '/_blob/evidence/x')).status).toBe(404);
    t.ws.close();
  });

  it('a missing or unreadable stored file comes back as a clear error, in both languages', async () => {
    const { t, ipc, router } = await routed();
    const bytes = new TextEncoder().encode('foto');
    const begin = await ipc.map.get('swanilai:evidence.uploadBegin')!(app, { name: 'foto.png', size: bytes.length, mediaType: 'image/png' }) as any;
    await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, bytes);
    const { value: { evidence } } = await ipc.map.get('swanilai:evidence.uploadFinish')!(app, { uploadId: begin.value.uploadId }) as any;
    const blob = path.join(t.ws.evidenceDir, evidence.sha256.slice(0, 2), evidence.sha256);
    fs.rmSync(blob);
    fs.mkdirSync(blob);
    const broken = await blobResponse(router, evidenceBlobPath(evidence.id));
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/tidak dapat dibaca.* \/ .*cannot be read: foto\.png$/);
    fs.rmdirSync(blob);
    const gone = await blobResponse(router, evidenceBlobPath(evidence.id));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/hilang.* \/ .*missing/);
    t.ws.close();
  });

  it('parses only the two blob path shapes', () => {
    expect(parseBlobPath('/_blob/evidence/12')).toEqual({ what: 'evidence', args: [12] });
    expect(parseBlobPath(`/_blob/dossier-evidence/3/${'a'.repeat(64)}`)).toEqual({ what: 'dossierEvidence', args: [3, 'a'.repeat(64)] });
    for (const bad of ['/_blob/evidence/-1', '/_blob/evidence/1/..', '/_blob/dossier-evidence/3/ABC', '/_blob/../index.html']) expect(parseBlobPath(bad)).toBeNull();
  });
});

describe('files to open from the command line', () => {
  it('takes file arguments (not flags, not the --workspace value, not the dev app folder), resolved against cwd', () => {
    const dev = ['/usr/lib/electron', '.', '--workspace', '/ws', 'kiriman.swanilai', '--inspect=0', '/abs/tinjauan.swanilai'];
    expect(filesFromArgv(dev, { packaged: false, cwd: '/home/u' })).toEqual(['/home/u/kiriman.swanilai', '/abs/tinjauan.swanilai']);
    const packaged = ['C:\\Swanilai\\Swanilai.exe', '--allow-file-access-from-files', 'swanilai://x', 'd.swanilai'];
    expect(filesFromArgv(packaged, { packaged: true, cwd: '/x' })).toEqual(['/x/d.swanilai']);
    expect(filesFromArgv(['/opt/Swanilai/swanilai'], { packaged: true, cwd: '/' })).toEqual([]);
    expect(workspaceFromArgv(['a', '--workspace=/w'])).toBe('/w');
    expect(workspaceFromArgv(['a', '--workspace', '/v'])).toBe('/v');
    expect(workspaceFromArgv(['a'])).toBeNull();
  });

  it('files that arrive before the back end is up wait, then are registered and the window told once', async () => {
    const routing = new OpenFileRouting(() => {});
    await routing.open(['/early.swanilai']);
    const opened: string[] = [];
    let told = 0;
    await routing.connect({ openFile: async (p) => { opened.push(p); return p.includes('missing') ? { ok: false, error: { code: 'NOT_FOUND', message: 'x' } } : { ok: true, value: {} }; } }, () => { told++; });
    expect(opened).toEqual(['/early.swanilai']);
    expect(told).toBe(1);
    await routing.open(['/missing']);
    expect(told).toBe(1);
    await routing.open(['/late.swanilai', '/missing']);
    expect(told).toBe(2);
  });
});

describe('app:// protocol', () => {
  it('serves files of the renderer folder and nothing outside it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<title>x</title>');
    fs.writeFileSync(path.join(path.dirname(dir), 'outside.txt'), 'secret');
    const ok = appFileResponse(dir, 'app://swanilai/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    const evil = appFileResponse(dir, 'app://swanilai/..%2f..%2foutside.txt');
    expect(evil.status === 403 || !(await evil.text()).includes('secret')).toBe(true);
    expect(await appFileResponse(dir, 'app://swanilai/%2e%2e/outside.txt').text()).not.toContain('secret');
  });
});
