// Parsed manifests of imported dossiers, kept for the screens that read the same dossier again and again (review
// list, review screen, comparison). An imported dossier never changes (a trigger refuses UPDATE), so a parse keyed by
// row id and manifest digest stays right; the digest guards against an id reused after a delete. Frozen, so a caller
// that tried to change the shared object fails loudly instead of corrupting every later reader.
import type Database from 'better-sqlite3';
import type { Manifest } from '../../../shared/dossier/manifest';

const KEEP = 16;
const caches = new WeakMap<Database.Database, Map<string, Manifest>>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** The manifest of dossier_import row `id` (whose dossier id is `dossierId`), parsed once per workspace connection. */
export function cachedManifest(db: Database.Database, id: number, dossierId: string): Manifest {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${id}:${dossierId}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const row = db.prepare('SELECT manifest FROM dossier_import WHERE id = ?').get(id) as { manifest: string } | undefined;
  if (!row) throw new Error(`dossier_import ${id} vanished`);
  const m = deepFreeze(JSON.parse(row.manifest) as Manifest);
  cache.set(key, m);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return m;
}
