// The real back end in a child process, doing one kind of work in a loop until the test kills it with SIGKILL.
// After each operation the back end acknowledged (handler returned ok), it prints one line "ACK <json>" to stdout:
// the test then knows exactly which changes a user was told were saved.
// Usage: node --import tsx crash-worker.ts <answers|evidence|export|import|migrate> <workspace> <run> [dossier files…]
import crypto from 'node:crypto';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext, type HandlerContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { bundled } from '../../electron/services/instruments/bundled';
import { openWorkspace } from '../../electron/services/workspace/workspace';

const [kind, dir, runArg, ...files] = process.argv.slice(2);
const run = Number(runArg);
const say = (line: string) => process.stdout.write(`${line}\n`);
const ack = (v: object) => say(`ACK ${JSON.stringify(v)}`);
/** Waits for the kill; the timer keeps Node from exiting on an unsettled top-level await. */
const idle = () => new Promise<never>(() => { setInterval(() => {}, 1 << 30); });

async function call<T>(ctx: HandlerContext, name: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const codes = bundled().instruments[0].components.flatMap((c) => c.indicators).map((i) => i.code);

async function answers(ctx: HandlerContext): Promise<void> {
  const [{ id }] = await call<{ id: number }[]>(ctx, 'assessment.list', {});
  for (let n = 0; ; n++) {
    const code = codes[n % codes.length];
    const note = `run ${run} save ${n}`;
    await call(ctx, 'assessment.setAnswer', { assessmentId: id, code, answer: { level: 1 + (n % 4) }, note });
    ack({ code, run, n, level: 1 + (n % 4) });
  }
}

async function evidence(ctx: HandlerContext): Promise<void> {
  const chunk = 64 * 1024;
  for (let n = 0; ; n++) {
    // Sizes from 1 KB to ~600 KB in 64 KB chunks, so kills land in begin, in the chunks, in the fsync and rename,
    // and in the commit.
    const bytes = crypto.randomBytes(1024 + crypto.randomInt(600 * 1024));
    const { uploadId } = await call<{ uploadId: string }>(ctx, 'evidence.uploadBegin', { name: `bukti ${run}-${n}.pdf`, size: bytes.length, mediaType: 'application/pdf' });
    for (let off = 0; off < bytes.length; off += chunk) ctx.uploads.chunk(uploadId, off, bytes.subarray(off, off + chunk));
    const r = await call<{ evidence: { id: number; sha256: string } }>(ctx, 'evidence.uploadFinish', { uploadId, meta: {} });
    ack({ id: r.evidence.id, sha256: r.evidence.sha256, size: bytes.length });
  }
}

async function exports(ctx: HandlerContext): Promise<void> {
  const [{ id }] = await call<{ id: number }[]>(ctx, 'assessment.list', {});
  for (;;) {
    const r = await call<{ path: string; sha256: string }>(ctx, 'dossier.export', { roundId: id, language: 'id' });
    ack({ path: r.path, sha256: r.sha256 });
  }
}

async function imports(ctx: HandlerContext): Promise<void> {
  for (const path of files) {
    const r = await call<{ id: number }>(ctx, 'dossier.import', { path });
    ack({ path, id: r.id });
  }
  say('DONE');
  await idle(); // wait for the kill like the other kinds
}

const work: Record<string, (ctx: HandlerContext) => Promise<void>> = { answers, evidence, export: exports, import: imports };

// The migration kind kills during opening itself: READY comes before openWorkspace, which migrates.
say('READY');
const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'crash-test', create: false });
const ctx = createContext(ws, 'test', APP_VERSION);
if (kind === 'migrate') {
  ack({ migrated: ws.db.pragma('user_version', { simple: true }) });
  await idle();
}
await work[kind](ctx);
