// Training recommendations for the BK3S mentor: the rules file (schema and validator) and the recommender.
// Rules are data (assets/mentor/training-models.json): conditions over an LKS's facts, combined with all/any/not,
// evaluated with three values (held, failed, unknown) so that a missing fact never passes for a failed one.
import { z } from 'zod';
import {
  GRADES, PRINCIPLES, Principle, Provenance, Text, TYPOLOGIES, Typology, type Grade,
} from '../instrument/schema';
import { LksType } from '../profile';
import { fmt, text } from '../scoring/util';

export type TypologyLetter = (typeof TYPOLOGIES)[number];
export const SUPERVISION_KINDS = ['perizinan', 'persiapan-lomba', 'pasca-diklat', 'insidental'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

/** Numeric facts a rule can compare with `lt` / `gte`. */
export const NUMERIC_FACTS = ['staffTotal', 'staffQualified', 'staffUnqualified', 'lastVisitMonthsAgo', 'monthsSinceTraining', 'permitExpiresInDays'] as const;
/** Yes/no facts a rule can test with `eq`. */
export const FLAG_FACTS = ['runsBusinessUnit', 'startingBusinessUnit', 'operatesInMultipleRegencies', 'competitionPlanned', 'neverVisited', 'permitMissing'] as const;
type NumericFact = (typeof NUMERIC_FACTS)[number];
type FlagFact = (typeof FLAG_FACTS)[number];

const NumOp = z.enum(['lt', 'gte']);
/** Text that must say something: blank after trimming is an error, in both languages. */
const FilledText = z.object({ id: z.string().trim().min(1, 'kosong'), en: z.string().trim().min(1, 'empty') }).strict();
const label = FilledText.optional();
const GradeOrNone = z.enum([...GRADES, 'none']);

export type Leaf =
  | { fact: 'typology'; op: 'in'; value: TypologyLetter[]; label?: Text }
  | { fact: 'grade'; op: 'in'; value: (Grade | 'none')[]; label?: Text }
  | { fact: 'lksType'; op: 'in'; value: LksType[]; label?: Text }
  | { fact: 'standard'; code: string; op: 'lt' | 'gte'; value: number; label?: Text }
  | { fact: 'indicator'; code: string; op: 'lt' | 'gte'; value: number; label?: Text }
  | { fact: 'gcg'; principle: Principle; op: 'lt' | 'gte'; value: number; label?: Text }
  | { fact: NumericFact; op: 'lt' | 'gte'; value: number; label?: Text }
  | { fact: FlagFact; op: 'eq'; value: boolean; label?: Text }
  | { always: true; label?: Text };
export type RuleCondition = Leaf | { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };

const leafSchemas = [
  z.object({ fact: z.literal('typology'), op: z.literal('in'), value: z.array(Typology).min(1), label }).strict(),
  z.object({ fact: z.literal('grade'), op: z.literal('in'), value: z.array(GradeOrNone).min(1), label }).strict(),
  z.object({ fact: z.literal('lksType'), op: z.literal('in'), value: z.array(LksType).min(1), label }).strict(),
  z.object({ fact: z.literal('standard'), code: z.string().min(1), op: NumOp, value: z.number().min(0).max(100), label }).strict(),
  z.object({ fact: z.literal('indicator'), code: z.string().min(1), op: NumOp, value: z.number().int().min(0).max(10), label }).strict(),
  z.object({ fact: z.literal('gcg'), principle: Principle, op: NumOp, value: z.number().min(0).max(100), label }).strict(),
  z.object({ fact: z.enum(NUMERIC_FACTS), op: NumOp, value: z.number().finite(), label }).strict(),
  z.object({ fact: z.enum(FLAG_FACTS), op: z.literal('eq'), value: z.boolean(), label }).strict(),
  z.object({ always: z.literal(true), label }).strict(),
];
export const RuleCondition: z.ZodType<RuleCondition> = z.lazy(() => z.union([
  ...leafSchemas,
  z.object({ all: z.array(RuleCondition).min(1) }).strict(),
  z.object({ any: z.array(RuleCondition).min(1) }).strict(),
  z.object({ not: RuleCondition }).strict(),
])) as z.ZodType<RuleCondition>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'huruf kecil, angka dan tanda hubung');

