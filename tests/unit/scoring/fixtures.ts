// Small hand-built instruments and checklists for the scoring tests (independent of the shipped JSON files).
import { Checklist, Instrument, type InstrumentInput } from '../../../shared/instrument/schema';

const t = (s: string) => ({ id: s, en: s });

export interface IndSpec {
  code: string;
  weight?: number;
  mustHave?: number;
  allowNa?: boolean;
  module?: string;
  applicability?: InstrumentInput['components'][number]['indicators'][number]['applicability'];
  evidence?: string[];
  effort?: number;
}
export interface CompSpec { id: string; code: string; weight: number; indicators: IndSpec[] }

type Scoring = InstrumentInput['scoring'];
export const BANDS: Scoring['gradeBands'] = [
  { grade: 'A', minTotal: 86, label: t('Sangat Baik') },
  { grade: 'B', minTotal: 71, label: t('Baik') },
  { grade: 'C', minTotal: 56, label: t('Cukup') },
];
export const TYPOLOGY: Scoring['typology'] = {
  origin: 'estimate',
  basis: { accreditation: 70, gcg: 30 },
  bands: [
    { typology: 'A', minScore: 85, label: t('Mandiri') },
    { typology: 'B', minScore: 70, label: t('Berkembang') },
    { typology: 'C', minScore: 55, label: t('Tumbuh') },
    { typology: 'D', minScore: 40, label: t('Embrio') },
    { typology: 'E', minScore: 0, label: t('Bermasalah') },
  ],
};

export interface InstrumentSpec {
  max?: number;
  components: CompSpec[];
  gates?: Scoring['gates'];
  bands?: Scoring['gradeBands'];
  modules?: InstrumentInput['modules'];
  evidenceKinds?: string[];
}

export const makeInstrument = (opts: InstrumentSpec): Instrument => Instrument.parse(instrumentInput(opts));

/** The raw JSON form (before defaults), for validation tests that break it on purpose. */
export function instrumentInput(opts: InstrumentSpec): InstrumentInput {
  const max = opts.max ?? 4;
  const input: InstrumentInput = {
    kind: 'instrument', id: 'test-instrument', version: '1.0', title: t('Test'),
    provenance: { status: 'estimate', note: t('test'), sources: [{ id: 'x', title: 'x' }] },
    scale: { min: 0, max },
    evidenceKinds: (opts.evidenceKinds ?? []).map((id) => ({ id, label: t(id) })),
    modules: opts.modules ?? [],
    components: opts.components.map((c) => ({
      id: c.id, code: c.code, title: t(c.code), weight: c.weight,
      indicators: c.indicators.map((i) => ({
        code: i.code, question: t(`Q ${i.code}`), weight: i.weight ?? 1,
        levels: Array.from({ length: max + 1 }, (_, level) => ({ level, label: t(`L${level}`), description: t(`L${level}`) })),
        evidence: i.evidence ?? [],
        ...(i.applicability ? { applicability: i.applicability } : {}),
        ...(i.module ? { module: i.module } : {}),
        ...(i.allowNa ? { allowNotApplicable: true } : {}),
        ...(i.mustHave ? { mustHave: { minLevel: i.mustHave } } : {}),
        ...(i.effort ? { effortPerStep: i.effort } : {}),
      })),
    })),
    scoring: {
      origin: 'estimate', note: t('estimate'), gradeBands: opts.bands ?? BANDS, gates: opts.gates ?? [], typology: TYPOLOGY,
      validityYears: { A: 5, B: 3, C: 2, origin: 'estimate' },
    },
  };
  return structuredClone(input);
}

/**
 * MINI: renormalisation and applicability. Scale 0..4.
 *   PROG (30): P1 w2, P2 w1, P3 w1 (N/A allowed)
 *   SDM  (20): S1 w1, S2 w1 (must-have ≥ 2)
 *   SAR  (50): R1 w3, R2 w1 (module lksa), R3 w2 (only when staffCount ≥ 10)
 * Gates: every component ≥ 40 (all grades); at most 1 component below 56 (A, B); must-have (all).
 */
export const MINI_SPEC: InstrumentSpec = {
  modules: [{ id: 'lksa', title: t('LKSA'), description: t('LKSA'), applicability: { lksTypes: ['lksa'] } }],
  evidenceKinds: ['akta', 'sop', 'foto'],
  components: [
    { id: 'prog', code: 'PROG', weight: 30, indicators: [{ code: 'P1', weight: 2, evidence: ['akta', 'sop'] }, { code: 'P2' }, { code: 'P3', allowNa: true }] },
    { id: 'sdm', code: 'SDM', weight: 20, indicators: [{ code: 'S1' }, { code: 'S2', mustHave: 2 }] },
    {
      id: 'sar', code: 'SAR', weight: 50, indicators: [
        { code: 'R1', weight: 3, evidence: ['foto'] }, { code: 'R2', module: 'lksa' },
        { code: 'R3', weight: 2, applicability: { condition: { fact: 'staffCount', op: 'gte', value: 10 } } },
      ],
    },
  ],
  gates: [
    { kind: 'minComponent', min: 40 },
    { kind: 'maxComponentsBelow', threshold: 56, maxCount: 1, grades: ['A', 'B'] },
    { kind: 'mustHave' },
  ],
};
export const MINI = makeInstrument(MINI_SPEC);

