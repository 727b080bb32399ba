// The real desktop app under Playwright's Electron support (run by `npm run test:electron`, which skips where the
// Electron binary is missing): security options in force, the preload's API and nothing else, IPC from another
// frame refused, a 200 MB file through IPC upload and the streamed preview, a dossier on the command line pending.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { exportDossier } from '../../electron/services/dossier/export';
import { openWorkspace } from '../../electron/services/workspace/workspace';

const MAIN = path.resolve('dist-electron/main.cjs');
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));

async function launch(extra: string[] = []): Promise<{ app: ElectronApplication; page: Page; workspace: string }> {
  const workspace = tmp('swanilai-electron-ws-');
  const app = await electron.launch({ executablePath: process.env.SWANILAI_ELECTRON, args: [MAIN, '--workspace', workspace, ...extra] });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, workspace };
}

/** A real dossier from the sample LKS, exported by the same services the app uses. */
async function sampleDossier(): Promise<string> {
  const ws = openWorkspace(tmp('swanilai-electron-lks-'), { mode: 'exclusive', purpose: 'test setup', create: true });
  const ctx = createContext(ws, 'cli', APP_VERSION);
  await dispatch(ctx, 'workspace.loadSample', {});
  const rounds = await dispatch(ctx, 'assessment.list', {});
  if (!rounds.ok) throw new Error(rounds.error.message);
  const out = path.join(tmp('swanilai-electron-out-'), 'kiriman.swanilai');
  await exportDossier(ctx, { roundId: (rounds.value as { id: number }[])[0].id, out, language: 'id' });
  ws.close();
  return out;
}

test('the window runs with context isolation and the sandbox, without Node in the renderer', async () => {
  const { app, page } = await launch();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is in Electron but not in its typings.
    const p = (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  expect(await page.evaluate(() => [typeof (globalThis as any).require, typeof (globalThis as any).process, typeof (globalThis as any).Buffer])).toEqual(['undefined', 'undefined', 'undefined']);
  expect(page.url()).toBe('app://swanilai/index.html' + new URL(page.url()).hash);
  await app.close();
});

test('the preload adds one window key, swanilai, with exactly its three functions', async () => {
  const { app, page } = await launch();
  const added = await page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const plain = new Set(Object.getOwnPropertyNames(frame.contentWindow!));
    frame.remove();
    return Object.getOwnPropertyNames(window).filter((k) => !plain.has(k));
  });
  expect(added).toContain('swanilai');
  expect(added.filter((k) => /swanilai|ipc|electron|require|process|buffer|node/i.test(k))).toEqual(['swanilai']);
  expect(await page.evaluate(() => Object.keys((window as any).swanilai).sort())).toEqual(['invoke', 'onOpenFile', 'uploadChunk']);
  await app.close();
});

test('IPC from an unexpected frame is refused; a subframe gets no bridge', async () => {
  const { app, page } = await launch();
  // What a foreign frame's call looks like to the handler (Electron keeps invoke handlers in ipcMain._invokeHandlers).
  const answer = await app.evaluate(async ({ ipcMain }) => {
    const handlers = (ipcMain as unknown as { _invokeHandlers: Map<string, (e: unknown, ...a: unknown[]) => Promise<unknown>> })._invokeHandlers;
    return handlers.get('swanilai:settings.get')!({ senderFrame: { url: 'https://evil.example/' } }, {});
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  const inFrame = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>x</p>';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r));
    return typeof (frame.contentWindow as any).swanilai;
  });
  expect(inFrame).toBe('undefined');
  await app.close();
});

test('a 200 MB file uploads through IPC chunks and streams back for preview intact', async () => {
  const { app, page } = await launch();
  const r = await page.evaluate(async () => {
    const api = (window as any).swanilai;
    const size = 200 * 1024 * 1024;
    const begin = await api.invoke('evidence.uploadBegin', { name: 'besar.bin', size, mediaType: 'application/octet-stream' });
    const { uploadId, chunkSize } = begin.value;
    for (let offset = 0; offset < size; offset += chunkSize) {
      const chunk = new Uint8Array(Math.min(chunkSize, size - offset));
      for (let i = 0; i < chunk.length; i += 4096) chunk[i] = ((offset + i) / 4096) & 0xff;
      const c = await api.uploadChunk(uploadId, offset, chunk);
      if (!c.ok) return { error: c.error.message };
    }
    const done = await api.invoke('evidence.uploadFinish', { uploadId });
    const res = await fetch(`/_blob/evidence/${done.value.evidence.id}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    let same = bytes.length === size;
    for (let i = 0; same && i < size; i += 4096) same = bytes[i] === ((i / 4096) & 0xff);
    return { status: res.status, length: bytes.length, same };
  });
  expect(r).toEqual({ status: 200, length: 200 * 1024 * 1024, same: true });
  await app.close();
});

test('a dossier path on the command line is pending for import, with its kind read from the file', async () => {
  const dossier = await sampleDossier();
  const { app, page } = await launch([dossier]);
  await expect.poll(async () => page.evaluate(async () => (await (window as any).swanilai.invoke('app.pendingOpenFiles', {})).value.files.length), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const files = await page.evaluate(async () => (await (window as any).swanilai.invoke('app.pendingOpenFiles', {})).value.files);
  expect(files[0]).toMatchObject({ name: 'kiriman.swanilai', kind: 'dossier' });
  const imported = await page.evaluate(async (id) => (window as any).swanilai.invoke('dossier.importPending', { id }), files[0].id);
  expect(imported).toMatchObject({ ok: true, value: { ok: true } });
  await app.close();
});
