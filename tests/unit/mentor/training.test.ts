// Training recommendations: the shipped rules file, the validator's path-named problems, the recommender and
// the invitation lists, plus a property test of the three-valued logic against a brute-force reading.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Instrument, TYPOLOGIES } from '../../../shared/instrument/schema';
import { LKS_TYPES } from '../../../shared/profile';
import {
  daysBetween, invitations, monthsBetween, recommend, validateTrainingRules,
  type LksFacts, type RuleCondition, type TrainingRules,
} from '../../../shared/mentor/training';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const rawRules = readJson('assets/mentor/training-models.json');
const instrument = Instrument.parse(readJson('assets/instruments/balks-umum.json'));
const ctx = {
  standards: instrument.components.map((c) => c.code),
  indicators: instrument.components.flatMap((c) => c.indicators.map((i) => i.code)),
  scaleMax: instrument.scale.max,
};

function shipped(): TrainingRules {
  const v = validateTrainingRules(rawRules, ctx);
  if (!v.ok) throw new Error(JSON.stringify(v.problems, null, 2));
  return v.rules;
}
const rules = shipped();
const clone = () => structuredClone(rawRules);
const model = (facts: LksFacts, id: string) => recommend(facts, rules).models.find((m) => m.model.id === id)!;
const lks = (over: Partial<LksFacts> = {}): LksFacts => ({ id: 'x', name: 'LKS Contoh', ...over });

describe('shipped rules file', () => {
  it('validates against the instrument, with every rule and model accounted for', () => {
    const v = validateTrainingRules(rawRules, ctx);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(rules.models.map((m) => [m.id, m.number])).toEqual([
      ['m1-diklat-tks', 1], ['m2-tata-kelola', 2], ['m2-rumah-tangga-lk3', 2], ['m3-pengembangan-usaha', 3],
      ['m4-jaringan-kemitraan', 4], ['m5-supervisi', 5], ['m6-forum-lks', 6],
    ]);
    for (const m of rules.models) expect(rules.rules.some((r) => r.model === m.id), m.id).toBe(true);
    // Without the instrument at hand, only the standard prefix of indicator codes is checked.
    expect(validateTrainingRules(rawRules).ok).toBe(true);
  });

  it('carries the hours of the source', () => {
    const hours = Object.fromEntries(rules.models.map((m) => [m.id, [m.size.hours, m.size.unit]]));
    expect(hours).toMatchObject({
      'm1-diklat-tks': [222, 'jam'], 'm2-tata-kelola': [38, 'jam'], 'm2-rumah-tangga-lk3': [30, 'jam'],
      'm3-pengembangan-usaha': [44, 'jam'], 'm4-jaringan-kemitraan': [18, 'jpl'],
    });
    expect(rules.models.find((m) => m.id === 'm1-diklat-tks')!.size.text.id).toContain('80');
  });

  it('marks every rule whose threshold the source does not give as an estimate', () => {
    const thresholds = (c: RuleCondition): boolean => ('all' in c ? c.all.some(thresholds) : 'any' in c ? c.any.some(thresholds)
      : 'not' in c ? thresholds(c.not) : 'op' in c && (c.op === 'lt' || c.op === 'gte') && c.fact !== 'staffUnqualified');
    for (const r of rules.rules) if (thresholds(r.when)) expect(r.origin, r.id).not.toBe('source');
    expect(rules.provenance.status).toBe('mixed');
  });
});

