// The real router and back-end protocol in one process, over a worker_threads MessageChannel (structured clone,
// like Electron's utilityProcess), serving a handler context a test already holds.
import { MessageChannel } from 'node:worker_threads';
import { BackendRouter, type NativeOp, type Port } from '../../electron/backend-channel';
import { serveBackend } from '../../electron/backend-serve';
import type { HandlerContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';

const portOf = (p: MessagePort | import('node:worker_threads').MessagePort): Port => {
  const port = p as import('node:worker_threads').MessagePort;
  return { post: (m) => port.postMessage(m), onMessage: (fn) => { port.on('message', fn); } };
};

export async function routerOverContext(ctx: HandlerContext, native?: (op: NativeOp, file: string) => unknown): Promise<BackendRouter> {
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  port2.unref();
  serveBackend(portOf(port1), {
    // Spread per call, as the desktop's context is: a test may change ctx.now meanwhile.
    open: (_options, nativeOps) => ({
      ctx, workspace: ctx.workspace,
      dispatch: (name, input) => dispatch({ ...ctx, transport: 'ipc', ...(native ? nativeOps : {}) }, name, input),
      openFile: (f) => ctx.openFiles.add(f), close: () => {},
    }),
  });
  const router = new BackendRouter({
    spawn: () => ({ port: portOf(port2), onExit: () => {}, kill: () => {} }),
    start: { workspaceDir: ctx.workspace.dir, purpose: 'test' },
    native,
  });
  const started = await router.start();
  if (!started.ok) throw new Error(started.error.message);
  return router;
}
