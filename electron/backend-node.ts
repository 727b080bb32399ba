// The back end under plain Node: the same serveBackend and channel as Electron's utilityProcess, over a forked
// child process with structured-clone messages. Tests and `npm run bench` use it where Electron cannot run.
import { fork } from 'node:child_process';
import type { Port, SpawnedBackend } from './backend-channel';
import { BACKEND_NODE_FLAGS } from './services/runtime-flags';

/** The child's end: process.send / process.on('message'). */
export function processPort(): Port {
  return {
    post: (m) => { if (process.connected) process.send?.(m); },
    onMessage: (fn) => { process.on('message', fn); },
  };
}

/**
 * Forks `entry` (a module that calls serveBackend(processPort())) with the back end's V8 flags. 'advanced'
 * serialization carries Uint8Array chunks as bytes rather than JSON arrays of numbers.
 */
export function forkBackend(entry: string, execArgv: string[] = []): SpawnedBackend {
  const child = fork(entry, [], { serialization: 'advanced', execArgv: [...BACKEND_NODE_FLAGS, ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    port: {
      post: (m) => { if (child.connected) child.send(m as object); else throw new Error('back end not connected'); },
      onMessage: (fn) => { child.on('message', fn); },
    },
    onExit: (fn) => { child.on('exit', (code) => fn(code)); },
    kill: () => { child.kill(); },
  };
}
