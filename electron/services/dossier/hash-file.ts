// SHA-256 of a whole file on a worker thread, so it runs beside the main thread's own work (the dossier's check
// after writing) instead of after it: on machines without SHA instructions hashing is as slow as the disk.
import { Worker } from 'node:worker_threads';

// Plain CommonJS, evaluated by the worker: no file to resolve, so it runs the same under tsx, vitest and the bundle.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const hash = crypto.createHash('sha256');
const stream = fs.createReadStream(workerData, { highWaterMark: 1 << 18 });
stream.on('data', (chunk) => hash.update(chunk));
stream.on('end', () => parentPort.postMessage({ sha256: hash.digest('hex') }));
stream.on('error', (e) => parentPort.postMessage({ error: String(e && e.message || e) }));
`;

export function sha256FileOffThread(file: string): { promise: Promise<string>; stop(): void } {
  // A small heap: it only hashes; without limits a fresh isolate sizes itself like the main one.
  const worker = new Worker(SOURCE, { eval: true, workerData: file, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 } });
  const promise = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { sha256?: string; error?: string }) => (m.sha256 ? resolve(m.sha256) : reject(new Error(m.error ?? 'hash failed'))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hash worker stopped (${code})`)));
  });
  // Resolves once the worker is gone, so its isolate's memory is not still held when the export reports done.
  const settled = promise.finally(() => worker.terminate());
  // A caller that gave up (stop) never awaits it: keep that rejection from being reported as unhandled.
  settled.catch(() => {});
  return { promise: settled, stop: () => void worker.terminate() };
}