export const TrainingModel = z.object({
  id: Id,
  number: z.number().int().min(1),
  kind: z.enum(['diklat', 'supervisi', 'forum']),
  title: FilledText,
  summary: FilledText,
  size: z.object({
    hours: z.number().positive().optional(),
    /** As the source writes it: "jam" (hours) or "jpl" (lesson hours of 50 minutes). */
    unit: z.enum(['jam', 'jpl']).optional(),
    text: FilledText,
  }).strict(),
  /** Where the source contradicts itself or is silent; shown with the model. */
  notes: z.array(FilledText).default([]),
}).strict();
export type TrainingModel = z.infer<typeof TrainingModel>;

export const TrainingRule = z.object({
  id: Id,
  model: z.string().min(1),
  /** source = as written in the source; mixed = the target group is the source's, a threshold is ours; estimate = ours. */
  origin: z.enum(['source', 'mixed', 'estimate']),
  /** Where the rule comes from, and which part is an estimate. */
  basis: FilledText,
  supervisionKind: z.enum(SUPERVISION_KINDS).optional(),
  when: RuleCondition,
  /** Shown to the user when the rule holds; placeholders as in PLACEHOLDERS. */
  reason: FilledText,
}).strict();
export type TrainingRule = z.infer<typeof TrainingRule>;

export const TrainingRules = z.object({
  kind: z.literal('training-rules'),
  id: Id,
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/),
  title: FilledText,
  provenance: Provenance,
  models: z.array(TrainingModel).min(1),
  rules: z.array(TrainingRule).min(1),
}).strict();
export type TrainingRules = z.infer<typeof TrainingRules>;

// ---------------------------------------------------------------------------------------------------------------
// Validation: zod for shape, then the cross-references zod cannot see. Every problem names its path.

export interface RuleProblem { path: string; message: Text }
export interface ValidationContext {
  /** Standard codes of the instrument; default S1–S6. */
  standards?: string[];
  /** Indicator codes of the instrument; when absent only the standard prefix of an indicator code is checked. */
  indicators?: string[];
  /** Top level of the instrument's scale, to catch an indicator threshold no answer can reach. */
  scaleMax?: number;
}
export type ValidationResult = { ok: true; rules: TrainingRules; problems: [] } | { ok: false; problems: RuleProblem[] };

export const DEFAULT_STANDARDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
const SCALAR_PLACEHOLDERS = ['name', 'model', 'typology', 'grade', 'lksType', 'held', ...NUMERIC_FACTS] as const;
/** Placeholders a reason may use: the scalars above, and {standard:S3}, {indicator:S6.08}, {gcg:akuntabilitas}. */
export const PLACEHOLDERS = [...SCALAR_PLACEHOLDERS, 'standard:<kode>', 'indicator:<kode>', 'gcg:<prinsip>'];

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

type ZIssue = z.core.$ZodIssue;
const DISCRIMINATORS = new Set(['fact', 'all', 'any', 'not', 'always']);
/** How badly a union branch misses: a wrong discriminator or stray keys means it is not the branch that was meant. */
const missBy = (issues: ZIssue[]) => issues.reduce((n, i) => n + (i.path.length === 0 || (i.path.length === 1 && DISCRIMINATORS.has(String(i.path[0]))) ? 100 : 1), 0);

/** Flattens zod issues; for a union, the issues of the branch that was evidently meant, with full paths. */
function flatIssues(issues: ZIssue[], prefix: PropertyKey[] = []): { path: PropertyKey[]; issue: ZIssue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => missBy(a) - missBy(b))[0];
      if (missBy(best) < 100) return flatIssues(best, path);
      return [{ path, issue: { ...issue, message: 'not a known condition (fact, all, any, not, always)' } as ZIssue }];
    }
    return [{ path, issue }];
  });
}

