// The message protocol between the main process (a router) and the back-end process (the handler table), as plain
// TypeScript with no Electron import: unit tests run the real back end in a Node child process against this router.
// Every request carries an id and gets exactly one answer; a back end that dies fails what was in flight with a
// clear bilingual error and is started again; file reads are pulled a slice at a time so no side holds a whole file.
import type { ApiError, Result } from '../shared/api/result';

/** One end of a message channel: Electron's utilityProcess / parentPort, a Node child process, a worker thread. */
export interface Port {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** A started back-end process as the router sees it. */
export interface SpawnedBackend {
  port: Port;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** What the router asks for; `start` comes first and opens the workspace. */
export type Op =
  | { op: 'start'; options: BackendStartOptions }
  | { op: 'call'; name: string; input: unknown }
  | { op: 'chunk'; uploadId: unknown; offset: unknown; data: unknown }
  | { op: 'open'; what: ReadKind; args: unknown[] }
  | { op: 'pull'; readId: number }
  | { op: 'closeRead'; readId: number }
  | { op: 'openFile'; path: string }
  | { op: 'stop' };

export type ReadKind = 'evidence' | 'dossierEvidence';
/**
 * Native things only the main process can do (Electron's shell and dialogs), asked for by the back end.
 * chooseWorkspaceFolder (Settings → "Ganti folder…") carries no file; its answer is true when the app restarts.
 */
export type NativeOp = 'openPath' | 'showItemInFolder' | 'chooseWorkspaceFolder';

export interface BackendStartOptions { workspaceDir: string; purpose: string }
export interface StartInfo { workspaceDir: string; damaged: string | null }
export interface OpenedRead { readId: number; mediaType: string; size: number; name: string }

export type ToBackend =
  | ({ kind: 'req'; id: number } & Op)
  | { kind: 'nativeRes'; id: number; result: Result<unknown> };
export type FromBackend =
  | { kind: 'res'; id: number; result: Result<unknown> }
  | { kind: 'native'; id: number; op: NativeOp; file: string }
  | { kind: 'log'; line: string };

/** Slices of a streamed read: small enough to keep both processes flat, large enough to cost few messages. */
export const READ_SLICE = 1024 * 1024;

export const BACKEND_DOWN_MESSAGE =
  'Proses latar Swanilai berhenti tiba-tiba; sedang dimulai ulang. Ulangi langkah terakhir. / ' +
  "Swanilai's background process stopped unexpectedly; it is restarting. Please repeat the last step.";
export const BACKEND_GONE_MESSAGE =
  'Proses latar Swanilai berhenti berulang kali; tutup dan buka lagi aplikasinya. / ' +
  "Swanilai's background process keeps stopping; close the app and open it again.";
export const timeoutMessage = (seconds: number) =>
  `Proses latar tidak menjawab dalam ${seconds} detik / the background process did not answer within ${seconds} s`;

const fail = (message: string, code: ApiError['code'] = 'INTERNAL'): Result<never> => ({ ok: false, error: { code, message } });

export interface RouterOptions {
  spawn(): SpawnedBackend;
  start: BackendStartOptions;
  /** Answers the back end's native requests (shell.openPath, showItemInFolder, the workspace folder picker). */
  native?(op: NativeOp, file: string): Promise<unknown> | unknown;
  log?(line: string): void;
  /** Restarts allowed within restartWindowMs before giving up (a back end that dies on start would loop). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** Per-request limit; 0 (default) waits as long as the back end lives, since exports may take minutes. */
  timeoutMs?: number;
}

interface Pending { resolve(r: Result<unknown>): void; timer?: ReturnType<typeof setTimeout> }

/**
 * The main process's side: sends requests, matches answers by id, fails in-flight requests when the back end
 * exits, and starts a new one (the workspace lock of a dead process is stale, so the new one can take it).
 */
export class BackendRouter {
  private backend: SpawnedBackend | null = null;
  private ready: Promise<Result<unknown>> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private restarts: number[] = [];
  private stopping = false;
  private gone = false;

  constructor(private readonly opts: RouterOptions) {}

  /** Starts the back end and opens the workspace; the answer says whether that worked (e.g. locked elsewhere). */
  start(): Promise<Result<StartInfo>> {
    const backend = this.opts.spawn();
    this.backend = backend;
    backend.port.onMessage((m) => this.onMessage(m as FromBackend));
    backend.onExit((code) => this.onExit(backend, code));
    this.ready = this.send(backend, { op: 'start', options: this.opts.start });
    return this.ready as Promise<Result<StartInfo>>;
  }

