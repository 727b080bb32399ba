// The instruments and checklists shipped with the app (assets/instruments), validated once on first use.
import balksUmum from '../../../assets/instruments/balks-umum.json' with { type: 'json' };
import gcgTarif from '../../../assets/instruments/gcg-tarif.json' with { type: 'json' };
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { validateChecklist, validateInstrument } from '../../../shared/scoring/validate';

let cache: { instruments: Instrument[]; checklists: Checklist[] } | undefined;

export function bundled(): { instruments: Instrument[]; checklists: Checklist[] } {
  if (cache) return cache;
  const i = validateInstrument(balksUmum);
  const c = validateChecklist(gcgTarif);
  // A shipped file that fails validation is a build defect; the test suite validates them too.
  if (!i.ok) throw new Error(`bundled instrument invalid: ${i.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  if (!c.ok) throw new Error(`bundled checklist invalid: ${c.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  cache = { instruments: [i.instrument], checklists: [c.checklist] };
  return cache;
}

export const DEFAULT_INSTRUMENT_ID = 'balks-umum';
export const DEFAULT_CHECKLIST_ID = 'gcg-tarif';