describe('recommend', () => {
  it('gives Model 2 Tata Kelola to a C-typology LKS, with a reason naming typology C', () => {
    const m = model(lks({ typology: 'C' }), 'm2-tata-kelola');
    expect(m.status).toBe('recommended');
    const r = m.reasons.find((x) => x.ruleId === 'm2-tipologi-cde')!;
    expect(r.origin).toBe('source');
    expect(r.text.id).toContain('Tipologi LKS C (Tumbuh)');
    expect(r.text.en).toContain('typology is C (Growing)');
    expect(r.because.map((c) => c.text.id)).toEqual(['tipologi C, D atau E — LKS ini: C (Tumbuh)']);
    expect(m.estimate).toBe(false);
  });

  it('says a projected typology is an estimate in the reason', () => {
    const r = model(lks({ typology: 'D', typologyEstimated: true }), 'm2-tata-kelola').reasons[0];
    expect(r.text.id).toContain('D (Embrio, perkiraan)');
  });

  it('does not give Model 2 Tata Kelola to a B-typology LKS, and says why not', () => {
    const m = model(lks({ typology: 'B', grade: 'A', standards: { S3: 80 }, gcg: { transparansi: 90, akuntabilitas: 90, responsibilitas: 90, independensi: 90, kewajaran: 90 } }), 'm2-tata-kelola');
    expect(m.status).toBe('not-recommended');
    const w = m.whyNot.find((x) => x.ruleId === 'm2-tipologi-cde')!;
    expect(w.failed.map((c) => [c.met, c.actual.id])).toEqual([[false, 'B (Berkembang)']]);
  });

  it('gives Model 4 to a B LKS weak in fundraising, and not to an A LKS', () => {
    const weak = { indicators: { 'S6.08': 1, 'S3.12': 3 }, standards: { S6: 48 } };
    const b = model(lks({ typology: 'B', ...weak }), 'm4-jaringan-kemitraan');
    expect(b.status).toBe('recommended');
    expect(b.estimate).toBe(true); // the threshold of "weak" is ours
    expect(b.reasons[0].because.map((c) => c.path)).toEqual(['when.all[0]', 'when.all[1].any[0]']);
    expect(b.reasons[0].text.id).toMatch(/^Penggalangan dukungan masih lemah pada LKS kategori B, C atau D: tipologi B, C atau D — B \(Berkembang\); dukungan dana dari beberapa sumber \(butir S6\.08\) belum ada — tingkat 1\./);

    const a = model(lks({ typology: 'A', ...weak }), 'm4-jaringan-kemitraan');
    expect(a.status).toBe('not-recommended');
    expect(a.whyNot[0].failed.map((c) => c.text.id)).toEqual(['tipologi B, C atau D — LKS ini: A (Mandiri)']);

    const strong = model(lks({ typology: 'B', indicators: { 'S6.08': 3, 'S3.12': 2 } }), 'm4-jaringan-kemitraan');
    expect(strong.status).toBe('not-recommended');
  });

  it('leaves Model 4 undecided when the fundraising items are unknown, naming what is missing', () => {
    const m = model(lks({ typology: 'C' }), 'm4-jaringan-kemitraan');
    expect(m.status).toBe('undecided');
    expect(m.whyNot[0].failed).toEqual([]);
    expect(m.whyNot[0].missing.map((c) => c.path)).toEqual(['when.all[1].any[0]', 'when.all[1].any[1]']);
  });

  it('gives an LK3 the household-management course, and no other type', () => {
    const m = model(lks({ lksType: 'lk3' }), 'm2-rumah-tangga-lk3');
    expect(m.status).toBe('recommended');
    expect(m.reasons[0].text.id).toContain('LK3 (konsultasi keluarga)');
    for (const t of LKS_TYPES.filter((x) => x !== 'lk3')) expect(model(lks({ lksType: t }), 'm2-rumah-tangga-lk3').status).toBe('not-recommended');
  });

  it('gives Model 1 to an LKS with unqualified staff, with the counts in the reason', () => {
    const m = model(lks({ staff: { total: 7, qualified: 2 } }), 'm1-diklat-tks');
    expect(m.status).toBe('recommended');
    expect(m.reasons[0].text.id).toMatch(/^5 dari 7 staf belum berkualifikasi/);
    expect(model(lks({ staff: { total: 3, qualified: 3 }, indicators: { 'S4.02': 3 } }), 'm1-diklat-tks').status).toBe('not-recommended');
  });

  it('tells the supervision kind and treats "never visited" apart from "unknown"', () => {
    const expiring = model(lks({ permitExpiresInDays: 30, lastVisitMonthsAgo: 1 }), 'm5-supervisi');
    expect(expiring.reasons.map((r) => r.supervisionKind)).toEqual(['perizinan']);
    const none = model(lks({ permitExpiresInDays: null, operatesInMultipleRegencies: true, lastVisitMonthsAgo: null }), 'm5-supervisi');
    expect(none.reasons.map((r) => [r.ruleId, r.supervisionKind])).toEqual([['m5-perizinan', 'perizinan'], ['m5-pengawasan-lintas-wilayah', undefined]]);
    expect(none.reasons[1].text.id).toContain('belum pernah dikunjungi');
    expect(model(lks({ permitExpiresInDays: -10 }), 'm5-supervisi').reasons[0].text.id).toContain('sudah berakhir 10 hari lalu');
    const unknown = model(lks({ operatesInMultipleRegencies: true }), 'm5-supervisi');
    expect(unknown.status).toBe('undecided');
  });

  it('applies not() by stating the negated requirement', () => {
    const r: TrainingRules = { ...rules, rules: [{ ...rules.rules[0], id: 'n', when: { not: { all: [{ fact: 'lksType', op: 'in', value: ['lk3'] }, { fact: 'runsBusinessUnit', op: 'eq', value: true }] } } }] };
    const held = recommend(lks({ lksType: 'lksa', runsBusinessUnit: true }), r).models[0];
    expect(held.status).toBe('recommended');
    expect(held.reasons[0].because.map((c) => c.text.id)).toEqual(['jenis LKS bukan LK3 (konsultasi keluarga) — LKS ini: LKSA (anak)']);
    const failed = recommend(lks({ lksType: 'lk3', runsBusinessUnit: true }), r).models[0];
    expect(failed.whyNot[0].failed.map((c) => c.requirement.id)).toEqual(['jenis LKS bukan LK3 (konsultasi keluarga)', 'tidak menjalankan unit usaha']);
  });
});

