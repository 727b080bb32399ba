// The main process's router against the real back end run in a Node child process (the same serveBackend as
// Electron's utilityProcess): request/response by id, errors passed through, streamed reads, native requests
// back to main, a crash failing what was in flight then a restart, giving up after repeated crashes, timeouts.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKEND_DOWN_MESSAGE, BACKEND_GONE_MESSAGE, BackendRouter, type Port, type SpawnedBackend } from '../../../electron/backend-channel';
import { forkBackend } from '../../../electron/backend-node';
import { nativeOps } from '../../../electron/native-ops';
import { readWorkspaceChoice } from '../../../electron/workspace-choice';
import { chooseAndSwitchWorkspace } from '../../../electron/workspace-switch';
import { tempDir } from '../../helpers/tmp';

const ENTRY = path.resolve(__dirname, '../../../electron/backend-node-entry.ts');
const routers: BackendRouter[] = [];
afterEach(async () => { for (const r of routers.splice(0)) await r.stop(); });

function realRouter(workspaceDir = tempDir(), extra: Partial<ConstructorParameters<typeof BackendRouter>[0]> = {}) {
  const spawned: SpawnedBackend[] = [];
  const router = new BackendRouter({
    spawn: () => { const b = forkBackend(ENTRY, ['--import', 'tsx']); spawned.push(b); return b; },
    start: { workspaceDir, purpose: 'test desktop' },
    ...extra,
  });
  routers.push(router);
  return { router, spawned, workspaceDir };
}

async function text(stream: ReadableStream<Uint8Array>) {
  const parts: Uint8Array[] = [];
  for await (const p of stream as unknown as AsyncIterable<Uint8Array>) parts.push(p);
  return Buffer.concat(parts).toString('utf8');
}

async function upload(router: BackendRouter, name: string, data: Uint8Array, mediaType = 'text/plain') {
  const begin = await router.call('evidence.uploadBegin', { name, size: data.byteLength, mediaType });
  if (!begin.ok) throw new Error(begin.error.message);
  const { uploadId } = begin.value as { uploadId: string };
  expect(await router.chunk(uploadId, 0, data)).toEqual({ ok: true, value: { received: data.byteLength } });
  const done = await router.call('evidence.uploadFinish', { uploadId });
  if (!done.ok) throw new Error(done.error.message);
  return (done.value as { evidence: { id: number } }).evidence.id;
}

