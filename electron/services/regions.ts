// Kemendagri administrative regions (province → regency → district → village) read offline from idn-area-data.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Region } from '../../shared/api/contract';

type Level = 'province' | 'regency' | 'district' | 'village';
const FILES: Record<Level, string> = { province: 'provinces.csv', regency: 'regencies.csv', district: 'districts.csv', village: 'villages.csv' };

/** Parses one CSV line with RFC 4180 quoting ("" inside quotes is a quote). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

export function areaDataDir(): string {
  const req = createRequire(import.meta.url);
  return path.join(path.dirname(req.resolve('idn-area-data/package.json')), 'data');
}

export class RegionIndex {
  private byParent = new Map<Level, Map<string, Region[]>>();
  private names = new Map<string, string>();

  constructor(private readonly dataDir = areaDataDir()) {}

  /** Loads one level on first use: villages are 80 000 rows, so they are only read when asked for. */
  private load(level: Level): Map<string, Region[]> {
    const cached = this.byParent.get(level);
    if (cached) return cached;
    const rows = fs.readFileSync(path.join(this.dataDir, FILES[level]), 'utf8').split(/\r?\n/).slice(1);
    const map = new Map<string, Region[]>();
    for (const row of rows) {
      if (!row) continue;
      const cells = parseCsvLine(row);
      const code = cells[0];
      const parent = level === 'province' ? '' : cells[1];
      const name = level === 'province' ? cells[1] : cells[2];
      this.names.set(code, name);
      const list = map.get(parent) ?? [];
      list.push({ code, name });
      map.set(parent, list);
    }
    for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
    this.byParent.set(level, map);
    return map;
  }

  list(level: Level, parent?: string): Region[] {
    return this.load(level).get(level === 'province' ? '' : (parent ?? '')) ?? [];
  }

  /** Names for codes of any level, e.g. for showing a saved address. */
  resolve(codes: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const code of codes) {
      const level: Level = code.length === 2 ? 'province' : code.length === 5 ? 'regency' : code.length === 8 ? 'district' : 'village';
      // Provinces and regencies are small and asked for often; one district or village name is looked up in the
      // file instead of indexing 80 000 rows that would stay in memory for the life of the process.
      if (level === 'province' || level === 'regency' || this.byParent.has(level)) this.load(level);
      else if (!this.names.has(code)) this.lookup(level, code);
      const name = this.names.get(code);
      if (name) out[code] = name;
    }
    return out;
  }

  private lookup(level: Level, code: string): void {
    if (!/^[0-9.]+$/.test(code)) return;
    const text = fs.readFileSync(path.join(this.dataDir, FILES[level]), 'utf8');
    const at = text.indexOf(`\n${code},`);
    if (at < 0) return;
    const end = text.indexOf('\n', at + 1);
    const cells = parseCsvLine(text.slice(at + 1, end < 0 ? undefined : end).replace(/\r$/, ''));
    if (cells[0] === code) this.names.set(code, cells[2]);
  }
}