/**
 * GATES: four components of two weight-1 indicators each, scale 0..4, component weights 40/40/10/10.
 * One step on a PROG or MAN indicator adds 12.5 to its component and 5 to the total; on SDM or SAR 12.5 and 1.25.
 * Gates: every component ≥ 40 (A, B); at most 1 component below 56 (A); P1 must reach level 3 (all grades).
 */
export const GATES = makeInstrument({
  components: [
    { id: 'prog', code: 'PROG', weight: 40, indicators: [{ code: 'P1', mustHave: 3 }, { code: 'P2' }] },
    { id: 'man', code: 'MAN', weight: 40, indicators: [{ code: 'M1' }, { code: 'M2' }] },
    { id: 'sdm', code: 'SDM', weight: 10, indicators: [{ code: 'S1' }, { code: 'S2' }] },
    { id: 'sar', code: 'SAR', weight: 10, indicators: [{ code: 'R1' }, { code: 'R2' }] },
  ],
  gates: [
    { kind: 'minComponent', min: 40, grades: ['A', 'B'] },
    { kind: 'maxComponentsBelow', threshold: 56, maxCount: 1, grades: ['A'] },
    { kind: 'mustHave' },
  ],
});

export const levels = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { level: v }]));

/**
 * A deterministic pseudo-random instrument: `n` indicators over six components (like the six BALKS standards),
 * weights 1–4, BAN-S/M-like gates. Used for timing the planner.
 */
export function bigInstrument(n = 100, seed = 1, withEffort = false): Instrument {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const comps: CompSpec[] = ['prog', 'proses', 'man', 'sdm', 'sarpras', 'hasil'].map((id, k) => ({ id, code: id.toUpperCase(), weight: [20, 20, 15, 15, 15, 15][k], indicators: [] }));
  for (let i = 0; i < n; i++) {
    comps[i % 6].indicators.push({ code: `I${String(i).padStart(3, '0')}`, weight: 1 + Math.floor(rnd() * 4), ...(i % 17 === 0 ? { mustHave: 2 } : {}), ...(withEffort ? { effort: 1 + Math.floor(rnd() * 5) } : {}) });
  }
  return makeInstrument({
    components: comps,
    gates: [{ kind: 'minComponent', min: 40 }, { kind: 'maxComponentsBelow', threshold: 56, maxCount: 2 }, { kind: 'mustHave' }],
  });
}

export function randomAnswers(inst: Instrument, seed: number, maxLevel = 2) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Object.fromEntries(inst.components.flatMap((c) => c.indicators.map((i) => [i.code, { level: Math.floor(rnd() * (maxLevel + 1)) }])));
}

/**
 * GCG checklist: five principles; T2 (audit) only when annual aid ≥ Rp500 juta; R1 only for LKSA; K1 weight 2.
 */
export const CHECKLIST = Checklist.parse({
  kind: 'checklist', id: 'test-gcg', version: '1.0', title: t('GCG'),
  provenance: { status: 'estimate', note: t('test'), sources: [{ id: 'knkg', title: 'KNKG 2006' }] },
  principles: (['transparansi', 'akuntabilitas', 'responsibilitas', 'independensi', 'kewajaran'] as const).map((id) => ({ id, title: t(id), description: t(id) })),
  partialCredit: 0.5,
  items: [
    { code: 'T1', principle: 'transparansi', text: t('laporan tahunan'), basis: t('UU Yayasan') },
    { code: 'T2', principle: 'transparansi', text: t('audit akuntan publik'), basis: t('UU Yayasan'), applicability: { condition: { fact: 'annualAidIdr', op: 'gte', value: 500_000_000 } } },
    { code: 'A1', principle: 'akuntabilitas', text: t('ISAK 35'), basis: t('ISAK 35') },
    { code: 'R1', principle: 'responsibilitas', text: t('kebijakan perlindungan anak'), basis: t('SNPA'), applicability: { lksTypes: ['lksa'] } },
    { code: 'I1', principle: 'independensi', text: t('pemisahan organ'), basis: t('UU Yayasan') },
    { code: 'K1', principle: 'kewajaran', text: t('saluran pengaduan'), basis: t('KNKG'), weight: 2 },
    { code: 'K2', principle: 'kewajaran', text: t('benturan kepentingan'), basis: t('KNKG'), allowNotApplicable: true },
  ],
});
