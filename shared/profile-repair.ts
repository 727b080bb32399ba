// Splits a stored or edited LKS profile into the parts today's schema accepts and the fields it rejects.
// Why: a profile stored by an older version (or edited by hand) must never lock the user out; readers use the
// valid parts, the profile screen shows the rejected fields with their raw values so the user can fix them.
import { z } from 'zod';
import { Profile } from './profile';

export interface Bilingual { id: string; en: string }

/** One field the schema rejects: where it is, what is stored there, and why (bilingual "id / en"). */
export const InvalidField = z.object({ path: z.string(), value: z.unknown(), message: z.string() });
export type InvalidField = z.infer<typeof InvalidField>;

export interface ProfileProblem { path: string; value: unknown; text: Bilingual }
export interface ProfileSplit { profile: Profile; problems: ProfileProblem[] }

/** The schema's own (Indonesian) messages with their English side. */
const KNOWN: Record<string, string> = {
  'format YYYY-MM-DD': 'date format must be YYYY-MM-DD',
  'tanggal tidak valid': 'invalid date',
  'kabupaten/kota tidak sesuai provinsi': 'regency/city does not belong to the province',
  'kecamatan tidak sesuai kabupaten/kota': 'district does not belong to the regency/city',
  'desa tidak sesuai kecamatan': 'village does not belong to the district',
  'NPWP harus 15 atau 16 digit': 'NPWP must have 15 or 16 digits',
  'kode pos 5 digit': 'postal code must have 5 digits',
  'nomor telepon tidak valid': 'invalid phone number',
  'email tidak valid': 'invalid email address',
};

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, Bilingual> = {
  number: { id: 'harus berupa angka', en: 'must be a number' },
  int: { id: 'harus bilangan bulat', en: 'must be a whole number' },
  string: { id: 'harus berupa teks', en: 'must be text' },
  boolean: { id: 'harus Ya atau Tidak', en: 'must be Yes or No' },
  object: { id: 'data bagian ini rusak', en: 'this section\'s data is malformed' },
};

/** A short message for one issue in both languages; the schema's custom messages keep their Indonesian text. */
export function issueText(issue: Issue): Bilingual {
  if (KNOWN[issue.message]) return { id: issue.message, en: KNOWN[issue.message] };
  const where = issue.path.map(String);
  switch (issue.code) {
    case 'invalid_type': return EXPECTED[issue.expected] ?? { id: 'jenis isian salah', en: 'wrong kind of value' };
    case 'invalid_value': return { id: 'pilihan tidak dikenal; pilih dari daftar', en: 'unknown choice; pick one from the list' };
    case 'too_small':
      return issue.origin === 'string'
        ? { id: `paling sedikit ${issue.minimum} karakter`, en: `at least ${issue.minimum} characters` }
        : { id: `paling kecil ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { id: `paling banyak ${issue.maximum} karakter`, en: `at most ${issue.maximum} characters` }
        : { id: `paling besar ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'invalid_format':
      return where.includes('region')
        ? { id: 'kode wilayah tidak sesuai format Kemendagri; pilih ulang wilayahnya', en: 'region code is not in the Kemendagri format; pick the region again' }
        : { id: 'format tidak sesuai', en: 'wrong format' };
    default: return { id: 'isian tidak valid', en: 'invalid value' };
  }
}

export const bilingual = (t: Bilingual): string => `${t.id} / ${t.en}`;
export const toInvalidField = (p: ProfileProblem): InvalidField => ({ path: p.path, value: p.value, message: bilingual(p.text) });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path such as 'contact.phone' ('' is the whole object). */
export const valueAt = (obj: unknown, path: string): unknown => getAt(obj, path ? path.split('.') : []);

function getAt(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Sets (or, with `undefined`, removes) the value at a path, creating objects on the way when setting. */
function putAt(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (const k of path.slice(0, -1)) {
    if (!isObject(cur[k])) {
      if (value === undefined) return;
      cur[k] = {};
    }
    cur = cur[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

const NOT_AN_OBJECT: Bilingual = {
  id: 'Data profil yang tersimpan tidak terbaca sebagai profil; isi ulang profil',
  en: 'The stored profile data is not a profile; fill in the profile again',
};

/**
 * Valid parts and rejected fields of `raw`. A rejected field takes its value from `fallback` (the last valid
 * profile) when that still passes, else it is left out; so the result always passes `Profile`.
 */
export function splitProfile(raw: unknown, fallback: Profile = {}): ProfileSplit {
  if (!isObject(raw)) return { profile: {}, problems: [{ path: '', value: raw, text: NOT_AN_OBJECT }] };
  const work = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  const problems: ProfileProblem[] = [];
  const seen = new Set<string>();
  const triedFallback = new Set<string>();
  // Each round removes or replaces at least one field, and cross-field checks (region nesting) only show up
  // once the fields they compare are valid, so repeat until the whole object passes.
  for (let round = 0; round < 100; round++) {
    const r = Profile.safeParse(work);
    if (r.success) return { profile: r.data, problems };
    for (const issue of r.error.issues) {
      const path = issue.path.map(String);
      const key = path.join('.');
      if (path.length === 0) return { profile: {}, problems: [...problems, { path: '', value: raw, text: NOT_AN_OBJECT }] };
      if (!seen.has(key)) {
        seen.add(key);
        problems.push({ path: key, value: getAt(raw, path), text: issueText(issue) });
      }
      const previous = getAt(fallback, path);
      const useFallback = previous !== undefined && !triedFallback.has(key);
      if (useFallback) triedFallback.add(key);
      putAt(work, path, useFallback ? previous : undefined);
    }
  }
  return { profile: Profile.safeParse(fallback).success ? fallback : {}, problems };
}

/** The valid parts with the rejected raw values put back at their paths: what the profile form shows and edits. */
export function draftWithInvalid(profile: Profile, invalid: readonly { path: string; value: unknown }[]): Profile {
  const draft = JSON.parse(JSON.stringify(profile)) as Record<string, unknown>;
  for (const f of invalid) if (f.path) putAt(draft, f.path.split('.'), f.value);
  return draft as Profile;
}

const MAX_RAW_TEXT = 2000;

/** Reads the profile row's JSON text; text that is not JSON at all becomes one whole-profile problem. */
export function splitStoredProfile(json: string | null | undefined): ProfileSplit {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '');
  } catch {
    return {
      profile: {},
      problems: [{
        path: '', value: String(json ?? '').slice(0, MAX_RAW_TEXT),
        text: { id: 'Data profil yang tersimpan rusak (bukan JSON yang sah); isi ulang profil', en: 'The stored profile data is corrupt (not valid JSON); fill in the profile again' },
      }],
    };
  }
  return splitProfile(raw);
}
