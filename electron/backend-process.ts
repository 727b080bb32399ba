// Entry of Electron's utilityProcess (bundled to dist-electron/backend.cjs): the handler table off the UI thread.
// Electron gives a utility process `process.parentPort`; messages arrive wrapped as { data }.
import type { Port } from './backend-channel';
import { serveBackend } from './backend-serve';

interface ParentPort { postMessage(message: unknown): void; on(event: 'message', listener: (e: { data: unknown }) => void): void }

const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;
const port: Port = {
  post: (m) => parentPort.postMessage(m),
  onMessage: (fn) => parentPort.on('message', (e) => fn(e.data)),
};
serveBackend(port, { onStopped: () => setTimeout(() => process.exit(0), 0) });