function issueText(issue: ZIssue): Text {
  switch (issue.code) {
    case 'invalid_value': return text(`nilai tidak dikenal; pilihan: ${issue.values.map(String).join(', ')}`, issue.message);
    case 'invalid_type': return text(`jenis nilai salah (seharusnya ${issue.expected})`, issue.message);
    case 'unrecognized_keys': return text(`kunci tidak dikenal: ${issue.keys.join(', ')}`, issue.message);
    case 'too_small': return text(issue.message === 'kosong' ? 'tidak boleh kosong' : 'terlalu kecil atau terlalu pendek', issue.message === 'kosong' ? 'must not be empty' : issue.message);
    case 'too_big': return text('terlalu besar atau terlalu panjang', issue.message);
    case 'invalid_format': return text('format salah', issue.message);
    case 'invalid_union': return text('bukan syarat yang dikenal (fact, all, any, not, always)', issue.message);
    default: return text(issue.message, issue.message);
  }
}

function* leavesWithPath(c: RuleCondition, path: PropertyKey[]): Generator<{ leaf: Leaf; path: PropertyKey[] }> {
  if ('all' in c) for (const [i, x] of c.all.entries()) yield* leavesWithPath(x, [...path, 'all', i]);
  else if ('any' in c) for (const [i, x] of c.any.entries()) yield* leavesWithPath(x, [...path, 'any', i]);
  else if ('not' in c) yield* leavesWithPath(c.not, [...path, 'not']);
  else yield { leaf: c, path };
}

function placeholderProblem(token: string, known: { standards: Set<string>; indicatorOk: (code: string) => boolean }): string | null {
  const [head, arg] = token.split(':');
  if (arg === undefined) return (SCALAR_PLACEHOLDERS as readonly string[]).includes(head) ? null : `{${token}}`;
  if (head === 'standard') return known.standards.has(arg) ? null : `{${token}}`;
  if (head === 'indicator') return known.indicatorOk(arg) ? null : `{${token}}`;
  if (head === 'gcg') return (PRINCIPLES as readonly string[]).includes(arg) ? null : `{${token}}`;
  return `{${token}}`;
}

