// Instrument and checklist validation: zod paths and each cross-field rule, with its exact path and message.
import { describe, expect, it } from 'vitest';
import type { InstrumentInput } from '../../../shared/instrument/schema';
import { formatPath, validateChecklist, validateInstrument } from '../../../shared/scoring';
import { CHECKLIST, instrumentInput, MINI_SPEC } from './fixtures';

const broken = (edit: (x: InstrumentInput) => void) => {
  const x = instrumentInput(MINI_SPEC);
  edit(x);
  const r = validateInstrument(x);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};
const paths = (edit: (x: InstrumentInput) => void) => broken(edit).map((p) => p.path);

describe('validateInstrument', () => {
  it('accepts the MINI fixture and applies defaults', () => {
    const r = validateInstrument(instrumentInput(MINI_SPEC));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.instrument.components[0].indicators[1].allowNotApplicable).toBe(false);
  });

  it('formats paths like components[2].indicators[5].levels', () => {
    expect(formatPath(['components', 2, 'indicators', 5, 'levels'])).toBe('components[2].indicators[5].levels');
    expect(formatPath([])).toBe('');
  });

  it('turns zod issues into paths', () => {
    expect(paths((x) => { x.components[0].indicators[1].weight = -1; })).toEqual(['components[0].indicators[1].weight']);
    expect(paths((x) => { (x as { scale: unknown }).scale = { min: 0, max: 'four' }; })).toEqual(['scale.max']);
    // inside a union, the closest branch is reported rather than a bare "Invalid input"
    const p = broken((x) => { x.components[2].indicators[2].applicability = { condition: { fact: 'annualAidIdr', op: 'gte', value: 'x' as never } }; });
    expect(p.map((q) => q.path)).toEqual(['components[2].indicators[2].applicability.condition.value']);
    expect(p[0].message).toMatch(/expected number.*\/ isian tidak sesuai format/);
  });

  it('duplicate component ids and indicator codes', () => {
    const p = broken((x) => { x.components[1].indicators[0].code = 'P2'; x.components[2].id = 'prog'; });
    expect(p).toEqual([
      { path: 'components[2].id', message: 'duplicate component id prog / id komponen prog ganda' },
      { path: 'components[1].indicators[0].code', message: 'duplicate indicator code P2 / kode indikator P2 ganda' },
    ]);
  });

  it('levels must cover the scale exactly once', () => {
    const p = broken((x) => { x.components[0].indicators[1].levels.pop(); x.components[0].indicators[1].levels.push({ level: 0, label: { id: 'a', en: 'a' }, description: { id: 'a', en: 'a' } }); });
    expect(p).toEqual([{ path: 'components[0].indicators[1].levels', message: expect.stringContaining('levels of P2 must be 0..4 each exactly once, got [0, 0, 1, 2, 3]') }]);
  });

  it('evidence kinds and modules must be defined; mustHave within the scale', () => {
    expect(paths((x) => { x.components[0].indicators[0].evidence = ['akta', 'npwp']; })).toEqual(['components[0].indicators[0].evidence[1]']);
    expect(paths((x) => { x.components[2].indicators[1].module = 'lansia'; })).toEqual(['components[2].indicators[1].module']);
    expect(paths((x) => { x.components[1].indicators[1].mustHave = { minLevel: 5 }; })).toEqual(['components[1].indicators[1].mustHave.minLevel']);
  });

  it('grade bands: distinct grades, strictly higher total for a better grade', () => {
    expect(paths((x) => { x.scoring.gradeBands[1].minTotal = 86; })).toEqual(['scoring.gradeBands[0].minTotal']);
    expect(paths((x) => { x.scoring.gradeBands[2].grade = 'B'; })).toContain('scoring.gradeBands[2].grade');
    const reversed = instrumentInput(MINI_SPEC);
    reversed.scoring.gradeBands.reverse();
    expect(validateInstrument(reversed).ok).toBe(true);
  });

  it('gates may only name grades that have a band', () => {
    expect(paths((x) => { x.scoring.gradeBands.pop(); x.scoring.gates = [{ kind: 'mustHave', grades: ['C'] }]; })).toEqual(['scoring.gates[0].grades[0]']);
  });

  it('typology: A..E once, descending, E at 0, basis summing to 100', () => {
    expect(paths((x) => { x.scoring.typology.bands[3].typology = 'C'; })).toEqual(['scoring.typology.bands[3].typology', 'scoring.typology.bands']);
    expect(broken((x) => { x.scoring.typology.bands[3].typology = 'C'; })[1].message).toContain('missing D');
    expect(paths((x) => { x.scoring.typology.bands[4].minScore = 10; })).toEqual(['scoring.typology.bands[4].minScore']);
    expect(paths((x) => { x.scoring.typology.bands[1].minScore = 90; })).toEqual(['scoring.typology.bands[0].minScore']);
    expect(paths((x) => { x.scoring.typology.basis = { accreditation: 60, gcg: 30 }; })).toEqual(['scoring.typology.basis']);
  });

  it('conditions must use a fact the way its type allows', () => {
    expect(paths((x) => { x.components[2].indicators[2].applicability = { condition: { all: [{ fact: 'lksType', op: 'gte', value: 3 }] } }; }))
      .toEqual(['components[2].indicators[2].applicability.condition.all[0]']);
    expect(paths((x) => { x.modules![0].applicability = { condition: { fact: 'lksType', op: 'in', value: ['lksa', 'panti'] } }; }))
      .toEqual(['modules[0].applicability.condition.value']);
    expect(paths((x) => { x.components[0].indicators[0].applicability = { condition: { fact: 'staffCount', op: 'eq', value: 'ten' } }; }))
      .toEqual(['components[0].indicators[0].applicability.condition']);
  });
});

