// Starts the back end in an Electron utilityProcess (its own OS process: a 1 GB copy or a long export never
// freezes a window) and returns the router the main process talks to. Electron-only; the protocol is in
// backend-channel.ts, tested under Node.
import { utilityProcess, shell } from 'electron';
import path from 'node:path';
import { BackendRouter, type SpawnedBackend } from './backend-channel';
import { nativeOps } from './native-ops';
import { BACKEND_NODE_FLAGS } from './services/runtime-flags';

function spawnUtility(entry: string): SpawnedBackend {
  const child = utilityProcess.fork(entry, [], { execArgv: BACKEND_NODE_FLAGS, serviceName: 'Swanilai back end', stdio: 'inherit' });
  return {
    port: { post: (m) => child.postMessage(m), onMessage: (fn) => { child.on('message', fn); } },
    onExit: (fn) => { child.on('exit', (code) => fn(code)); },
    kill: () => { child.kill(); },
  };
}

/** chooseWorkspaceFolder: main's folder picker + restart (workspace-switch.ts), asked for by Settings. */
export function createBackendRouter(workspaceDir: string, chooseWorkspaceFolder: () => Promise<boolean>, log: (line: string) => void = console.log): BackendRouter {
  const entry = path.join(__dirname, 'backend.cjs');
  return new BackendRouter({
    spawn: () => spawnUtility(entry),
    start: { workspaceDir, purpose: 'desktop app' },
    log,
    // The back end names the file (a copy it made in its own folder); main only hands it to the OS.
    native: nativeOps({ openPath: (f) => shell.openPath(f), showItemInFolder: (f) => shell.showItemInFolder(f), chooseWorkspaceFolder }),
  });
}
