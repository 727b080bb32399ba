// Entry-name and header checks of a dossier zip, run on the central directory before a single byte is inflated.
import { DOSSIER_LIMITS, MANIFEST_ENTRY } from '../../../shared/dossier/manifest';
import { DossierReadError, problem, RATIO_GRACE_BYTES, type DossierProblem, type RawEntry } from './read';

/** The folders a writer may list on their own; every other name must be a file the manifest lists. */
const IMPLIED_DIRS = new Set(['evidence/', 'documents/']);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
/** C0/C1 controls and the bidi overrides and isolates that can make "gpj.exe" look like "exe.jpg". */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A pure folder entry as Info-ZIP, Python's zipfile or 7-Zip write one: the name ends in "/", no content (a deflated
 * empty stream is 2 bytes), not a link. Such an entry is never inflated, so its bytes could hide nothing we read.
 */
function isEmptyDir(raw: RawEntry): boolean {
  const e = raw.entry;
  const mode = (e.externalFileAttributes >>> 16) & S_IFMT;
  return raw.name.endsWith('/') && mode !== S_IFLNK && e.uncompressedSize === 0 && e.compressedSize <= 2;
}

/** The first thing wrong with one name (one reason per entry keeps the list readable), or null. */
function nameProblem(name: string, raw: RawEntry): DossierProblem | null {
  const e = raw.entry;
  const mode = (e.externalFileAttributes >>> 16) & S_IFMT;
  const show = JSON.stringify(name.slice(0, 80)).slice(1, -1);
  if (name.startsWith('\uFFFD') && name.length > 1) return problem('BAD_NAME_ENCODING', 'Nama isi bukan UTF-8', 'Entry name is not UTF-8', show);
  if (name.length > DOSSIER_LIMITS.maxNameLength) {
    return problem('NAME_TOO_LONG', `Nama isi lebih dari ${DOSSIER_LIMITS.maxNameLength} karakter`, `Entry name longer than ${DOSSIER_LIMITS.maxNameLength} characters`, show);
  }
  if (CONTROL_OR_BIDI.test(name)) return problem('BAD_NAME_CHARS', 'Nama isi memuat karakter kendali atau bidi', 'Entry name contains control or bidi characters', show);
  if (name.split(/[\\/]/).some((part) => part === '..')) return problem('PATH_TRAVERSAL', 'Nama isi memuat ".." (zip slip)', 'Entry name contains ".." (zip slip)', show);
  if (name.startsWith('/') || name.startsWith('\\')) return problem('ABSOLUTE_PATH', 'Nama isi berupa jalur absolut', 'Entry name is an absolute path', show);
  if (/^[A-Za-z]:/.test(name)) return problem('DRIVE_LETTER', 'Nama isi memuat huruf drive', 'Entry name contains a drive letter', show);
  if (name.includes('\\')) return problem('BACKSLASH', 'Nama isi memuat garis miring terbalik', 'Entry name contains a backslash', show);
  if (mode === S_IFLNK) return problem('SYMLINK', 'Isi berupa tautan simbolik', 'Entry is a symbolic link', show);
  if (name.endsWith('/') || mode === S_IFDIR) {
    if (!IMPLIED_DIRS.has(name)) return problem('DIRECTORY', 'Folder yang tidak dikenal di dalam zip', 'Unexpected folder in the zip', show);
    return isEmptyDir(raw) ? null : problem('DIRECTORY', 'Entri folder berisi data', 'A folder entry carries data', show);
  }
  if (e.generalPurposeBitFlag & 0x1) return problem('ENCRYPTED', 'Isi terenkripsi tidak didukung', 'Encrypted entries are not supported', show);
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
    return problem('UNSUPPORTED_ENTRY', 'Metode kompresi tidak didukung', 'Unsupported compression method', show);
  }
  if (e.uncompressedSize > DOSSIER_LIMITS.maxEntryBytes) {
    return problem('ENTRY_TOO_LARGE', 'Isi lebih besar dari batas 1 GB', 'Entry larger than the 1 GB limit', show);
  }
  // Headers may lie (the stream guard judges the real bytes), but an honest header already over the ratio is enough.
  if (e.uncompressedSize > RATIO_GRACE_BYTES && e.uncompressedSize / Math.max(1, e.compressedSize) > DOSSIER_LIMITS.maxCompressionRatio) {
    return problem('ZIP_BOMB', 'Rasio kompresi tidak wajar (bom zip); berkas ditolak', 'Compression ratio out of bounds (zip bomb); file refused', show);
  }
  return null;
}

