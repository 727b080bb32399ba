// Reads one cell of a mentor's list into the app's value: region codes mangled by spreadsheets, LKS type names,
// typology and grade words, years; each failure comes with its message in Indonesian and English.
import { LKS_TYPES, type LksType } from '../../../shared/profile';
import type { Cell } from './list-file';

export type Parsed<T> = { ok: true; value: T } | { ok: false; id: string; en: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (id: string, en: string): Parsed<never> => ({ ok: false, id, en });
const blank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');
const show = (c: Cell) => JSON.stringify(typeof c === 'string' ? c.trim() : c);

/** Name as stored: trimmed, inner runs of white space (also line breaks) made one space. */
export function cleanName(c: Cell): Parsed<string> {
  const name = String(c ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return bad('Nama LKS kosong.', 'The LKS name is empty.');
  if (name.length > 200) return bad('Nama LKS lebih dari 200 karakter.', 'The LKS name is longer than 200 characters.');
  return ok(name);
}

/** The key that recognises the same LKS again: no accents, case, punctuation or spacing differences. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Kemendagri regency/city code "PP.RR" from what a spreadsheet kept of it: 34.04 as text or number, "34,04"
 * (Indonesian decimal comma), 3404 without the dot (also "3.404" with a thousands separator), '34.04 with the
 * text mark, and 34.1 for 34.10 (the number lost its trailing zero; regency parts always have two digits, so a
 * one-digit tail can only be that).
 */
export function regencyCode(c: Cell): Parsed<string> {
  if (blank(c)) return bad('Kode wilayah kosong.', 'The region code is empty.');
  let s: string;
  if (typeof c === 'number') {
    if (Number.isInteger(c)) s = String(c);
    else {
      const hundredths = Math.round(c * 100);
      if (Math.abs(c * 100 - hundredths) > 1e-6) return bad(`Kode wilayah ${c} bukan kode kabupaten/kota (seperti 34.04).`, `Region code ${c} is not a regency/city code (like 34.04).`);
      s = (hundredths / 100).toFixed(2);
    }
  } else s = c!.trim().replace(/\s+/g, '').replace(/^'/, ''); // a leading ' is how spreadsheets mark text
  // 3404 shown with a thousands separator ("3.404" in Indonesian, "3,404" in English): no code looks like that.
  const thousands = /^(\d)[.,](\d{3})$/.exec(s);
  if (thousands) s = thousands[1] + thousands[2];
  let m = /^(\d{2})[.,](\d{1,2})$/.exec(s);
  if (m) return ok(`${m[1]}.${m[2].length === 1 ? m[2] + '0' : m[2]}`);
  m = /^(\d{2})(\d{2})$/.exec(s);
  if (m) return ok(`${m[1]}.${m[2]}`);
  if (/^\d{2}[.,]\d{2}[.,]\d{2}/.test(s)) {
    return bad(`Kode ${show(c)} adalah kode kecamatan/desa; isi kode kabupaten/kota (${s.slice(0, 5).replace(',', '.')}).`, `Code ${show(c)} is a district/village code; give the regency/city code (${s.slice(0, 5).replace(',', '.')}).`);
  }
  return bad(`Kode wilayah ${show(c)} tidak berbentuk kode kabupaten/kota Kemendagri (seperti 34.04).`, `Region code ${show(c)} is not a Kemendagri regency/city code (like 34.04).`);
}

const words = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The app's type codes and their Indonesian names (as in the profile form), plus the words mentors write. */
const TYPE_WORDS: [string, LksType][] = [
  ...LKS_TYPES.map((t) => [t, t] as [string, LksType]),
  ['lksa panti asuhan pengasuhan anak', 'lksa'], ['panti asuhan', 'lksa'], ['pengasuhan anak', 'lksa'], ['lks anak', 'lksa'], ['lembaga kesejahteraan sosial anak', 'lksa'],
  ['lks lanjut usia', 'lansia'], ['lanjut usia', 'lansia'], ['lks lansia', 'lansia'], ['panti werdha', 'lansia'], ['panti wreda', 'lansia'],
  ['lks penyandang disabilitas', 'disabilitas'], ['penyandang disabilitas', 'disabilitas'], ['lks disabilitas', 'disabilitas'],
  ['lk3 konsultasi kesejahteraan keluarga', 'lk3'], ['konsultasi kesejahteraan keluarga', 'lk3'], ['lembaga konsultasi kesejahteraan keluarga', 'lk3'],
  ['rehabilitasi sosial', 'rehsos'], ['lks rehabilitasi sosial', 'rehsos'],
  ['lain lain', 'lainnya'], ['lain', 'lainnya'],
];
const TYPES = new Map(TYPE_WORDS.map(([w, t]) => [words(w), t]));

/** Empty is allowed (type not known yet). */
export function lksType(c: Cell): Parsed<LksType | null> {
  if (blank(c)) return ok(null);
  const t = TYPES.get(words(String(c)));
  return t ? ok(t) : bad(`Jenis LKS ${show(c)} tidak dikenal (contoh: LKSA, lansia, disabilitas, LK3, rehabilitasi sosial, lainnya).`, `Unknown LKS type ${show(c)} (e.g. LKSA, lansia, disabilitas, LK3, rehabilitasi sosial, lainnya).`);
}

const TYPOLOGY_NAMES: Record<string, 'A' | 'B' | 'C' | 'D' | 'E'> = { mandiri: 'A', berkembang: 'B', tumbuh: 'C', embrio: 'D', bermasalah: 'E' };

/** A–E, also "Mandiri"… "Bermasalah", "Tipe A", "A (Mandiri)". */
export function typology(c: Cell): Parsed<'A' | 'B' | 'C' | 'D' | 'E'> {
  if (blank(c)) return bad('Tipologi kosong (isi A–E).', 'The typology is empty (give A–E).');
  const w = words(String(c)).replace(/^(tipologi|tipe|kategori)\s+/, '').split(' ');
  const letter = w[0].length === 1 ? w[0].toUpperCase() : TYPOLOGY_NAMES[w[0]];
  const named = w.length === 2 ? TYPOLOGY_NAMES[w[1]] : undefined;
  if (letter && /^[A-E]$/.test(letter) && w.length <= 2 && (w.length === 1 || named === letter)) return ok(letter as 'A');
  return bad(`Tipologi ${show(c)} tidak dikenal (A Mandiri, B Berkembang, C Tumbuh, D Embrio, E Bermasalah).`, `Unknown typology ${show(c)} (A Mandiri, B Berkembang, C Tumbuh, D Embrio, E Bermasalah).`);
}

const NO_GRADE = new Set(['', 'tidak terakreditasi', 'belum terakreditasi', 'belum', 'tidak', 'tt', 'bt', 'tidak ada', 'na', 'n a']);

/** BALKS grade A/B/C; empty, "-" or "tidak terakreditasi" mean none. */
export function grade(c: Cell): Parsed<'A' | 'B' | 'C' | null> {
  if (blank(c)) return ok(null);
  const w = words(String(c)).replace(/^(terakreditasi|akreditasi|peringkat)\s+/, '');
  if (NO_GRADE.has(w)) return ok(null);
  if (/^[abc]$/.test(w)) return ok(w.toUpperCase() as 'A');
  return bad(`Peringkat ${show(c)} tidak dikenal (A, B, C, atau kosong).`, `Unknown grade ${show(c)} (A, B, C, or empty).`);
}

/** A four-digit year, typed as a number or as text. */
export function year(c: Cell): Parsed<number> {
  if (blank(c)) return bad('Tahun kosong.', 'The year is empty.');
  const s = typeof c === 'number' ? String(c) : c!.trim();
  if (!/^\d{4}$/.test(s)) return bad(`Tahun ${show(c)} bukan tahun empat angka.`, `Year ${show(c)} is not a four-digit year.`);
  const y = Number(s);
  if (y < 1900 || y > 2200) return bad(`Tahun ${y} di luar rentang 1900–2200.`, `Year ${y} is outside 1900–2200.`);
  return ok(y);
}
