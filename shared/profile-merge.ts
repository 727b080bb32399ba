// Saving a profile from two windows (two browser tabs, or the app and a tab) must not undo the other window's
// edits: each save says what it started from (`base`), and only the fields that differ from that base are written
// over what is stored. Last write wins per field, not per profile.

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/**
 * stored ⊕ (next − base), field by field: nested objects are merged key by key; arrays and plain values are single
 * fields. A key the window removed (in base, not in next) is removed.
 */
export function mergeEdits<T>(stored: T, base: T, next: T): T {
  if (!isObject(next) || !isObject(base) || !isObject(stored)) return (same(next, base) ? stored : next) as T;
  const out: Record<string, Json> = { ...stored };
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
    const b = base[key];
    const n = next[key];
    if (same(b, n)) continue; // this window did not touch it: keep what is stored (maybe another window's edit)
    if (n === undefined) delete out[key];
    else if (isObject(n) && isObject(b) && isObject(stored[key])) out[key] = mergeEdits(stored[key], b, n);
    else out[key] = n;
  }
  return out as T;
}
