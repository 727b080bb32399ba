// Reads an instrument or checklist from a JSON or XLSX file and validates it, with every problem's path.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { validateChecklist, validateInstrument, type Problem } from '../../../shared/scoring/validate';
import { instrumentFromXlsx } from './from-xlsx';

export const MAX_INSTRUMENT_FILE_BYTES = 20 * 1024 * 1024;

export type LoadedDefinition = { ok: true; kind: 'instrument'; value: Instrument } | { ok: true; kind: 'checklist'; value: Checklist } | { ok: false; problems: Problem[] };

/** Validates parsed JSON as whichever kind it declares. */
export function validateDefinition(json: unknown): LoadedDefinition {
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind === 'checklist') {
    const r = validateChecklist(json);
    return r.ok ? { ok: true, kind: 'checklist', value: r.checklist } : { ok: false, problems: r.problems };
  }
  if (kind === 'instrument') {
    const r = validateInstrument(json);
    return r.ok ? { ok: true, kind: 'instrument', value: r.instrument } : { ok: false, problems: r.problems };
  }
  return { ok: false, problems: [{ path: 'kind', message: 'kind must be "instrument" or "checklist" / kind harus "instrument" atau "checklist"' }] };
}

export async function loadDefinitionFile(file: string): Promise<LoadedDefinition> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `Berkas tidak ditemukan / file not found: ${file}`);
  }
  if (!stat.isFile()) throw new AppError('BAD_FILE', `Bukan berkas / not a file: ${file}`);
  if (stat.size > MAX_INSTRUMENT_FILE_BYTES) throw new AppError('TOO_LARGE', `Berkas terlalu besar (maks. 20 MB) / file too large (max 20 MB): ${file}`);
  const data = fs.readFileSync(file);
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const r = await instrumentFromXlsx(data);
    return r.ok && r.instrument ? { ok: true, kind: 'instrument', value: r.instrument } : { ok: false, problems: r.problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON / bukan JSON yang valid: ${(e as Error).message}` }] };
  }
  return validateDefinition(json);
}
