// CLI commands for instrument files: validate, compile from a spreadsheet, export to a spreadsheet.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { bundled } from '../../services/instruments/bundled';
import { loadDefinitionFile, type LoadedDefinition } from '../../services/instruments/load-file';
import { instrumentToXlsx } from '../../services/instruments/to-xlsx';
import type { CliCommand, CliIo } from './command';

function describe(def: Extract<LoadedDefinition, { ok: true }>): string {
  if (def.kind === 'checklist') return `checklist ${def.value.id} ${def.value.version}: ${def.value.items.length} butir / items`;
  const n = def.value.components.reduce((s, c) => s + c.indicators.length, 0);
  return `instrument ${def.value.id} ${def.value.version}: ${def.value.components.length} komponen / components, ${n} indikator / indicators`;
}

function reportProblems(io: CliIo, file: string, problems: { path: string; message: string }[]): never {
  for (const p of problems) io.err(`${file}: ${p.path}: ${p.message}`);
  throw new AppError('VALIDATION', `${problems.length} masalah ditemukan / problem(s) found in ${file}`);
}

const needFile = (args: { positionals: string[] }, usage: string) => {
  const f = args.positionals[0];
  if (!f) throw new AppError('VALIDATION', `Sebutkan berkas / name a file: ${usage}`);
  return f;
};

export const instrumentValidate: CliCommand = {
  path: ['instrument', 'validate'],
  usage: 'instrument validate FILE(.json|.xlsx)',
  summary: 'Periksa berkas instrumen/daftar periksa / check an instrument or checklist file',
  async run(args, io) {
    const file = needFile(args, this.usage);
    const def = await loadDefinitionFile(file);
    if (!def.ok) reportProblems(io, file, def.problems);
    io.out(`OK: ${describe(def)}`);
  },
};

export const instrumentFromXlsxCmd: CliCommand = {
  path: ['instrument', 'from-xlsx'],
  usage: 'instrument from-xlsx FILE.xlsx --out FILE.json',
  summary: 'Susun instrumen dari lembar kerja / compile an instrument from a spreadsheet',
  valued: ['out'],
  async run(args, io) {
    const file = needFile(args, this.usage);
    if (typeof args.flags.out !== 'string') throw new AppError('VALIDATION', `--out FILE.json wajib / is required`);
    const def = await loadDefinitionFile(file);
    if (!def.ok) reportProblems(io, file, def.problems);
    const tmp = `${args.flags.out}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(def.value, null, 2) + '\n');
    fs.renameSync(tmp, args.flags.out);
    io.out(`OK: ${describe(def)} → ${path.resolve(args.flags.out)}`);
  },
};

export const instrumentToXlsxCmd: CliCommand = {
  path: ['instrument', 'to-xlsx'],
  usage: 'instrument to-xlsx [FILE.json] --out FILE.xlsx',
  summary: 'Ekspor instrumen ke lembar kerja (tanpa FILE: instrumen bawaan) / export an instrument (default: the shipped one) to XLSX',
  valued: ['out'],
  async run(args, io) {
    if (typeof args.flags.out !== 'string') throw new AppError('VALIDATION', '--out FILE.xlsx wajib / is required');
    let instrument = bundled().instruments[0];
    if (args.positionals[0]) {
      const def = await loadDefinitionFile(args.positionals[0]);
      if (!def.ok) reportProblems(io, args.positionals[0], def.problems);
      if (def.kind !== 'instrument') throw new AppError('VALIDATION', 'Hanya instrumen yang dapat diekspor ke XLSX / only instruments can be exported to XLSX');
      instrument = def.value;
    }
    fs.writeFileSync(args.flags.out, await instrumentToXlsx(instrument));
    io.out(`OK: ${instrument.id} ${instrument.version} → ${path.resolve(args.flags.out)}`);
  },
};