describe('invitations', () => {
  it('lists per model the LKS to invite, sorted by name, and the undecided apart', () => {
    const portfolio: LksFacts[] = [
      lks({ id: '3', name: 'Yayasan Zaitun', typology: 'C', lksType: 'lksa' }),
      lks({ id: '1', name: 'panti Asuhan Bina', typology: 'E', lksType: 'lk3' }),
      lks({ id: '2', name: 'Panti asuhan Bina', typology: 'A', lksType: 'lansia' }),
      lks({ id: '4', name: 'LKS 10', typology: 'D' }),
      lks({ id: '5', name: 'LKS 9', typology: 'B', indicators: { 'S6.08': 0 } }),
    ];
    const inv = Object.fromEntries(invitations(portfolio, rules).map((i) => [i.model.id, i]));
    expect(inv['m2-tata-kelola'].invite.map((x) => x.id)).toEqual(['4', '1', '3']);
    expect(inv['m2-rumah-tangga-lk3'].invite.map((x) => x.name)).toEqual(['panti Asuhan Bina']);
    expect(inv['m4-jaringan-kemitraan'].invite.map((x) => x.name)).toEqual(['LKS 9']);
    // "LKS 9" before "LKS 10" (numeric collation); case-insensitive names tie-break on id.
    expect(inv['m6-forum-lks'].invite.map((x) => x.id)).toEqual(['5', '4', '1', '2', '3']);
    expect(inv['m4-jaringan-kemitraan'].undecided.map((x) => x.id)).toEqual(['4', '3']);
    expect(inv['m4-jaringan-kemitraan'].undecided[0].missing.map((t) => t.id)[0]).toContain('S6.08');
  });
});

