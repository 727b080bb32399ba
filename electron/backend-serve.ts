// The back-end process's side of backend-channel.ts: opens the workspace through startBackend (the same entry as
// the web host and the CLI), answers requests by id, streams file reads a slice at a time, and asks the main
// process for what only it can do (shell.openPath, showItemInFolder, the workspace folder picker). Runs under
// Electron's utilityProcess (backend-process.ts) and under plain Node (tests, bench) alike.
import fs from 'node:fs';
import { AppError, type Result } from '../shared/api/result';
import type { BackendStartOptions, FromBackend, NativeOp, Op, Port, ReadKind, StartInfo, ToBackend } from './backend-channel';
import { READ_SLICE } from './backend-channel';
import { startBackend, type Backend, type BackendOptions } from './services/backend';
import { acceptChunk, openEvidence, readError, type OpenedEvidence } from './services/evidence/transfer';
import { openDossierEvidence } from './services/review/evidence';
import type { HandlerContext } from './services/context';

/** fs.read on a descriptor, off the event loop's back: other requests keep being answered while a slice is read. */
const readAt = (fd: number, buf: Buffer, length: number, position: number) =>
  new Promise<number>((resolve, reject) => fs.read(fd, buf, 0, length, position, (e, n) => (e ? reject(e) : resolve(n))));

interface OpenRead { file: OpenedEvidence; position: number }

function failure(e: unknown): Result<never> {
  if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
  return { ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } };
}

function openFor(ctx: HandlerContext, what: ReadKind, args: unknown[]): OpenedEvidence {
  if (what === 'evidence') {
    const id = args[0];
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new AppError('VALIDATION', 'Nomor bukti tidak valid / invalid evidence id');
    return openEvidence(ctx, id);
  }
  if (what === 'dossierEvidence') return openDossierEvidence(ctx, args[0], args[1]);
  throw new AppError('VALIDATION', `unknown read: ${String(what)}`);
}

export interface ServeOptions {
  onStopped?(): void;
  /** How `start` opens the workspace; startBackend unless a test hands in a back end it already holds. */
  open?(options: BackendStartOptions, native: NonNullable<BackendOptions['native']>, log: (line: string) => void): Backend;
}

const openWithStartBackend: NonNullable<ServeOptions['open']> = (options, native, log) =>
  startBackend({ ...options, transport: 'ipc', native, log });

export function serveBackend(port: Port, opts: ServeOptions = {}): void {
  const open = opts.open ?? openWithStartBackend;
  let backend: Backend | null = null;
  const reads = new Map<number, OpenRead>();
  let nextRead = 1;
  let stopped = false;
  const nativeWaiting = new Map<number, (r: Result<unknown>) => void>();
  let nextNative = 1;
  const post = (m: FromBackend) => port.post(m);

  const askMain = (op: NativeOp, file: string): Promise<Result<unknown>> => new Promise((resolve) => {
    const id = nextNative++;
    nativeWaiting.set(id, resolve);
    post({ kind: 'native', id, op, file });
  });
  const native: NonNullable<BackendOptions['native']> = {
    async openPath(file) {
      const r = await askMain('openPath', file);
      if (!r.ok) return r.error.message;
      return typeof r.value === 'string' ? r.value : '';
    },
    showItemInFolder(file) { void askMain('showItemInFolder', file); },
    // Main shows the picker; on a choice it restarts the app, so this answer may never arrive.
    async chooseWorkspaceFolder() {
      const r = await askMain('chooseWorkspaceFolder', '');
      if (!r.ok) throw new AppError('INTERNAL', r.error.message);
      return r.value === true;
    },
  };

  const closeRead = (readId: number) => {
    const r = reads.get(readId);
    if (!r) return;
    reads.delete(readId);
    fs.close(r.file.fd, () => {});
  };

  async function run(op: Op): Promise<unknown> {
    if (op.op === 'start') {
      if (backend) throw new AppError('CONFLICT', 'already started');
      backend = open(op.options, native, (line) => post({ kind: 'log', line }));
      return { workspaceDir: backend.workspace.dir, damaged: backend.workspace.damaged?.message ?? null } satisfies StartInfo;
    }
    if (op.op === 'stop') {
      for (const id of [...reads.keys()]) closeRead(id);
      backend?.close();
      backend = null;
      stopped = true;
      return null;
    }
    if (!backend) throw new AppError('INTERNAL', 'Ruang kerja belum dibuka / the workspace is not open yet');
    const ctx = backend.ctx;
    switch (op.op) {
      case 'call': {
        // dispatch already answers with a Result; pass it through unchanged.
        return { passThrough: await backend.dispatch(op.name, op.input) };
      }
      case 'chunk':
        return acceptChunk(ctx, op.uploadId, op.offset, op.data);
      case 'openFile':
        return backend.openFile(op.path);
      case 'open': {
        const file = openFor(ctx, op.what, op.args);
        const readId = nextRead++;
        reads.set(readId, { file, position: 0 });
        return { readId, mediaType: file.mediaType, size: file.size, name: file.originalName };
      }
      case 'pull': {
        const r = reads.get(op.readId);
        if (!r) throw new AppError('NOT_FOUND', 'read closed');
        const want = Math.min(READ_SLICE, r.file.size - r.position);
        if (want <= 0) { closeRead(op.readId); return null; }
        const buf = Buffer.allocUnsafe(want);
        let got: number;
        try {
          got = await readAt(r.file.fd, buf, want, r.position);
        } catch (e) {
          closeRead(op.readId);
          throw readError(e, r.file.originalName);
        }
        if (got === 0) { closeRead(op.readId); return null; }
        r.position += got;
        return new Uint8Array(buf.buffer, buf.byteOffset, got);
      }
      case 'closeRead':
        closeRead(op.readId);
        return null;
    }
  }

  port.onMessage((raw) => {
    const m = raw as ToBackend;
    if (m?.kind === 'nativeRes') {
      nativeWaiting.get(m.id)?.(m.result);
      nativeWaiting.delete(m.id);
      return;
    }
    if (m?.kind !== 'req') return;
    const { kind: _k, id, ...op } = m;
    run(op as Op).then(
      (value) => {
        const passed = (value as { passThrough?: Result<unknown> } | null)?.passThrough;
        post({ kind: 'res', id, result: passed ?? { ok: true, value: value ?? null } });
        // Only after the answer to `stop` is on its way may the process let go of its channel.
        if (stopped) opts.onStopped?.();
      },
      (e) => post({ kind: 'res', id, result: failure(e) }),
    );
  });
}