  call(name: string, input: unknown): Promise<Result<unknown>> {
    return this.request({ op: 'call', name, input });
  }

  chunk(uploadId: unknown, offset: unknown, data: unknown): Promise<Result<unknown>> {
    return this.request({ op: 'chunk', uploadId, offset, data });
  }

  openFile(path: string): Promise<Result<unknown>> {
    return this.request({ op: 'openFile', path });
  }

  /**
   * Opens a stored file for a streamed read. The stream pulls one slice per request, so a slow consumer (the
   * renderer's preview) holds the back end back instead of piling bytes up in this process.
   */
  async read(what: ReadKind, args: unknown[]): Promise<Result<{ mediaType: string; size: number; name: string; stream: ReadableStream<Uint8Array> }>> {
    const opened = await this.request({ op: 'open', what, args });
    if (!opened.ok) return opened;
    const { readId, mediaType, size, name } = opened.value as OpenedRead;
    const stream = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        const r = await this.request({ op: 'pull', readId });
        if (!r.ok) { controller.error(new Error(r.error.message)); return; }
        const slice = r.value as Uint8Array | null;
        if (slice === null) controller.close();
        else controller.enqueue(slice);
      },
      cancel: async () => { await this.request({ op: 'closeRead', readId }); },
    }, { highWaterMark: 1 });
    return { ok: true, value: { mediaType, size, name, stream } };
  }

  /** Closes the workspace and lets the back end exit. */
  async stop(): Promise<void> {
    this.stopping = true;
    const backend = this.backend;
    if (!backend) return;
    await this.send(backend, { op: 'stop' });
    backend.kill();
  }

  private async request(op: Op): Promise<Result<unknown>> {
    if (this.gone) return fail(BACKEND_GONE_MESSAGE);
    const started = await this.ready;
    if (!started?.ok || !this.backend) return started ?? fail(BACKEND_DOWN_MESSAGE);
    return this.send(this.backend, op);
  }

  private send(backend: SpawnedBackend, op: Op): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const entry: Pending = { resolve };
      if (this.opts.timeoutMs) {
        entry.timer = setTimeout(() => {
          this.pending.delete(id);
          resolve(fail(timeoutMessage(Math.round(this.opts.timeoutMs! / 1000))));
        }, this.opts.timeoutMs);
      }
      this.pending.set(id, entry);
      try {
        backend.port.post({ kind: 'req', id, ...op } satisfies ToBackend);
      } catch (e) {
        this.settle(id, fail(`${BACKEND_DOWN_MESSAGE} (${(e as Error).message})`));
      }
    });
  }

  private settle(id: number, result: Result<unknown>) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    p.resolve(result);
  }

  private onMessage(m: FromBackend) {
    if (m?.kind === 'res') this.settle(m.id, m.result);
    else if (m?.kind === 'log') this.opts.log?.(m.line);
    else if (m?.kind === 'native') void this.answerNative(m.id, m.op, m.file);
  }

  private async answerNative(id: number, op: NativeOp, file: string) {
    let result: Result<unknown>;
    try {
      if (!this.opts.native) throw new Error(`no native ${op} here`);
      result = { ok: true, value: (await this.opts.native(op, file)) ?? null };
    } catch (e) {
      result = fail(String((e as Error)?.message ?? e));
    }
    try {
      this.backend?.port.post({ kind: 'nativeRes', id, result } satisfies ToBackend);
    } catch {
      /* the back end went away meanwhile (e.g. stopped for a restart on another workspace folder) */
    }
  }

  private onExit(backend: SpawnedBackend, code: number | null) {
    if (backend !== this.backend) return;
    this.backend = null;
    for (const id of [...this.pending.keys()]) this.settle(id, fail(BACKEND_DOWN_MESSAGE));
    if (this.stopping) return;
    const now = Date.now();
    const window = this.opts.restartWindowMs ?? 60_000;
    this.restarts = this.restarts.filter((t) => now - t < window);
    if (this.restarts.length >= (this.opts.maxRestarts ?? 3)) {
      this.gone = true;
      this.ready = Promise.resolve(fail(BACKEND_GONE_MESSAGE));
      this.opts.log?.(`back end exited (code ${code}); not restarting again`);
      return;
    }
    this.restarts.push(now);
    this.opts.log?.(`back end exited (code ${code}); restarting`);
    void this.start();
  }
}