describe('validator', () => {
  const problems = (raw: unknown) => {
    const v = validateTrainingRules(raw, ctx);
    expect(v.ok).toBe(false);
    return v.ok ? [] : v.problems.map((p) => p.path);
  };

  it('names the path of an unknown model, standard, indicator, typology, empty reason and placeholder', () => {
    const r = clone();
    r.rules[0].model = 'm9-tidak-ada';
    r.rules[5].when.code = 'S9';
    r.rules[2].when.value = ['C', 'F'];
    r.rules[3].reason.id = '   ';
    r.rules[4].reason.en = 'Low: {gcg:kejujuran} and {nonsense}';
    r.rules[9].when.all[1].any[0].code = 'S6.99';
    const v = validateTrainingRules(r, ctx);
    expect(v.ok).toBe(false);
    // Shape problems are reported first (zod); cross-references once the shape is right.
    expect(problems(r)).toEqual(['rules[2].when.value[1]', 'rules[3].reason.id']);
    r.rules[2].when.value = ['C'];
    r.rules[3].reason.id = 'Peringkat {grade}.';
    expect(problems(r)).toEqual([
      'rules[0].model', 'rules[4].reason.en', 'rules[4].reason.en', 'rules[5].when.code', 'rules[9].when.all[1].any[0].code',
    ]);
    const msgs = validateTrainingRules(r, ctx);
    expect(msgs.ok ? [] : msgs.problems.map((p) => p.message.id)).toEqual([
      expect.stringContaining('model "m9-tidak-ada" tidak dikenal'),
      'isian {gcg:kejujuran} tidak dikenal', 'isian {nonsense} tidak dikenal',
      expect.stringContaining('kode standar "S9" tidak dikenal'),
      'kode butir "S6.99" tidak dikenal',
    ]);
  });

  it('names unknown facts, bad operators, duplicate ids and out-of-scale levels', () => {
    const r = clone();
    r.rules[0].when = { fact: 'weather', op: 'eq', value: true };
    r.rules[1].when.op = 'gt';
    expect(problems(r)).toEqual(['rules[0].when', 'rules[1].when.op']);
    const d = clone();
    d.rules[1].id = d.rules[0].id;
    d.rules[1].when.value = 7;
    d.models[1].id = d.models[0].id;
    expect(problems(d)).toEqual(['models[1].id', 'rules[1].id', 'rules[1].when.value', 'rules[2].model', 'rules[3].model', 'rules[4].model', 'rules[5].model']);
  });

  it('rejects what is not a rules file at all', () => {
    expect(problems(null)).toEqual(['']);
    expect(problems({ kind: 'training-rules' })).toEqual(['id', 'version', 'title', 'provenance', 'models', 'rules']);
  });
});

