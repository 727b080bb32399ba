// IPC registration against a fake ipcMain: one channel per handler, sender origin checked, real dispatch.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOB_CHUNK, BLOB_READ, BLOB_READ_DOSSIER, CHANNEL_PREFIX, registerHandlers } from '../../../electron/ipc';
import { handlers } from '../../../electron/services/handlers/index';
import { appFileResponse } from '../../../electron/protocol';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

function fakeIpcMain() {
  const map = new Map<string, (event: any, ...args: unknown[]) => unknown>();
  return { map, handle: (c: string, fn: any) => { map.set(c, fn); }, removeHandler: (c: string) => { map.delete(c); } };
}

describe('ipc', () => {
  it('registers every handler on a prefixed channel and can unregister them', () => {
    const t = testWorkspace();
    const ipc = fakeIpcMain();
    const off = registerHandlers(ipc, t.ctx);
    expect([...ipc.map.keys()].sort()).toEqual([...Object.keys(handlers).map((n) => CHANNEL_PREFIX + n), BLOB_CHUNK, BLOB_READ, BLOB_READ_DOSSIER].sort());
    off();
    expect(ipc.map.size).toBe(0);
    t.ws.close();
  });

  it('answers calls from the app frame and refuses other origins', async () => {
    const t = testWorkspace();
    const ipc = fakeIpcMain();
    registerHandlers(ipc, t.ctx);
    const fromApp = { senderFrame: { url: 'app://swanilai/index.html' } };
    expect(await ipc.map.get('swanilai:settings.get')!(fromApp, {})).toEqual({ ok: true, value: { language: 'id' } });
    expect(await ipc.map.get('swanilai:settings.set')!(fromApp, { language: 'xx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const foreign = { senderFrame: { url: 'https://evil.example/' } };
    expect(await ipc.map.get('swanilai:settings.get')!(foreign, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await ipc.map.get('swanilai:settings.get')!({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    t.ws.close();
  });
});

describe('ipc blob channels', () => {
  it('upload chunks and file reads work from the app frame only', async () => {
    const t = testWorkspace();
    const ipc = fakeIpcMain();
    registerHandlers(ipc, t.ctx);
    const app = { senderFrame: { url: 'app://swanilai/index.html' } };
    const bytes = new TextEncoder().encode('hello evidence');
    const begin = await ipc.map.get('swanilai:evidence.uploadBegin')!(app, { name: 'a.txt', size: bytes.length, mediaType: 'text/plain' }) as any;
    expect(await ipc.map.get(BLOB_CHUNK)!({ senderFrame: { url: 'https://evil.example' } }, begin.value.uploadId, 0, bytes)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, 'not bytes')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, bytes)).toEqual({ ok: true, value: { received: bytes.length } });
    const done = await ipc.map.get('swanilai:evidence.uploadFinish')!(app, { uploadId: begin.value.uploadId }) as any;
    const read = await ipc.map.get(BLOB_READ)!(app, done.value.evidence.id) as any;
    expect(read.ok).toBe(true);
    expect(new TextDecoder().decode(read.value.data)).toBe('hello evidence');
    expect(await ipc.map.get(BLOB_READ)!(app, 999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    t.ws.close();
  });
});

describe('ipc evidence reads that fail', () => {
  it('a missing or unreadable stored file comes back as a clear error, in both languages', async () => {
    const t = testWorkspace();
    const ipc = fakeIpcMain();
    registerHandlers(ipc, t.ctx);
    const app = { senderFrame: { url: 'app://swanilai/index.html' } };
    const bytes = new TextEncoder().encode('foto');
    const begin = await ipc.map.get('swanilai:evidence.uploadBegin')!(app, { name: 'foto.png', size: bytes.length, mediaType: 'image/png' }) as any;
    await ipc.map.get(BLOB_CHUNK)!(app, begin.value.uploadId, 0, bytes);
    const { value: { evidence } } = await ipc.map.get('swanilai:evidence.uploadFinish')!(app, { uploadId: begin.value.uploadId }) as any;
    const blob = path.join(t.ws.evidenceDir, evidence.sha256.slice(0, 2), evidence.sha256);
    fs.rmSync(blob);
    fs.mkdirSync(blob);
    expect(await ipc.map.get(BLOB_READ)!(app, evidence.id)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/tidak dapat dibaca.* \/ .*cannot be read: foto\.png$/) } });
    fs.rmdirSync(blob);
    expect(await ipc.map.get(BLOB_READ)!(app, evidence.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/hilang.* \/ .*missing/) } });
    expect(await ipc.map.get(BLOB_READ)!(app, 'x')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.close();
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
