// Measures the cost of one answer save under synchronous=NORMAL and =FULL (WAL), through the handler table.
// Run: npx tsx tests/reliability/measure-sync.ts [saves] [dir]  (dir: a folder on the disk to measure; default tmpdir)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { bundled } from '../../electron/services/instruments/bundled';
import { openWorkspace } from '../../electron/services/workspace/workspace';

const saves = Number(process.argv[2] ?? 300);
const base = process.argv[3] ?? os.tmpdir();
const codes = bundled().instruments[0].components.flatMap((c) => c.indicators).map((i) => i.code);

async function run(mode: 'NORMAL' | 'FULL'): Promise<number[]> {
  const dir = fs.mkdtempSync(path.join(base, 'swanilai-sync-'));
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'measure', create: true });
  ws.db.pragma(`synchronous = ${mode}`);
  const ctx = createContext(ws, 'test', APP_VERSION);
  const created = await dispatch(ctx, 'assessment.create', { name: 'ukur' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: number }).id;
  const ms: number[] = [];
  for (let n = 0; n < saves; n++) {
    const t0 = process.hrtime.bigint();
    const r = await dispatch(ctx, 'assessment.setAnswer', { assessmentId: id, code: codes[n % codes.length], answer: { level: 1 + (n % 4) } });
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!r.ok) throw new Error(r.error.message);
  }
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms.sort((a, b) => a - b);
}

const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(2);
for (const mode of ['NORMAL', 'FULL', 'NORMAL', 'FULL'] as const) {
  const ms = await run(mode);
  console.log(`${mode.padEnd(6)} saves=${saves} median=${q(ms, 0.5)} ms p90=${q(ms, 0.9)} ms p99=${q(ms, 0.99)} ms`);
}