describe('three-valued logic (property)', () => {
  type Leafish = { fact: 'typology'; op: 'in'; value: ('A' | 'B' | 'C' | 'D' | 'E')[] } | { fact: 'standard'; code: string; op: 'lt' | 'gte'; value: number };
  const leaf: fc.Arbitrary<Leafish> = fc.oneof(
    fc.record({ fact: fc.constant('typology' as const), op: fc.constant('in' as const), value: fc.subarray([...TYPOLOGIES], { minLength: 1 }) }),
    fc.record({ fact: fc.constant('standard' as const), code: fc.constantFrom('S1', 'S2'), op: fc.constantFrom('lt' as const, 'gte' as const), value: fc.integer({ min: 0, max: 100 }) }),
  );
  const cond: fc.Arbitrary<Gen> = fc.letrec<{ c: Gen }>((tie) => ({
    c: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('c') })),
  })).c;
  const facts = fc.record({
    typology: fc.option(fc.constantFrom(...TYPOLOGIES), { nil: undefined }),
    s1: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    s2: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  });

  /** The generated conditions only hold typology and standard leaves. */
  type Gen = Leafish | { all: Gen[] } | { any: Gen[] } | { not: Gen };
  const truth = (x: Gen, g: Record<string, unknown>): boolean => ('all' in x ? x.all.every((y) => truth(y, g)) : 'any' in x ? x.any.some((y) => truth(y, g))
    : 'not' in x ? !truth(x.not, g) : x.fact === 'typology' ? (x.value as string[]).includes(g.typology as string)
      : x.op === 'lt' ? (g[x.code] as number) < x.value : (g[x.code] as number) >= x.value);
  const thresholds = (x: Gen): number[] => ('all' in x ? x.all.flatMap(thresholds) : 'any' in x ? x.any.flatMap(thresholds)
    : 'not' in x ? thresholds(x.not) : x.fact === 'standard' ? [x.value, x.value - 1] : []);

  /** Reference: try every completion of the unknown facts; the result is decided only if all completions agree. */
  function reference(c: Gen, f: { typology?: string; S1?: number; S2?: number }): boolean | null {
    const outcomes = new Set<boolean>();
    for (const t of f.typology ? [f.typology] : TYPOLOGIES) {
      for (const s1 of f.S1 !== undefined ? [f.S1] : [0, 100, ...thresholds(c)]) {
        for (const s2 of f.S2 !== undefined ? [f.S2] : [0, 100, ...thresholds(c)]) outcomes.add(truth(c, { typology: t, S1: s1, S2: s2 }));
      }
    }
    return outcomes.size === 1 ? [...outcomes][0] : null;
  }

  it('agrees with a brute-force reading over all completions of the unknown facts, and explains consistently', () => {
    fc.assert(fc.property(cond, facts, (when, f) => {
      const r: TrainingRules = { ...rules, rules: [{ ...rules.rules[0], when, reason: { id: 'x {held}', en: 'x {held}' } }] };
      const standards: Record<string, number> = {};
      if (f.s1 !== undefined) standards.S1 = f.s1;
      if (f.s2 !== undefined) standards.S2 = f.s2;
      const m = recommend(lks({ ...(f.typology ? { typology: f.typology } : {}), standards }), r).models[0];
      const expected = reference(when, { typology: f.typology, S1: f.s1, S2: f.s2 });
      const exact = expected === true ? 'recommended' : expected === null ? 'undecided' : 'not-recommended';
      // Sound: a decided status agrees with every completion of the unknown facts. With every fact known it is
      // exact; with some unknown it may stay undecided where only case analysis decides (S2 ≥ 0 or S2 < 0).
      if (m.status !== 'undecided') expect(m.status).toBe(exact);
      if (f.typology && f.s1 !== undefined && f.s2 !== undefined) expect(m.status).toBe(exact);
      if (m.status === 'recommended') expect(m.reasons[0].because.every((c) => c.met === true)).toBe(true);
      if (m.status === 'not-recommended') expect(m.whyNot[0].failed.length > 0 && m.whyNot[0].failed.every((c) => c.met === false)).toBe(true);
      if (m.status === 'undecided') expect(m.whyNot[0].missing.length).toBeGreaterThan(0);
    }), { numRuns: 400 });
  });

  it('every shipped rule gives a filled reason with no placeholder left, whatever facts are given', () => {
    const anyFacts = fc.record({
      typology: fc.option(fc.constantFrom(...TYPOLOGIES), { nil: undefined }),
      lksType: fc.option(fc.constantFrom(...LKS_TYPES), { nil: undefined }),
      grade: fc.option(fc.constantFrom('A' as const, 'B' as const, 'C' as const, null), { nil: undefined }),
      level: fc.integer({ min: 0, max: 4 }),
      score: fc.integer({ min: 0, max: 100 }),
      staff: fc.record({ total: fc.integer({ min: 0, max: 30 }), qualified: fc.integer({ min: 0, max: 30 }) }),
      visit: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      flag: fc.boolean(),
    });
    fc.assert(fc.property(anyFacts, (a) => {
      const f = lks({
        typology: a.typology, lksType: a.lksType, grade: a.grade, staff: a.staff, lastVisitMonthsAgo: a.visit, monthsSinceTraining: a.visit,
        permitExpiresInDays: a.visit === null ? null : a.visit * 10 - 100,
        indicators: Object.fromEntries(ctx.indicators.map((c) => [c, a.level])), standards: Object.fromEntries(ctx.standards.map((c) => [c, a.score])),
        gcg: { transparansi: a.score, akuntabilitas: a.score, responsibilitas: a.score, independensi: a.score, kewajaran: a.score },
        runsBusinessUnit: a.flag, startingBusinessUnit: !a.flag, operatesInMultipleRegencies: a.flag, competitionPlanned: a.flag,
      });
      for (const m of recommend(f, rules).models) {
        for (const r of m.reasons) { expect(r.text.id).not.toMatch(/[{}]/); expect(r.text.en).not.toMatch(/[{}]/); }
      }
    }), { numRuns: 200 });
  });
});

describe('date helpers', () => {
  it('counts whole months and days', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2024-01-15', '2024-07-15')).toBe(6);
    expect(monthsBetween('2023-12-20', '2024-12-19')).toBe(11);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
  });
});