/**
 * Every problem with the names and headers, plus the files by name. Duplicates are judged exactly, then after
 * case folding and Unicode normalisation, because Windows and macOS would write such pairs onto one file.
 */
export function checkNames(entries: RawEntry[]): { problems: DossierProblem[]; files: Map<string, RawEntry> } {
  const problems: DossierProblem[] = [];
  const files = new Map<string, RawEntry>();
  const folded = new Map<string, string>();
  let total = 0;
  for (const raw of entries) {
    const name = raw.name;
    total += raw.entry.uncompressedSize;
    const bad = nameProblem(name, raw);
    if (bad) { problems.push(bad); continue; }
    if (name.endsWith('/')) continue;
    if (files.has(name)) { problems.push(problem('DUPLICATE_ENTRY', 'Nama isi muncul dua kali', 'Entry name appears twice', name)); continue; }
    const key = name.normalize('NFC').toLowerCase();
    const other = folded.get(key);
    if (other !== undefined) {
      problems.push(problem('CONFUSABLE_DUPLICATE', `Dua isi hanya berbeda huruf besar/kecil atau normalisasi Unicode (${other})`, `Two entries differ only in case or Unicode normalisation (${other})`, name));
      continue;
    }
    folded.set(key, name);
    files.set(name, raw);
  }
  if (total > DOSSIER_LIMITS.maxTotalBytes) problems.push(problem('TOO_LARGE', 'Total isi melebihi batas', 'Total content over the limit'));
  return { problems, files };
}

const REPACKED = problem('REPACKED_IN_FOLDER',
  'Dossier ini dikemas ulang ke dalam folder bersama berkas lain; minta pengirim mengirim berkas .swanilai asli tanpa membuka dan mengemasnya ulang',
  'This dossier was re-packed into a folder together with other files; ask the sender for the original .swanilai file, not unpacked and re-zipped');

/** One folder level of a prefix that may be set aside: a plain name, nothing a path could be steered with. */
const safeFolder = (part: string) => part !== '' && part !== '.' && part !== '..' && !/[\\:]/.test(part) && !CONTROL_OR_BIDI.test(part);

/**
 * A dossier zipped together with its folder (`zip -r y.swanilai folder/`, Finder's or Explorer's "compress") has
 * every name under "folder/". When that folder holds the dossier and nothing else (the folder entries themselves
 * aside, which must be empty), the prefix is set aside and every other check runs on the names as written by the
 * exporter: the signature covers the manifest and the manifest every entry, so the layout changes nothing.
 * Anything else with manifest.json only inside a folder is refused with one reason, REPACKED_IN_FOLDER.
 */
export function unwrapFolder(entries: RawEntry[]): RawEntry[] {
  if (entries.some((r) => r.name === MANIFEST_ENTRY)) return entries;
  const manifests = entries.filter((r) => r.name.endsWith(`/${MANIFEST_ENTRY}`));
  if (manifests.length === 0) return entries;
  const refuse = () => { throw new DossierReadError(REPACKED); };
  if (manifests.length > 1) refuse();
  const prefix = manifests[0].name.slice(0, -MANIFEST_ENTRY.length);
  // A prefix that could steer a path ("/", "..", "C:") is left alone: checkNames then names the attack itself.
  if (prefix.length > DOSSIER_LIMITS.maxNameLength || !prefix.slice(0, -1).split('/').every(safeFolder)) return entries;
  const out: RawEntry[] = [];
  for (const raw of entries) {
    if (raw.name.startsWith(prefix) && raw.name !== prefix) out.push({ ...raw, name: raw.name.slice(prefix.length) });
    else if (!(prefix.startsWith(raw.name) && isEmptyDir(raw))) refuse();
  }
  return out;
}