describe('validateChecklist', () => {
  const input = () => structuredClone(CHECKLIST) as Record<string, any>;
  it('accepts the fixture', () => {
    expect(validateChecklist(input()).ok).toBe(true);
  });
  it('duplicate item codes, undefined evidence, bad conditions, zod paths', () => {
    const c = input();
    c.items[1].code = 'T1';
    c.items[0].evidence = ['akta'];
    c.items[2].applicability = { condition: { fact: 'annualAidIdr', op: 'in', value: ['x'] } };
    const r = validateChecklist(c);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['items[1].code', 'items[0].evidence[0]', 'items[2].applicability.condition']);
    const z = input();
    z.items[3].principle = 'keadilan';
    const rz = validateChecklist(z);
    expect(rz.ok ? [] : rz.problems.map((p) => p.path)).toEqual(['items[3].principle']);
  });
  it('principles must be the five TARIF principles', () => {
    const c = input();
    c.principles[4].id = 'transparansi';
    const r = validateChecklist(c);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['principles[4].id', 'principles']);
  });
});

describe('rules added with issue 8', () => {
  it('yes/no facts take eq/neq with true or false', () => {
    const cond = (c: unknown) => (x: InstrumentInput) => { x.components[0].indicators[0].applicability = { condition: c as never }; };
    expect(broken(cond({ fact: 'collectsZakat', op: 'gte', value: 1 }))[0].message).toContain('ya/tidak');
    expect(broken(cond({ fact: 'collectsZakat', op: 'eq', value: 'ya' }))[0].path).toBe('components[0].indicators[0].applicability.condition');
    const ok = instrumentInput(MINI_SPEC);
    cond({ fact: 'collectsZakat', op: 'eq', value: true })(ok);
    expect(validateInstrument(ok).ok).toBe(true);
  });

  it('prerequisites: unique ids and known evidence kinds; changelog names known codes and no future version', () => {
    const t = (s: string) => ({ id: s, en: s });
    expect(paths((x) => {
      x.prerequisites = [
        { id: 'a', label: t('a'), check: { kind: 'evidence', evidenceKinds: ['nope'] } },
        { id: 'a', label: t('b'), check: { kind: 'permitValid' } },
      ];
    })).toEqual(['prerequisites[1].id', 'prerequisites[0].check.evidence[0]']);
    expect(paths((x) => { x.changelog = [{ version: '99.0', note: t('n'), editorial: ['ZZ'] }]; })).toEqual(['changelog[0].version', 'changelog[0].editorial[0]']);
  });

  it('a checklist reference may not carry its verification status in the text', () => {
    const c = structuredClone(CHECKLIST) as unknown as { items: { references: { cite: { id: string; en: string }; status: string }[] }[] };
    c.items[0].references = [{ cite: { id: 'UU Yayasan Pasal 5 (pasal perlu diverifikasi)', en: 'Foundations Law Art. 5' }, status: 'to-verify' }];
    const r = validateChecklist(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['items[0].references[0].cite']);
  });

  it('reads an old free-text basis as one unverified reference, without the inline note', () => {
    const c = structuredClone(CHECKLIST) as unknown as { items: Record<string, unknown>[] };
    const { references: _r, ...rest } = c.items[0];
    c.items[0] = { ...rest, basis: { id: 'UU Yayasan Pasal 52 (ayat perlu diverifikasi)', en: 'Foundations Law Art. 52 (paragraph to be verified)' } };
    const r = validateChecklist(c);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.checklist.items[0].references).toEqual([{ cite: { id: 'UU Yayasan Pasal 52', en: 'Foundations Law Art. 52' }, status: 'to-verify' }]);
  });
});
