// Decides whether an indicator, module or checklist item applies to an LKS, from the facts in its profile.
import type { Applicability, Condition, Indicator, Instrument, Text } from '../instrument/schema';
import { FACTS } from '../instrument/schema';
import type { Profile } from '../profile';
import { joinText, text, uniq } from './util';

export type FactName = (typeof FACTS)[number];
/** The profile facts that conditions can test; any of them may be missing while the profile is half filled. */
export type Facts = Partial<Pick<Profile, FactName>>;

export const STRING_FACTS: readonly FactName[] = ['lksType', 'legalForm'];
export const BOOLEAN_FACTS: readonly FactName[] = ['runsBusinessUnit', 'receivesGovernmentGrants', 'collectsZakat', 'operatesInMultipleRegencies'];
export type FactType = 'category' | 'number' | 'yes-no';
export const factType = (f: FactName): FactType => STRING_FACTS.includes(f) ? 'category' : BOOLEAN_FACTS.includes(f) ? 'yes-no' : 'number';
export const isNumericFact = (f: FactName): boolean => factType(f) === 'number';

export const FACT_LABELS: Record<FactName, Text> = {
  lksType: text('jenis LKS', 'LKS type'),
  legalForm: text('bentuk badan hukum', 'legal form'),
  annualAidIdr: text('bantuan per tahun (Rp)', 'annual aid (IDR)'),
  totalAssetsIdr: text('kekayaan di luar harta wakaf (Rp)', 'wealth outside waqf assets (IDR)'),
  publicFundraisingIdr: text('pengumpulan uang/barang dari masyarakat umum (PUB) per tahun (Rp)', 'public fundraising (PUB) per year (IDR)'),
  clientsServed: text('jumlah penerima layanan', 'clients served'),
  staffCount: text('jumlah pegawai', 'staff count'),
  foundingYear: text('tahun berdiri', 'year founded'),
  runsBusinessUnit: text('menjalankan badan usaha', 'runs a business unit'),
  receivesGovernmentGrants: text('menerima hibah/bansos pemerintah', 'receives government grants/social aid'),
  collectsZakat: text('menghimpun zakat', 'collects zakat'),
  operatesInMultipleRegencies: text('berkegiatan di dua kabupaten/kota atau lebih', 'works in two or more regencies/cities'),
};

/**
 * Three-valued (Kleene) logic: a test on a missing fact is `unknown`, `not unknown` stays unknown, `all` is false
 * as soon as one part is false, `any` is true as soon as one part is true. At the top, unknown counts as NOT
 * met. Why: an item whose threshold cannot be established yet (e.g. "audit if aid ≥ Rp500 juta" before the aid
 * is entered) should not be demanded of the LKS, but must not silently disappear either, so callers get the
 * missing facts back (`unknownFacts`) and the UI says "lengkapi profil". Plain two-valued logic would turn
 * `not (aid ≥ 500 juta)` into "met" for an unknown aid, which is the opposite of that intent.
 */
type Tri = true | false | 'unknown';

function factValue(facts: Facts, fact: FactName): string | number | boolean | undefined {
  const v = (facts as Record<string, unknown>)[fact];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return undefined; // undefined, null, '' and NaN all mean "not filled in yet"
}

function evalTri(cond: Condition, facts: Facts, unknown: Set<FactName>): Tri {
  if ('all' in cond) return andTri(cond.all.map((c) => evalTri(c, facts, unknown)));
  if ('any' in cond) {
    const parts = cond.any.map((c) => evalTri(c, facts, unknown));
    return parts.includes(true) ? true : parts.includes('unknown') ? 'unknown' : false;
  }
  if ('not' in cond) {
    const inner = evalTri(cond.not, facts, unknown);
    return inner === 'unknown' ? 'unknown' : !inner;
  }
  const v = factValue(facts, cond.fact);
  if (v === undefined) {
    unknown.add(cond.fact);
    return 'unknown';
  }
  switch (cond.op) {
    case 'eq': return v === cond.value;
    case 'neq': return v !== cond.value;
    case 'gte': return typeof v === 'number' && v >= cond.value;
    case 'lt': return typeof v === 'number' && v < cond.value;
    case 'in': return typeof v === 'string' && cond.value.includes(v);
  }
}

function andTri(parts: Tri[]): Tri {
  return parts.includes(false) ? false : parts.includes('unknown') ? 'unknown' : true;
}

export interface ConditionResult {
  met: boolean;
  /** Facts whose absence left the condition undecided; empty whenever the answer is definite. */
  unknownFacts: FactName[];
}

export function evaluateCondition(cond: Condition, facts: Facts): ConditionResult {
  const unknown = new Set<FactName>();
  const r = evalTri(cond, facts, unknown);
  return { met: r === true, unknownFacts: r === 'unknown' ? [...unknown] : [] };
}

export interface ApplicabilityResult {
  applies: boolean;
  /** Why it does not apply (always given then), or why it is there (the data's own reason, when given). */
  reason?: Text;
  /** Profile facts to fill in before this can be decided; non-empty only when undecided. */
  unknownFacts: FactName[];
}

interface Verdict { tri: Tri; unknownFacts: FactName[]; reason?: Text }

