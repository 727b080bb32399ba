// What must hold after every kill: the workspace opens, the database is intact, leftovers are swept and reported,
// and every record that names a stored file finds it whole.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { blobsInBackups } from '../../electron/services/backup/backup';
import { describeCleanup } from '../../electron/services/evidence/sweep';
import { openWorkspace, type Workspace } from '../../electron/services/workspace/workspace';
import { leftovers, sha256 } from './crash-harness';

/** Blobs already hashed whole (path and size): a blob never changes, so each is read once per test file. */
const whole = new Set<string>();
function checkBlob(file: string, sha: string): void {
  const key = `${file}:${fs.statSync(file).size}`;
  if (whole.has(key)) return;
  expect(sha256(file), `blob ${sha}`).toBe(sha);
  whole.add(key);
}

export interface Swept { leftoversBefore: number; reported: boolean }

/** Opens the workspace the way the app does and checks everything that does not depend on the kind of work. */
export function reopenAndCheck(dir: string): { ws: Workspace; swept: Swept } {
  const before = leftovers(dir);
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'crash-check' });
  expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  expect(leftovers(dir)).toEqual([]);
  const reported = describeCleanup(ws.cleanup) !== null;
  if (before.length) expect(reported, `left over: ${before.join(', ')}`).toBe(true);

  // Every row that names a blob finds it, whole (the rename was synced before the row committed) …
  const named = ws.db.prepare('SELECT sha256 FROM evidence UNION SELECT sha256 FROM dossier_evidence').all() as { sha256: string }[];
  const blob = (sha: string) => path.join(ws.evidenceDir, sha.slice(0, 2), sha);
  for (const { sha256: sha } of named) checkBlob(blob(sha), sha);
  // … and every blob in the store is whole and used (the sweep removed the rest).
  const keep = new Set([...named.map((r) => r.sha256), ...blobsInBackups(dir)]);
  for (const shard of fs.readdirSync(ws.evidenceDir)) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of fs.readdirSync(path.join(ws.evidenceDir, shard))) {
      expect(keep.has(name), `unused blob ${name}`).toBe(true);
      checkBlob(path.join(ws.evidenceDir, shard, name), name);
    }
  }
  return { ws, swept: { leftoversBefore: before.length, reported } };
}

/** One line per kind for the test log and docs/reliability.md. */
export function summary(kind: string, seed: number, kills: number, acks: number, leftoversSwept: number): string {
  return `crash ${kind}: seed ${seed}, ${kills} kills, ${acks} acknowledged operations checked, ${leftoversSwept} kills left partial files (all swept and reported)`;
}
