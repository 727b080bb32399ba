// All instruments and checklists a workspace can use: the bundled ones plus files imported into the workspace.
import { AppError } from '../../../shared/api/result';
import type { DefinitionSummary } from '../../../shared/api/contract-assessment';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import type { HandlerContext } from '../context';
import { bundled } from './bundled';
import { validateDefinition } from './load-file';

type Definition = { kind: 'instrument'; value: Instrument } | { kind: 'checklist'; value: Checklist };

function summarise(def: Definition, source: DefinitionSummary['source']): DefinitionSummary {
  const v = def.value;
  const itemCount = def.kind === 'instrument' ? def.value.components.reduce((s, c) => s + c.indicators.length, 0) : def.value.items.length;
  return { kind: def.kind, id: v.id, version: v.version, title: v.title, source, provenanceStatus: v.provenance.status, itemCount };
}

/** Imported versions never change (same id+version with other content is refused), so parse each only once. */
const parsed = new Map<string, Definition | null>();

function imported(ctx: HandlerContext): Definition[] {
  const rows = ctx.workspace.db.prepare('SELECT kind, id, version FROM instrument_import ORDER BY id, version').all() as { kind: string; id: string; version: string }[];
  return rows.flatMap((r) => {
    const key = `${ctx.workspace.dbFile}|${r.kind}|${r.id}|${r.version}`;
    if (!parsed.has(key)) {
      const row = ctx.workspace.db.prepare('SELECT data FROM instrument_import WHERE kind = ? AND id = ? AND version = ?').get(r.kind, r.id, r.version) as { data: string };
      const v = validateDefinition(JSON.parse(row.data));
      parsed.set(key, v.ok ? ({ kind: v.kind, value: v.value } as Definition) : null);
    }
    const def = parsed.get(key);
    return def ? [def] : [];
  });
}

export function listDefinitions(ctx: HandlerContext): DefinitionSummary[] {
  const b = bundled();
  return [
    ...b.instruments.map((value) => summarise({ kind: 'instrument', value }, 'bundled')),
    ...b.checklists.map((value) => summarise({ kind: 'checklist', value }, 'bundled')),
    ...imported(ctx).map((d) => summarise(d, 'imported')),
  ];
}

function find(ctx: HandlerContext, kind: Definition['kind'], id: string, version: string): Definition | undefined {
  const b = bundled();
  const pool: Definition[] = [
    ...b.instruments.map((value) => ({ kind: 'instrument' as const, value })),
    ...b.checklists.map((value) => ({ kind: 'checklist' as const, value })),
    ...imported(ctx),
  ];
  return pool.find((d) => d.kind === kind && d.value.id === id && d.value.version === version);
}

export function getInstrument(ctx: HandlerContext, id: string, version: string): Instrument {
  const d = find(ctx, 'instrument', id, version);
  if (!d || d.kind !== 'instrument') throw new AppError('NOT_FOUND', `Instrumen ${id} ${version} tidak tersedia di ruang kerja ini / instrument not available in this workspace`);
  return d.value;
}

export function getChecklist(ctx: HandlerContext, id: string, version: string): Checklist {
  const d = find(ctx, 'checklist', id, version);
  if (!d || d.kind !== 'checklist') throw new AppError('NOT_FOUND', `Daftar periksa ${id} ${version} tidak tersedia / checklist not available`);
  return d.value;
}

export function getDefinition(ctx: HandlerContext, kind: Definition['kind'], id: string, version: string): Instrument | Checklist {
  return kind === 'instrument' ? getInstrument(ctx, id, version) : getChecklist(ctx, id, version);
}

/** Stores a validated definition; the same id+version with different content is refused (versions are immutable). */
export function importDefinition(ctx: HandlerContext, json: unknown): { summary: DefinitionSummary; alreadyPresent: boolean } {
  const v = validateDefinition(json);
  if (!v.ok) {
    throw new AppError('VALIDATION', `Berkas instrumen tidak valid (${v.problems.length} masalah) / invalid instrument file`, v.problems);
  }
  const def = { kind: v.kind, value: v.value } as Definition;
  const existing = find(ctx, def.kind, def.value.id, def.value.version);
  if (existing) {
    if (JSON.stringify(existing.value) === JSON.stringify(def.value)) return { summary: summarise(existing, 'imported'), alreadyPresent: true };
    throw new AppError('CONFLICT', `${def.value.id} versi ${def.value.version} sudah ada dengan isi berbeda; naikkan nomor versi. / ${def.value.id} ${def.value.version} already exists with different content; bump the version.`);
  }
  ctx.workspace.db.prepare('INSERT INTO instrument_import (id, version, kind, data, imported_at) VALUES (?, ?, ?, ?, ?)')
    .run(def.value.id, def.value.version, def.kind, JSON.stringify(def.value), ctx.now().toISOString());
  return { summary: summarise(def, 'imported'), alreadyPresent: false };
}
