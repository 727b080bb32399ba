// Recently opened .swanilai files for File → Recent files: the rules as pure functions, stored as a small JSON in
// userData (not in a workspace: the list is about this computer, and survives a change of workspace folder).
import fs from 'node:fs';
import path from 'node:path';

export const MAX_RECENT = 10;
export const RECENT_FILE_NAME = 'recent-files.json';

/** Only .swanilai files belong in the list (dossiers and review files); anything else is not offered again. */
export function isSwanilaiFile(file: string): boolean {
  return path.extname(file).toLowerCase() === '.swanilai';
}

/** Windows and macOS file systems ignore case by default, so C:\A.swanilai and c:\a.SWANILAI are one file there. */
function sameFile(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** The list after opening `file`: absolute, newest first, each file once, at most MAX_RECENT. */
export function addRecent(list: readonly string[], file: string, platform: NodeJS.Platform = process.platform): string[] {
  if (!isSwanilaiFile(file)) return [...list];
  const abs = path.resolve(file);
  return [abs, ...list.filter((f) => !sameFile(f, abs, platform))].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly string[], file: string, platform: NodeJS.Platform = process.platform): string[] {
  return list.filter((f) => !sameFile(f, file, platform));
}

/** Whatever the JSON holds (hand-edited, older version, damaged): keeps only absolute .swanilai paths, once each. */
export function sanitizeRecent(raw: unknown, platform: NodeJS.Platform = process.platform): string[] {
  const items = Array.isArray(raw) ? raw : (raw as { files?: unknown } | null)?.files;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const f of items) {
    if (typeof f !== 'string' || !path.isAbsolute(f) || !isSwanilaiFile(f)) continue;
    if (!out.some((g) => sameFile(g, f, platform))) out.push(f);
  }
  return out.slice(0, MAX_RECENT);
}

export function loadRecent(userData: string): string[] {
  try {
    return sanitizeRecent(JSON.parse(fs.readFileSync(path.join(userData, RECENT_FILE_NAME), 'utf8')));
  } catch {
    return []; // missing or unreadable: start an empty list rather than refuse to start
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a list. */
export function saveRecent(userData: string, list: readonly string[]): void {
  fs.mkdirSync(userData, { recursive: true });
  const file = path.join(userData, RECENT_FILE_NAME);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ files: list }, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