function verdictOf(app: Applicability | undefined, facts: Facts, what: Text): Verdict {
  if (!app) return { tri: true, unknownFacts: [] };
  const unknown = new Set<FactName>();
  const parts: Tri[] = [];
  const listTest = (fact: FactName, allowed: readonly string[] | undefined) => {
    if (!allowed) return;
    const v = factValue(facts, fact);
    if (v === undefined) { unknown.add(fact); parts.push('unknown'); } else parts.push(allowed.includes(String(v)));
  };
  listTest('lksType', app.lksTypes);
  listTest('legalForm', app.legalForms);
  if (app.condition) parts.push(evalTri(app.condition, facts, unknown));
  const tri = andTri(parts);
  if (tri === true) return { tri, unknownFacts: [], reason: app.reason };
  if (tri === false) return { tri, unknownFacts: [], reason: app.reason ?? notApplicableText(app, what) };
  const facts_ = [...unknown];
  return { tri, unknownFacts: facts_, reason: unknownText(facts_, app.reason) };
}

function unknownText(facts: FactName[], own: Text | undefined): Text {
  const labels = joinText(facts.map((f) => FACT_LABELS[f]), ', ');
  const base = text(
    `Lengkapi profil (${labels.id}) untuk menentukan apakah butir ini berlaku; sampai saat itu butir ini tidak diwajibkan.`,
    `Fill in the profile (${labels.en}) to decide whether this applies; until then it is not required.`,
  );
  return own ? joinText([base, own]) : base;
}

function notApplicableText(app: Applicability, what: Text): Text {
  const d = describeApplicability(app);
  return text(`${what.id} tidak berlaku untuk profil ini (berlaku bila ${d.id}).`, `${what.en} does not apply to this profile (applies when ${d.en}).`);
}

/** Human description of an applicability rule, for reasons shown when nothing better was written in the data. */
export function describeApplicability(app: Applicability): Text {
  const parts: Text[] = [];
  if (app.lksTypes) parts.push(text(`jenis LKS ${app.lksTypes.join('/')}`, `LKS type ${app.lksTypes.join('/')}`));
  if (app.legalForms) parts.push(text(`bentuk ${app.legalForms.join('/')}`, `legal form ${app.legalForms.join('/')}`));
  if (app.condition) parts.push(describeCondition(app.condition));
  return joinText(parts, ' dan ', ' and ');
}

export function describeCondition(c: Condition): Text {
  if ('all' in c) return paren(joinText(c.all.map(describeCondition), ' dan ', ' and '));
  if ('any' in c) return paren(joinText(c.any.map(describeCondition), ' atau ', ' or '));
  if ('not' in c) { const d = describeCondition(c.not); return text(`bukan ${d.id}`, `not ${d.en}`); }
  const label = FACT_LABELS[c.fact];
  if (typeof c.value === 'boolean') {
    const yes = (c.op === 'eq') === c.value;
    return yes ? label : text(`tidak ${label.id}`, `not: ${label.en}`);
  }
  const value = (sep: string) => Array.isArray(c.value) ? c.value.join('/') : typeof c.value === 'number' ? group(c.value, sep) : c.value;
  const op = { eq: ['=', '='], neq: ['≠', '≠'], gte: ['≥', '≥'], lt: ['<', '<'], in: ['salah satu dari', 'one of'] }[c.op];
  return text(`${label.id} ${op[0]} ${value('.')}`, `${label.en} ${op[1]} ${value(',')}`);
}

/** Thousands grouping without Intl (500.000.000 in Indonesian, 500,000,000 in English). */
const group = (n: number, sep: string): string =>
  Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep) : String(n);

const paren = (t: Text): Text => text(`(${t.id})`, `(${t.en})`);

const toResult = (v: Verdict): ApplicabilityResult =>
  ({ applies: v.tri === true, unknownFacts: v.unknownFacts, ...(v.reason ? { reason: v.reason } : {}) });

export function isApplicable(app: Applicability | undefined, facts: Facts): ApplicabilityResult {
  return toResult(verdictOf(app, facts, text('Butir ini', 'This item')));
}

/**
 * An indicator applies when its module (if any) applies AND its own rule applies. A module id missing from the
 * instrument is ignored here; `validateInstrument` reports it, and the engine only runs on valid instruments.
 */
export function indicatorApplicability(instrument: Pick<Instrument, 'modules'>, indicator: Indicator, facts: Facts): ApplicabilityResult {
  const mod = indicator.module ? instrument.modules.find((m) => m.id === indicator.module) : undefined;
  const modVerdict = verdictOf(mod?.applicability, facts, mod ? text(`Modul ${mod.title.id}`, `Module ${mod.title.en}`) : text('', ''));
  const own = verdictOf(indicator.applicability, facts, text(`Indikator ${indicator.code}`, `Indicator ${indicator.code}`));
  if (modVerdict.tri === false) return toResult(modVerdict);
  if (own.tri === false) return toResult(own);
  if (modVerdict.tri === 'unknown' || own.tri === 'unknown') {
    const unknownFacts = uniq([...modVerdict.unknownFacts, ...own.unknownFacts]);
    const reasons = [modVerdict, own].filter((v) => v.tri === 'unknown').map((v) => v.reason as Text);
    return { applies: false, unknownFacts, reason: joinText(reasons) };
  }
  const reason = own.reason ?? modVerdict.reason;
  return { applies: true, unknownFacts: [], ...(reason ? { reason } : {}) };
}
