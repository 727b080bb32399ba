// Fuzzing the reader, sized for CI: every mutation of a small valid dossier is refused cleanly or imports as the original.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossier } from '../../../electron/services/dossier/import';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { signedEntries, validParts, writeZip, type ZipItem } from './build-dossier';
import { workspaceState } from './workspace-state';

/** A small seeded PRNG (mulberry32): a failure names its seed and mutation, so it can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] };
}
type R = ReturnType<typeof rng>;

/** Every JSON path under the manifest, so a mutation can hit any field, nested or not. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (at.length) out.push(at);
  if (out.length > 5000) return out;
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** A value of another JSON type than `v`. */
function otherType(v: unknown, r: R): unknown {
  const options: unknown[] = [42, -1.5, 'teks', '', true, null, [], {}, [1, 'x'], { a: 1 }, 1e308, '../../etc/passwd', '\u202E'];
  for (;;) {
    const o = r.pick(options);
    if (typeof o !== typeof v || Array.isArray(o) !== Array.isArray(v) || (o === null) !== (v === null)) return o;
  }
}

function retype(manifest: object, r: R): object {
  const copy = structuredClone(manifest) as Record<string, unknown>;
  // The snapshots hold most paths; without the bias nearly every mutation would land in the instrument.
  const all = paths(copy);
  const outside = all.filter((p) => p[0] !== 'instrument' && p[0] !== 'checklist');
  const target = r.pick(r.next() < 0.8 ? outside : all);
  let parent: Record<string | number, unknown> = copy;
  for (const k of target.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = target[target.length - 1];
  parent[last] = otherType(parent[last], r);
  return copy;
}

describe('dossier reader fuzz', () => {
  it('1,200 mutations: each is refused with a problem list (no throw, no write) or is the original again', async () => {
    const seed = Number(process.env.DOSSIER_FUZZ_SEED ?? 20261201);
    const r = rng(seed);
    const parts = validParts({ evidence: [Buffer.from('bukti kecil / small evidence'), crypto.randomBytes(400)] });
    const manifestBytes = Buffer.from(JSON.stringify(parts.manifest));
    const items: ZipItem[] = [...signedEntries(manifestBytes, parts.key, parts.publicKey), ...parts.files];
    const dir = tempDir();
    const original = fs.readFileSync(await writeZip(items, path.join(dir, 'original.swanilai')));

    const t = testWorkspace();
    const first = await importDossier(t.ctx, path.join(dir, 'original.swanilai'));
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    const before = workspaceState(t);
    const tally: Record<string, number> = {};
    const kinds = ['flip', 'flip', 'flip', 'truncate', 'rename', 'duplicate', 'retype', 'retype', 'insert'] as const;
    const target = path.join(dir, 'mutant.swanilai');

    for (let n = 0; n < 1200; n++) {
      const kind = kinds[n % kinds.length];
      let bytes: Buffer;
      if (kind === 'flip') {
        bytes = Buffer.from(original);
        for (let i = 1 + r.int(8); i > 0; i--) bytes[r.int(bytes.length)] ^= 1 << r.int(8);
      } else if (kind === 'truncate') {
        bytes = original.subarray(0, r.int(original.length));
      } else if (kind === 'insert') {
        const at = r.int(original.length);
        bytes = Buffer.concat([original.subarray(0, at), crypto.randomBytes(1 + r.int(16)), original.subarray(at)]);
      } else if (kind === 'rename' || kind === 'duplicate') {
        const victim = r.pick(items);
        const changed = kind === 'duplicate'
          ? [...items, victim]
          : items.map((it) => (it === victim ? { ...it, name: r.pick([it.name.toUpperCase(), it.name + 'x', 'evidence/' + 'a'.repeat(64), it.name.replace('/', '//'), it.name.slice(1)]) } : it));
        bytes = fs.readFileSync(await writeZip(changed, target));
      } else {
        const edited = Buffer.from(JSON.stringify(retype(parts.manifest, r)));
        // Half re-signed (a hostile sender with its own key), half not (changed in transit).
        const signed = r.next() < 0.5 ? signedEntries(edited, parts.key, parts.publicKey) : [{ name: 'manifest.json', data: edited }, items[1]];
        bytes = fs.readFileSync(await writeZip([...signed, ...parts.files], target));
      }
      fs.writeFileSync(target, bytes);
      let outcome: Awaited<ReturnType<typeof importDossier>>;
      try {
        outcome = await importDossier(t.ctx, target);
      } catch (e) {
        throw new Error(`seed ${seed}, mutation ${n} (${kind}) threw: ${(e as Error).stack}`);
      }
      if (outcome.ok) {
        expect(outcome, `seed ${seed}, mutation ${n} (${kind})`).toEqual({ ok: true, id: first.id, version: 1, alreadyImported: true });
        tally['same-as-original'] = (tally['same-as-original'] ?? 0) + 1;
      } else {
        expect(outcome.problems.length, `seed ${seed}, mutation ${n}`).toBeGreaterThan(0);
        for (const p of outcome.problems) tally[p.code] = (tally[p.code] ?? 0) + 1;
      }
    }
    expect(workspaceState(t)).toEqual(before);
    expect(fs.readdirSync(t.ws.evidenceDir).filter((n) => n.startsWith('.staging'))).toEqual([]);
    // Shown with --reporter=verbose; keeps an eye on what the fuzzer reaches.
    console.log(`dossier fuzz seed ${seed}:`, JSON.stringify(tally));
    t.ws.close();
  }, 180_000);
});