/** Checks a parsed-JSON rules file; `ok` only when there is no problem at all. */
export function validateTrainingRules(raw: unknown, ctx: ValidationContext = {}): ValidationResult {
  const parsed = TrainingRules.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: flatIssues(parsed.error.issues).map(({ path, issue }) => ({ path: formatPath(path), message: issueText(issue) })) };
  }
  const rules = parsed.data;
  const problems: RuleProblem[] = [];
  const add = (path: PropertyKey[], id: string, en: string) => problems.push({ path: formatPath(path), message: text(id, en) });
  const standards = new Set(ctx.standards ?? DEFAULT_STANDARDS);
  const indicators = ctx.indicators ? new Set(ctx.indicators) : null;
  const indicatorOk = (code: string) => (indicators ? indicators.has(code) : standards.has(code.split('.')[0]) && /^[^.]+\.[A-Za-z0-9]+$/.test(code));
  const models = new Map<string, TrainingModel>();

  rules.models.forEach((m, i) => {
    if (models.has(m.id)) add(['models', i, 'id'], `id model "${m.id}" dipakai dua kali`, `model id "${m.id}" is used twice`);
    models.set(m.id, m);
  });
  const ruleIds = new Set<string>();
  rules.rules.forEach((r, i) => {
    const at = (...p: PropertyKey[]) => ['rules', i, ...p];
    if (ruleIds.has(r.id)) add(at('id'), `id aturan "${r.id}" dipakai dua kali`, `rule id "${r.id}" is used twice`);
    ruleIds.add(r.id);
    const model = models.get(r.model);
    if (!model) add(at('model'), `model "${r.model}" tidak dikenal; yang ada: ${[...models.keys()].join(', ')}`, `unknown model "${r.model}"; known: ${[...models.keys()].join(', ')}`);
    if (r.supervisionKind && model && model.kind !== 'supervisi') {
      add(at('supervisionKind'), `jenis supervisi hanya untuk model supervisi, bukan "${r.model}"`, `a supervision kind belongs to a supervision model, not "${r.model}"`);
    }
    for (const { leaf, path } of leavesWithPath(r.when, at('when'))) {
      if (!('fact' in leaf)) continue;
      if (leaf.fact === 'standard' && !standards.has(leaf.code)) {
        add([...path, 'code'], `kode standar "${leaf.code}" tidak dikenal; yang ada: ${[...standards].join(', ')}`, `unknown standard code "${leaf.code}"; known: ${[...standards].join(', ')}`);
      }
      if (leaf.fact === 'indicator') {
        if (!indicatorOk(leaf.code)) add([...path, 'code'], `kode butir "${leaf.code}" tidak dikenal`, `unknown indicator code "${leaf.code}"`);
        if (ctx.scaleMax !== undefined && leaf.value > ctx.scaleMax + (leaf.op === 'lt' ? 1 : 0)) {
          add([...path, 'value'], `tingkat ${leaf.value} di luar skala 0–${ctx.scaleMax}`, `level ${leaf.value} is outside the scale 0–${ctx.scaleMax}`);
        }
      }
    }
    for (const lang of ['id', 'en'] as const) {
      for (const m of r.reason[lang].matchAll(/\{([^{}]*)\}/g)) {
        const bad = placeholderProblem(m[1], { standards, indicatorOk });
        if (bad) add(at('reason', lang), `isian ${bad} tidak dikenal`, `unknown placeholder ${bad}`);
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, rules, problems: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Facts and evaluation.

/**
 * What is known about one LKS. Absent (undefined) means unknown: a condition on it is neither met nor failed.
 * `null` means known to be absent (never visited, no training attended, not accredited, no typology recorded).
 */
export interface LksFacts {
  id: string;
  name: string;
  typology?: TypologyLetter | null;
  /** True when the typology is the app's projection rather than the recorded one; the reason then says so. */
  typologyEstimated?: boolean;
  /** Accreditation grade; null = not accredited. */
  grade?: Grade | null;
  lksType?: LksType;
  /** Standard scores 0–100 by code (S1–S6). */
  standards?: Record<string, number | null | undefined>;
  /** Indicator levels by code (e.g. S6.08: 0–4). */
  indicators?: Record<string, number | null | undefined>;
  /** GCG principle scores 0–100. */
  gcg?: Partial<Record<Principle, number | null>>;
  /** Staff counts; qualified = with a social-work or TKS qualification. */
  staff?: { total?: number; qualified?: number };
  /** Whole months since the last visit; null = never visited. */
  lastVisitMonthsAgo?: number | null;
  /** Whole months since the LKS last attended a BK3S course; null = never. */
  monthsSinceTraining?: number | null;
  /** Days until the izin operasional ends (negative once expired); null = no permit recorded. */
  permitExpiresInDays?: number | null;
  runsBusinessUnit?: boolean;
  startingBusinessUnit?: boolean;
  operatesInMultipleRegencies?: boolean;
  competitionPlanned?: boolean;
}

/** Whole months from `from` to `to` (both YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

type Tri = boolean | null;

/** One condition as checked against one LKS. `met` null = a fact it needs is unknown. */
export interface Check {
  path: string;
  /** The fact the condition tests ('always' for the catch-all). */
  fact: string;
  requirement: Text;
  actual: Text;
  met: Tri;
  /** "requirement — this LKS: actual", ready to show. */
  text: Text;
}

const TYPOLOGY_LABELS: Record<TypologyLetter, Text> = {
  A: text('Mandiri', 'Self-reliant'), B: text('Berkembang', 'Developing'), C: text('Tumbuh', 'Growing'),
  D: text('Embrio', 'Embryonic'), E: text('Bermasalah', 'Troubled'),
};
const LKS_TYPE_LABELS: Record<LksType, Text> = {
  lksa: text('LKSA (anak)', 'LKSA (children)'), lansia: text('LKS lanjut usia', 'older-people LKS'),
  disabilitas: text('LKS penyandang disabilitas', 'disability LKS'), lk3: text('LK3 (konsultasi keluarga)', 'LK3 (family counselling)'),
  rehsos: text('LKS rehabilitasi sosial', 'social-rehabilitation LKS'), lainnya: text('LKS lainnya', 'other LKS'),
};
const PRINCIPLE_LABELS: Record<Principle, Text> = {
  transparansi: text('Transparansi', 'Transparency'), akuntabilitas: text('Akuntabilitas', 'Accountability'),
  responsibilitas: text('Responsibilitas', 'Responsibility'), independensi: text('Independensi', 'Independence'),
  kewajaran: text('Kewajaran dan kesetaraan', 'Fairness and equality'),
};
const NUMERIC_LABELS: Record<NumericFact, Text> = {
  staffTotal: text('jumlah staf', 'number of staff'),
  staffQualified: text('staf berkualifikasi pekerjaan sosial/TKS', 'staff with a social-work/TKS qualification'),
  staffUnqualified: text('staf belum berkualifikasi pekerjaan sosial/TKS', 'staff without a social-work/TKS qualification'),
  lastVisitMonthsAgo: text('bulan sejak kunjungan terakhir', 'months since the last visit'),
  monthsSinceTraining: text('bulan sejak diklat BK3S terakhir', 'months since the last BK3S course'),
  permitExpiresInDays: text('hari sampai izin operasional berakhir', 'days until the operating permit ends'),
};
const FLAG_LABELS: Record<FlagFact, [yes: Text, no: Text]> = {
  runsBusinessUnit: [text('menjalankan unit usaha', 'runs a business unit'), text('tidak menjalankan unit usaha', 'runs no business unit')],
  startingBusinessUnit: [text('sedang merintis unit usaha', 'is starting a business unit'), text('tidak sedang merintis unit usaha', 'is not starting a business unit')],
  operatesInMultipleRegencies: [text('beroperasi di dua kabupaten/kota atau lebih', 'operates in two or more regencies/cities'), text('beroperasi di satu kabupaten/kota', 'operates in one regency/city')],
  competitionPlanned: [text('akan mengikuti lomba LKS', 'will enter an LKS competition'), text('tidak sedang menyiapkan lomba', 'is not preparing for a competition')],
  neverVisited: [text('belum pernah dikunjungi', 'has never been visited'), text('pernah dikunjungi', 'has been visited')],
  permitMissing: [text('belum memiliki izin operasional', 'has no operating permit'), text('memiliki izin operasional', 'has an operating permit')],
};
const UNKNOWN = text('belum diketahui', 'not known');

const listOr = (xs: string[], or: string) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${or} ${xs[xs.length - 1]}`);
const typologyText = (t: TypologyLetter, estimated?: boolean): Text => text(
  `${t} (${TYPOLOGY_LABELS[t].id}${estimated ? ', perkiraan' : ''})`, `${t} (${TYPOLOGY_LABELS[t].en}${estimated ? ', estimate' : ''})`,
);
const gradeText = (g: Grade | 'none'): Text => (g === 'none' ? text('belum terakreditasi', 'not accredited') : text(g, g));
const num = (n: number): Text => text(fmt(n).replace('.', ','), fmt(n));
const compare = (op: 'lt' | 'gte', negate: boolean, v: Text): Text => ((op === 'lt') !== negate
  ? text(`di bawah ${v.id}`, `below ${v.en}`) : text(`sekurang-kurangnya ${v.id}`, `at least ${v.en}`));

/** The value a leaf tests, or undefined when unknown; null = known to be absent. */
function leafValue(leaf: Leaf, f: LksFacts): unknown {
  if ('always' in leaf) return true;
  switch (leaf.fact) {
    case 'typology': return f.typology;
    case 'grade': return f.grade === null ? 'none' : f.grade;
    case 'lksType': return f.lksType;
    case 'standard': return f.standards?.[leaf.code];
    case 'indicator': return f.indicators?.[leaf.code];
    case 'gcg': return f.gcg?.[leaf.principle];
    case 'staffTotal': return f.staff?.total;
    case 'staffQualified': return f.staff?.qualified;
    case 'staffUnqualified': return f.staff?.total !== undefined && f.staff.qualified !== undefined ? Math.max(0, f.staff.total - f.staff.qualified) : undefined;
    case 'neverVisited': return f.lastVisitMonthsAgo === undefined ? undefined : f.lastVisitMonthsAgo === null;
    case 'permitMissing': return f.permitExpiresInDays === undefined ? undefined : f.permitExpiresInDays === null;
    default: return f[leaf.fact];
  }
}

function testLeaf(leaf: Leaf, v: unknown): Tri {
  if ('always' in leaf) return true;
  if (v === undefined) return null;
  if (leaf.op === 'in') return (leaf.value as unknown[]).includes(v ?? 'none');
  if (leaf.op === 'eq') return v === leaf.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) return false; // known to be absent: no number to compare
  return leaf.op === 'lt' ? v < leaf.value : v >= leaf.value;
}

function describeLeaf(leaf: Leaf, negate: boolean): Text {
  const not = (t: Text): Text => (negate ? text(`bukan: ${t.id}`, `not: ${t.en}`) : t);
  if (leaf.label) return not(leaf.label);
  if ('always' in leaf) return negate ? text('tidak ada LKS', 'no LKS') : text('semua LKS', 'every LKS');
  switch (leaf.fact) {
    case 'typology': {
      const s = listOr(leaf.value, 'atau'), e = listOr(leaf.value, 'or');
      return negate ? text(`tipologi bukan ${s}`, `typology not ${e}`) : text(`tipologi ${s}`, `typology ${e}`);
    }
    case 'grade': {
      const g = leaf.value.map(gradeText);
      const s = listOr(g.map((x) => x.id), 'atau'), e = listOr(g.map((x) => x.en), 'or');
      return negate ? text(`peringkat akreditasi bukan ${s}`, `accreditation grade not ${e}`) : text(`peringkat akreditasi ${s}`, `accreditation grade ${e}`);
    }
    case 'lksType': {
      const t = leaf.value.map((x) => LKS_TYPE_LABELS[x]);
      const s = listOr(t.map((x) => x.id), 'atau'), e = listOr(t.map((x) => x.en), 'or');
      return negate ? text(`jenis LKS bukan ${s}`, `LKS type not ${e}`) : text(`jenis LKS ${s}`, `LKS type ${e}`);
    }
    case 'standard': {
      const c = compare(leaf.op, negate, num(leaf.value));
      return text(`nilai standar ${leaf.code} ${c.id}`, `standard ${leaf.code} score ${c.en}`);
    }
    case 'indicator': {
      const c = compare(leaf.op, negate, num(leaf.value));
      return text(`butir ${leaf.code} pada tingkat ${c.id}`, `item ${leaf.code} at a level ${c.en}`);
    }
    case 'gcg': {
      const c = compare(leaf.op, negate, num(leaf.value)), p = PRINCIPLE_LABELS[leaf.principle];
      return text(`skor GCG prinsip ${p.id} ${c.id}`, `GCG ${p.en} score ${c.en}`);
    }
    default: {
      if (leaf.op === 'eq') return FLAG_LABELS[leaf.fact][leaf.value !== negate ? 0 : 1];
      const c = compare(leaf.op, negate, num(leaf.value)), l = NUMERIC_LABELS[leaf.fact];
      return text(`${l.id} ${c.id}`, `${l.en} ${c.en}`);
    }
  }
}

function actualText(leaf: Leaf, v: unknown, f: LksFacts): Text {
  if ('always' in leaf) return text('termasuk', 'included');
  if (v === undefined) return UNKNOWN;
  switch (leaf.fact) {
    case 'typology': return v === null ? text('belum ada tipologi', 'no typology') : typologyText(v as TypologyLetter, f.typologyEstimated);
    case 'grade': return gradeText(v as Grade | 'none');
    case 'lksType': return LKS_TYPE_LABELS[v as LksType];
    case 'indicator': return v === null ? text('tidak berlaku', 'not applicable') : text(`tingkat ${v}`, `level ${v}`);
    case 'standard': case 'gcg': return v === null ? text('belum ada nilai', 'no score') : num(v as number);
    case 'lastVisitMonthsAgo': return v === null ? FLAG_LABELS.neverVisited[0] : num(v as number);
    case 'monthsSinceTraining': return v === null ? text('belum pernah ikut diklat BK3S', 'never attended a BK3S course') : num(v as number);
    case 'permitExpiresInDays': {
      if (v === null) return FLAG_LABELS.permitMissing[0];
      const d = v as number;
      return d < 0 ? text(`sudah berakhir ${num(-d).id} hari lalu`, `ended ${num(-d).en} days ago`) : num(d);
    }
    default: return typeof v === 'boolean' ? (v ? text('ya', 'yes') : text('tidak', 'no')) : num(v as number);
  }
}

interface Evaluated { value: Tri; because: Check[] }

/**
 * Three-valued evaluation with negation pushed to the leaves (De Morgan), so that every check is stated as the
 * requirement that actually applies. `because` holds the checks that decide the value: for a rule that holds,
 * the conditions that made it hold; for one that fails, those that failed; when undecided, the unknown ones.
 */
function evaluate(c: RuleCondition, f: LksFacts, path: PropertyKey[], negate: boolean): Evaluated {
  if ('not' in c) return evaluate(c.not, f, [...path, 'not'], !negate);
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const key = isAll ? 'all' : 'any';
    const kids = (isAll ? c.all : c.any).map((x, i) => evaluate(x, f, [...path, key, i], negate));
    const conjunction = isAll !== negate;
    const pick = (want: Tri) => kids.filter((k) => k.value === want).flatMap((k) => k.because);
    if (conjunction) {
      if (kids.some((k) => k.value === false)) return { value: false, because: pick(false) };
      if (kids.some((k) => k.value === null)) return { value: null, because: pick(null) };
      return { value: true, because: kids.flatMap((k) => k.because) };
    }
    if (kids.some((k) => k.value === true)) return { value: true, because: pick(true) };
    if (kids.some((k) => k.value === null)) return { value: null, because: pick(null) };
    return { value: false, because: kids.flatMap((k) => k.because) };
  }
  const v = leafValue(c, f);
  const raw = testLeaf(c, v);
  const met = raw === null ? null : raw !== negate;
  const requirement = describeLeaf(c, negate), actual = actualText(c, v, f);
  return {
    value: met,
    because: [{ path: formatPath(path), fact: 'always' in c ? 'always' : c.fact, requirement, actual, met, text: text(`${requirement.id} — LKS ini: ${actual.id}`, `${requirement.en} — this LKS: ${actual.en}`) }],
  };
}

function fillReason(template: Text, f: LksFacts, model: TrainingModel, held: Check[]): Text {
  const value = (token: string, lang: 'id' | 'en'): string => {
    const t = (x: Text | undefined) => (x ?? UNKNOWN)[lang];
    const n = (x: number | null | undefined) => (typeof x === 'number' ? num(x)[lang] : UNKNOWN[lang]);
    const [head, arg] = token.split(':');
    switch (head) {
      case 'name': return f.name;
      case 'model': return model.title[lang];
      case 'typology': return t(f.typology ? typologyText(f.typology, f.typologyEstimated) : undefined);
      case 'grade': return t(f.grade === undefined ? undefined : gradeText(f.grade ?? 'none'));
      case 'lksType': return t(f.lksType ? LKS_TYPE_LABELS[f.lksType] : undefined);
      // A yes/no condition that held says it all; a compared value also shows the LKS's value.
      case 'held': return held.map((c) => (c.fact === 'always' || (FLAG_FACTS as readonly string[]).includes(c.fact) ? c.requirement[lang] : `${c.requirement[lang]} — ${c.actual[lang]}`)).join('; ');
      case 'standard': return n(f.standards?.[arg]);
      case 'indicator': return n(f.indicators?.[arg]);
      case 'gcg': return n(f.gcg?.[arg as Principle]);
      default: {
        const leaf: Leaf = { fact: head as NumericFact, op: 'lt', value: 0 };
        return actualText(leaf, leafValue(leaf, f), f)[lang];
      }
    }
  };
  return { id: template.id.replace(/\{([^{}]+)\}/g, (_, k: string) => value(k, 'id')), en: template.en.replace(/\{([^{}]+)\}/g, (_, k: string) => value(k, 'en')) };
}

// ---------------------------------------------------------------------------------------------------------------
// Recommendations.

export type RecommendationStatus = 'recommended' | 'undecided' | 'not-recommended';
export interface HeldReason {
  ruleId: string;
  origin: TrainingRule['origin'];
  supervisionKind?: SupervisionKind;
  /** The rule's reason with this LKS's facts filled in. */
  text: Text;
  /** Where the rule comes from (and which part is an estimate). */
  basis: Text;
  because: Check[];
}
export interface FailedRule {
  ruleId: string;
  origin: TrainingRule['origin'];
  /** Conditions that failed (empty when the rule is only undecided). */
  failed: Check[];
  /** Conditions that could not be checked because a fact is unknown. */
  missing: Check[];
}
export interface ModelRecommendation {
  model: TrainingModel;
  status: RecommendationStatus;
  reasons: HeldReason[];
  /** For every rule of the model that did not hold: why not. */
  whyNot: FailedRule[];
  /** True when no rule that held is taken as written from the source: show "perkiraan". */
  estimate: boolean;
}
export interface Recommendation { lks: { id: string; name: string }; models: ModelRecommendation[] }

/** Every model of the rules file, in file order, with its status for this LKS; filter on `status` to show. */
export function recommend(facts: LksFacts, rules: TrainingRules): Recommendation {
  const models = rules.models.map((model): ModelRecommendation => {
    const reasons: HeldReason[] = [];
    const whyNot: FailedRule[] = [];
    for (const rule of rules.rules) {
      if (rule.model !== model.id) continue;
      const r = evaluate(rule.when, facts, ['when'], false);
      if (r.value === true) {
        reasons.push({
          ruleId: rule.id, origin: rule.origin, ...(rule.supervisionKind ? { supervisionKind: rule.supervisionKind } : {}),
          text: fillReason(rule.reason, facts, model, r.because), basis: rule.basis, because: r.because,
        });
      } else {
        // An undecided rule lists what is missing; a failed one what failed, and what is unknown besides.
        const all = evaluateLeaves(rule.when, facts);
        whyNot.push({ ruleId: rule.id, origin: rule.origin, failed: r.value === false ? r.because : [], missing: all.filter((c) => c.met === null) });
      }
    }
    const status: RecommendationStatus = reasons.length ? 'recommended' : whyNot.some((w) => w.failed.length === 0) ? 'undecided' : 'not-recommended';
    return { model, status, reasons, whyNot, estimate: reasons.length > 0 && reasons.every((r) => r.origin !== 'source') };
  });
  return { lks: { id: facts.id, name: facts.name }, models };
}

/** Every leaf of a condition checked on its own (negations applied), for the "missing facts" list. */
function evaluateLeaves(c: RuleCondition, f: LksFacts, path: PropertyKey[] = ['when'], negate = false): Check[] {
  if ('not' in c) return evaluateLeaves(c.not, f, [...path, 'not'], !negate);
  if ('all' in c) return c.all.flatMap((x, i) => evaluateLeaves(x, f, [...path, 'all', i], negate));
  if ('any' in c) return c.any.flatMap((x, i) => evaluateLeaves(x, f, [...path, 'any', i], negate));
  return evaluate(c, f, path, negate).because;
}

export interface Invitee { id: string; name: string; reasons: Text[]; estimate: boolean; supervisionKinds: SupervisionKind[] }
export interface Invitation {
  model: TrainingModel;
  /** LKS for which a rule of the model holds, sorted by name (Indonesian collation), then id. */
  invite: Invitee[];
  /** LKS that might qualify once the listed facts are known. */
  undecided: { id: string; name: string; missing: Text[] }[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Per model, the LKS to invite (and those undecided for lack of data), each list sorted. */
export function invitations(portfolio: LksFacts[], rules: TrainingRules): Invitation[] {
  const out = rules.models.map((model): Invitation => ({ model, invite: [], undecided: [] }));
  for (const facts of portfolio) {
    recommend(facts, rules).models.forEach((m, i) => {
      const lks = { id: facts.id, name: facts.name };
      if (m.status === 'recommended') {
        out[i].invite.push({
          ...lks, reasons: m.reasons.map((r) => r.text), estimate: m.estimate,
          supervisionKinds: [...new Set(m.reasons.flatMap((r) => (r.supervisionKind ? [r.supervisionKind] : [])))],
        });
      } else if (m.status === 'undecided') {
        const seen = new Set<string>();
        const missing = m.whyNot.flatMap((w) => w.missing).filter((c) => !seen.has(c.requirement.id) && seen.add(c.requirement.id)).map((c) => c.requirement);
        out[i].undecided.push({ ...lks, missing });
      }
    });
  }
  for (const inv of out) { inv.invite.sort(byName); inv.undecided.sort(byName); }
  return out;
}