describe('back-end router over a Node child process', () => {
  it('starts the back end on the workspace and answers calls by id, errors included', async () => {
    const { router, workspaceDir } = realRouter();
    expect(await router.start()).toEqual({ ok: true, value: { workspaceDir: path.resolve(workspaceDir), damaged: null } });
    const [a, b, bad, unknown] = await Promise.all([
      router.call('settings.get', {}),
      router.call('workspace.status', {}),
      router.call('settings.set', { language: 'xx' }),
      router.call('no.suchThing', {}),
    ]);
    expect(a).toEqual({ ok: true, value: { language: 'id' } });
    expect(b).toMatchObject({ ok: true, value: { hasProfile: false } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } });
  }, 30_000);

  it('uploads in chunks and streams reads back, refusing bad chunks and unknown files', async () => {
    const { router } = realRouter();
    await router.start();
    const id = await upload(router, 'catatan.txt', new TextEncoder().encode('isi bukti'));
    const read = await router.read('evidence', [id]);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({ mediaType: 'text/plain', size: 9, name: 'catatan.txt' });
    expect(await text(read.value.stream)).toBe('isi bukti');
    expect(await router.read('evidence', [9999])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await router.read('evidence', ['x'])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await router.chunk('0'.repeat(32), 0, 'not bytes')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  }, 30_000);

  it('sends native requests (show in folder) back to the main process', async () => {
    const asked: [string, string][] = [];
    const { router } = realRouter(tempDir(), { native: (op, file) => { asked.push([op, file]); return ''; } });
    await router.start();
    const id = await upload(router, 'foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png');
    const r = await router.call('evidence.showInFolder', { id });
    expect(r).toMatchObject({ ok: true, value: { shown: true } });
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0][0]).toBe('showItemInFolder');
    expect(path.basename(asked[0][1])).toBe('foto.png');
    const opened = await router.call('evidence.openExternal', { id });
    expect(opened).toMatchObject({ ok: true, value: { opened: true } });
    expect(asked.map((a) => a[0])).toEqual(['showItemInFolder', 'openPath']);
  }, 30_000);

  it('Settings → change folder asks main for the folder switch: picked → choice written, relaunch, exit; cancelled → unchanged', async () => {
    const userData = tempDir();
    const picked = tempDir();
    const calls: string[] = [];
    let answer = { canceled: false, filePaths: [picked] };
    const choose = () => chooseAndSwitchWorkspace({
      pickFolder: async () => answer, userData, currentDir: workspaceDirOf(), language: 'id',
      args: ['.', '--workspace', '/old/ws'], relaunch: (o) => calls.push(`relaunch ${o.args.join(' ')}`), exit: (c) => calls.push(`exit ${c}`),
    });
    const native = nativeOps({ openPath: async () => '', showItemInFolder: () => {}, chooseWorkspaceFolder: choose });
    const { router, workspaceDir } = realRouter(tempDir(), { native });
    const workspaceDirOf = () => workspaceDir;
    await router.start();
    expect(await router.call('workspace.folder', {})).toMatchObject({ ok: true, value: { canShow: true, canChange: true } });
    expect(await router.call('workspace.changeFolder', {})).toEqual({ ok: true, value: { changed: true } });
    expect(readWorkspaceChoice(userData)).toBe(path.resolve(picked));
    expect(calls).toEqual(['relaunch .', 'exit 0']);
    answer = { canceled: true, filePaths: [] };
    expect(await router.call('workspace.changeFolder', {})).toEqual({ ok: true, value: { changed: false } });
    expect(calls).toHaveLength(2);
  }, 30_000);

  it('a main process without the folder picker answers the change with an error, not a hang', async () => {
    const { router } = realRouter();
    await router.start();
    expect(await router.call('workspace.changeFolder', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no native chooseWorkspaceFolder/) } });
  }, 30_000);

  it('registers an opened file by path in the back end for the renderer to import by id', async () => {
    const { router, workspaceDir } = realRouter();
    await router.start();
    const file = path.join(workspaceDir, '..', `x-${process.pid}.swanilai`);
    fs.writeFileSync(file, 'not a zip');
    const added = await router.openFile(file);
    expect(added).toMatchObject({ ok: true, value: { name: path.basename(file), kind: 'unknown' } });
    expect(await router.call('app.pendingOpenFiles', {})).toMatchObject({ ok: true, value: { files: [{ kind: 'unknown' }] } });
    fs.rmSync(file);
  }, 30_000);

  it('a crash fails the request in flight with a clear bilingual error, then a new back end takes over the workspace', async () => {
    const lines: string[] = [];
    const { router, spawned } = realRouter(tempDir(), { log: (l) => lines.push(l) });
    await router.start();
    await router.call('settings.set', { language: 'en' });
    const inFlight = router.call('workspace.status', {});
    (spawned[0] as unknown as { kill(): void }).kill();
    expect(await inFlight).toEqual({ ok: false, error: { code: 'INTERNAL', message: BACKEND_DOWN_MESSAGE } });
    expect(BACKEND_DOWN_MESSAGE).toMatch(/berhenti.* \/ .*stopped/);
    // The next call waits for the restarted back end, which reopened the same workspace (stale lock taken over).
    expect(await router.call('settings.get', {})).toEqual({ ok: true, value: { language: 'en' } });
    expect(spawned).toHaveLength(2);
    expect(lines.some((l) => /restarting/.test(l))).toBe(true);
  }, 30_000);
});

/** A back end that never answers and can be made to exit, to test the router's limits without a process. */
function silentBackend(): SpawnedBackend & { exit(): void } {
  let onExit: (code: number | null) => void = () => {};
  const port: Port = { post: () => {}, onMessage: () => {} };
  return { port, onExit: (fn) => { onExit = fn; }, kill: () => {}, exit: () => onExit(1) };
}

describe('back-end router limits', () => {
  it('gives up after repeated crashes instead of restarting forever', async () => {
    const made: ReturnType<typeof silentBackend>[] = [];
    const router = new BackendRouter({ spawn: () => { const b = silentBackend(); made.push(b); return b; }, start: { workspaceDir: '/x', purpose: 't' }, maxRestarts: 2 });
    const first = router.start();
    made[0].exit();
    expect(await first).toMatchObject({ ok: false, error: { message: BACKEND_DOWN_MESSAGE } });
    made[1].exit();
    made[2].exit();
    expect(made).toHaveLength(3);
    expect(await router.call('settings.get', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: BACKEND_GONE_MESSAGE } });
  });

  it('answers with a timeout when the back end does not reply in time', async () => {
    const router = new BackendRouter({ spawn: () => silentBackend(), start: { workspaceDir: '/x', purpose: 't' }, timeoutMs: 20 });
    expect(await router.start()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/tidak menjawab.* \/ .*did not answer/) } });
  });
});
