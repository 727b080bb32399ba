// The instruments and checklists shipped with the app (assets/instruments), validated once on first use.
// Earlier versions stay shipped (assets/instruments/archive) so rounds scored against them keep their meaning
// and can be carried over to the current version.
import balksUmum from '../../../assets/instruments/balks-umum.json' with { type: 'json' };
import gcgTarif from '../../../assets/instruments/gcg-tarif.json' with { type: 'json' };
import balksUmum100 from '../../../assets/instruments/archive/balks-umum-1.0.0.json' with { type: 'json' };
import gcgTarif100 from '../../../assets/instruments/archive/gcg-tarif-1.0.0.json' with { type: 'json' };
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { compareVersions } from '../../../shared/instrument/version';
import { validateChecklist, validateInstrument } from '../../../shared/scoring/validate';

let cache: { instruments: Instrument[]; checklists: Checklist[] } | undefined;

const problemsText = (problems: { path: string; message: string }[]) => problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');

function instrument(json: unknown): Instrument {
  const v = validateInstrument(json);
  // A shipped file that fails validation is a build defect; the test suite validates them too.
  if (!v.ok) throw new Error(`bundled instrument invalid: ${problemsText(v.problems)}`);
  return v.instrument;
}

function checklist(json: unknown): Checklist {
  const v = validateChecklist(json);
  if (!v.ok) throw new Error(`bundled checklist invalid: ${problemsText(v.problems)}`);
  return v.checklist;
}

/** Newest first, one entry per id@version (the current file wins over an archived copy of the same version). */
const newestFirst = <T extends { id: string; version: string }>(xs: T[]): T[] =>
  xs.filter((x, i) => xs.findIndex((y) => y.id === x.id && y.version === x.version) === i).sort((a, b) => compareVersions(b.version, a.version));

/** Every shipped version, newest first: new rounds use the first one of each id. */
export function bundled(): { instruments: Instrument[]; checklists: Checklist[] } {
  cache ??= {
    instruments: newestFirst([instrument(balksUmum), instrument(balksUmum100)]),
    checklists: newestFirst([checklist(gcgTarif), checklist(gcgTarif100)]),
  };
  return cache;
}

/** The current shipped version of an instrument or checklist id. */
export function latestBundled<K extends 'instruments' | 'checklists'>(kind: K, id: string): ReturnType<typeof bundled>[K][number] | undefined {
  return bundled()[kind].find((d) => d.id === id);
}

export const DEFAULT_INSTRUMENT_ID = 'balks-umum';
export const DEFAULT_CHECKLIST_ID = 'gcg-tarif';
