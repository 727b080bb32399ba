// Validates instrument and checklist data files: zod shape first, then the cross-field rules the engine relies on.
import { Checklist, Condition, Instrument, GRADES, PRINCIPLES, TYPOLOGIES, type Applicability } from '../instrument/schema';
import { LEGAL_FORMS, LKS_TYPES } from '../profile';
import { factType } from './applicability';
import { compareVersions } from '../instrument/version';

export interface Problem { path: string; message: string }
export type Validated<T, K extends string> = ({ ok: true } & Record<K, T>) | { ok: false; problems: Problem[] };

type Issue = { code?: string; path: readonly PropertyKey[]; message: string; errors?: Issue[][] };

/** `["components", 2, "indicators", 5, "levels"]` → `components[2].indicators[5].levels`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/**
 * For a failed union, report the branch that came closest instead of a bare "Invalid input": fewest issues, and
 * among those the one whose tag matched (a wrong literal/enum or unknown keys means the branch was not meant).
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[] = []): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const offTag = (b: Issue[]) => b.filter((i) => i.code === 'invalid_value' || i.code === 'unrecognized_keys').length;
    const closest = [...issue.errors].sort((a, b) => a.length - b.length || offTag(a) - offTag(b))[0];
    return closest.flatMap((i) => flatten(i, path));
  }
  return [{ path: formatPath(path), message: `${issue.message} / isian tidak sesuai format` }];
}

const zodProblems = (issues: readonly Issue[]): Problem[] => issues.flatMap((i) => flatten(i));

function duplicates(values: string[], at: (i: number) => string, what: [string, string]): Problem[] {
  const seen = new Set<string>();
  return values.flatMap((v, i) => {
    if (!seen.has(v)) { seen.add(v); return []; }
    return [{ path: at(i), message: `duplicate ${what[0]} ${v} / ${what[1]} ${v} ganda` }];
  });
}

/** Conditions must test each fact the way its type allows (no "lksType ≥ 3", no unknown LKS types). */
function conditionProblems(c: Condition, path: string): Problem[] {
  if ('all' in c) return c.all.flatMap((x, i) => conditionProblems(x, `${path}.all[${i}]`));
  if ('any' in c) return c.any.flatMap((x, i) => conditionProblems(x, `${path}.any[${i}]`));
  if ('not' in c) return conditionProblems(c.not, `${path}.not`);
  const kind = factType(c.fact);
  const numeric = kind === 'number';
  const values = Array.isArray(c.value) ? c.value : [c.value];
  if (kind === 'yes-no') {
    return (c.op === 'eq' || c.op === 'neq') && typeof c.value === 'boolean' ? []
      : [{ path, message: `fact ${c.fact} is yes/no: use eq/neq with true or false / fakta ${c.fact} berupa ya/tidak: gunakan eq/neq dengan true atau false` }];
  }
  if (numeric && (c.op === 'in' || typeof c.value !== 'number')) {
    return [{ path, message: `fact ${c.fact} is a number: use eq/neq/gte/lt with a number / fakta ${c.fact} berupa angka: gunakan eq/neq/gte/lt dengan angka` }];
  }
  if (!numeric && (c.op === 'gte' || c.op === 'lt' || values.some((v) => typeof v !== 'string'))) {
    return [{ path, message: `fact ${c.fact} is a category: use eq/neq/in with its values / fakta ${c.fact} berupa kategori: gunakan eq/neq/in dengan nilainya` }];
  }
  const allowed: readonly string[] | null = c.fact === 'lksType' ? LKS_TYPES : c.fact === 'legalForm' ? LEGAL_FORMS : null;
  const bad = allowed ? values.filter((v) => !allowed.includes(String(v))) : [];
  return bad.length ? [{ path: `${path}.value`, message: `unknown ${c.fact} value ${bad.join(', ')} / nilai ${c.fact} tidak dikenal: ${bad.join(', ')}` }] : [];
}

const applicabilityProblems = (a: Applicability | undefined, path: string): Problem[] =>
  a?.condition ? conditionProblems(a.condition, `${path}.applicability.condition`) : [];

function evidenceProblems(evidence: string[], kinds: Set<string>, path: string): Problem[] {
  return evidence.flatMap((e, k) => kinds.has(e) ? [] : [{ path: `${path}.evidence[${k}]`, message: `evidence kind ${e} is not defined in evidenceKinds / jenis bukti ${e} tidak ada di evidenceKinds` }]);
}

/** Cross-field rules on an instrument that already has the right shape. */
export function instrumentProblems(inst: Instrument): Problem[] {
  const p: Problem[] = [];
  const { min, max } = inst.scale;
  const kinds = new Set(inst.evidenceKinds.map((k) => k.id));
  const modules = new Set(inst.modules.map((m) => m.id));
  p.push(...duplicates(inst.evidenceKinds.map((k) => k.id), (i) => `evidenceKinds[${i}].id`, ['evidence kind', 'jenis bukti']));
  p.push(...duplicates(inst.modules.map((m) => m.id), (i) => `modules[${i}].id`, ['module id', 'id modul']));
  inst.modules.forEach((m, i) => p.push(...applicabilityProblems(m.applicability, `modules[${i}]`)));
  p.push(...duplicates(inst.components.map((c) => c.id), (i) => `components[${i}].id`, ['component id', 'id komponen']));
  p.push(...duplicates(inst.components.map((c) => c.code), (i) => `components[${i}].code`, ['component code', 'kode komponen']));
  const where = inst.components.flatMap((c, i) => c.indicators.map((ind, j) => ({ code: ind.code, path: `components[${i}].indicators[${j}].code` })));
  p.push(...duplicates(where.map((w) => w.code), (k) => where[k].path, ['indicator code', 'kode indikator']));
  inst.components.forEach((c, i) => {
    if (!(c.weight > 0)) p.push({ path: `components[${i}].weight`, message: 'component weight must be > 0 / bobot komponen harus > 0' });
    c.indicators.forEach((ind, j) => {
      const at = `components[${i}].indicators[${j}]`;
      const levels = ind.levels.map((l) => l.level).sort((a, b) => a - b);
      const expected = Array.from({ length: max - min + 1 }, (_, k) => min + k);
      if (levels.join(',') !== expected.join(',')) {
        p.push({ path: `${at}.levels`, message: `levels of ${ind.code} must be ${min}..${max} each exactly once, got [${levels.join(', ')}] / level ${ind.code} harus ${min}..${max} masing-masing tepat sekali, tertulis [${levels.join(', ')}]` });
      }
      p.push(...evidenceProblems(ind.evidence, kinds, at));
      if (ind.module !== undefined && !modules.has(ind.module)) {
        p.push({ path: `${at}.module`, message: `module ${ind.module} is not defined / modul ${ind.module} tidak didefinisikan` });
      }
      if (ind.mustHave && ind.mustHave.minLevel > max) {
        p.push({ path: `${at}.mustHave.minLevel`, message: `mustHave.minLevel ${ind.mustHave.minLevel} of ${ind.code} is above scale.max ${max} / mustHave.minLevel ${ind.code} melebihi skala maksimum ${max}` });
      }
      p.push(...applicabilityProblems(ind.applicability, at));
    });
  });
  p.push(...scoringProblems(inst));
  p.push(...prerequisiteProblems(inst, kinds));
  p.push(...changelogProblems(inst.changelog, inst.version, new Set(where.map((w) => w.code))));
  return p;
}

function scoringProblems(inst: Instrument): Problem[] {
  const p: Problem[] = [];
  const s = inst.scoring;
  p.push(...duplicates(s.gradeBands.map((b) => b.grade), (i) => `scoring.gradeBands[${i}].grade`, ['grade band', 'pita peringkat']));
  // A better grade must demand a strictly higher total, whatever order the bands are written in.
  s.gradeBands.forEach((b, i) => s.gradeBands.forEach((o) => {
    if (GRADES.indexOf(b.grade) < GRADES.indexOf(o.grade) && !(b.minTotal > o.minTotal)) {
      p.push({ path: `scoring.gradeBands[${i}].minTotal`, message: `grade ${b.grade} minTotal ${b.minTotal} must be above grade ${o.grade} (${o.minTotal}) / batas ${b.grade} (${b.minTotal}) harus di atas batas ${o.grade} (${o.minTotal})` });
    }
  }));
  const bandGrades = new Set(s.gradeBands.map((b) => b.grade));
  s.gates.forEach((g, i) => (g.grades ?? []).forEach((gr, k) => {
    if (!bandGrades.has(gr)) p.push({ path: `scoring.gates[${i}].grades[${k}]`, message: `gate names grade ${gr}, which has no band / gerbang menyebut peringkat ${gr} yang tidak punya pita` });
  }));
  const t = s.typology;
  const letters = t.bands.map((b) => b.typology);
  p.push(...duplicates(letters, (i) => `scoring.typology.bands[${i}].typology`, ['typology band', 'pita tipologi']));
  const missing = TYPOLOGIES.filter((x) => !letters.includes(x));
  if (missing.length) p.push({ path: 'scoring.typology.bands', message: `typology bands must cover A..E, missing ${missing.join(', ')} / pita tipologi harus mencakup A..E, kurang ${missing.join(', ')}` });
  t.bands.forEach((b, i) => t.bands.forEach((o) => {
    if (TYPOLOGIES.indexOf(b.typology) < TYPOLOGIES.indexOf(o.typology) && !(b.minScore > o.minScore)) {
      p.push({ path: `scoring.typology.bands[${i}].minScore`, message: `typology ${b.typology} minScore ${b.minScore} must be above ${o.typology} (${o.minScore}) / batas tipologi ${b.typology} harus di atas ${o.typology}` });
    }
  }));
  const e = t.bands.findIndex((b) => b.typology === 'E');
  if (e >= 0 && t.bands[e].minScore !== 0) p.push({ path: `scoring.typology.bands[${e}].minScore`, message: 'typology E must start at 0 so every score has a band / tipologi E harus mulai dari 0' });
  const sum = t.basis.accreditation + t.basis.gcg;
  if (Math.abs(sum - 100) > 1e-9) p.push({ path: 'scoring.typology.basis', message: `typology basis must sum to 100, got ${sum} / basis tipologi harus berjumlah 100, tertulis ${sum}` });
  return p;
}

/** Cross-field rules on a checklist that already has the right shape. */
export function checklistProblems(cl: Checklist): Problem[] {
  const p: Problem[] = [];
  const kinds = new Set(cl.evidenceKinds.map((k) => k.id));
  p.push(...duplicates(cl.evidenceKinds.map((k) => k.id), (i) => `evidenceKinds[${i}].id`, ['evidence kind', 'jenis bukti']));
  p.push(...duplicates(cl.principles.map((x) => x.id), (i) => `principles[${i}].id`, ['principle', 'prinsip']));
  const missing = PRINCIPLES.filter((x) => !cl.principles.some((q) => q.id === x));
  if (missing.length) p.push({ path: 'principles', message: `principles must cover ${PRINCIPLES.join(', ')}; missing ${missing.join(', ')} / prinsip kurang: ${missing.join(', ')}` });
  p.push(...duplicates(cl.items.map((i) => i.code), (i) => `items[${i}].code`, ['item code', 'kode butir']));
  cl.items.forEach((item, i) => {
    p.push(...evidenceProblems(item.evidence, kinds, `items[${i}]`));
    p.push(...applicabilityProblems(item.applicability, `items[${i}]`));
    if (item.advice?.condition) p.push(...conditionProblems(item.advice.condition, `items[${i}].advice.condition`));
  });
  p.push(...changelogProblems(cl.changelog, cl.version, new Set(cl.items.map((i) => i.code))));
  p.push(...inlineCitationStatus(cl));
  return p;
}

/** Whether a reference was verified is a field shown as a badge; the words must not leak into the user's text. */
const INLINE_STATUS = /perlu (di)?verifikasi|to be verified/i;
function inlineCitationStatus(cl: Checklist): Problem[] {
  return cl.items.flatMap((item, i) => item.references.flatMap((r, k) =>
    INLINE_STATUS.test(r.cite.id) || INLINE_STATUS.test(r.cite.en)
      ? [{ path: `items[${i}].references[${k}].cite`, message: 'verification status belongs in "status", not in the citation text / status verifikasi diisi di "status", bukan di teks rujukan' }]
      : []));
}

function changelogProblems(log: { version: string; editorial: string[] }[], version: string, codes: Set<string>): Problem[] {
  const p: Problem[] = [];
  log.forEach((e, i) => {
    if (compareVersions(e.version, version) > 0) p.push({ path: `changelog[${i}].version`, message: `changelog names version ${e.version}, newer than ${version} / catatan perubahan menyebut versi ${e.version} yang lebih baru dari ${version}` });
    // An older entry may name codes that a later version removed; the entry for this version must name existing codes.
    if (compareVersions(e.version, version) < 0) return;
    e.editorial.forEach((c, k) => { if (!codes.has(c)) p.push({ path: `changelog[${i}].editorial[${k}]`, message: `unknown code ${c} / kode ${c} tidak dikenal` }); });
  });
  return p;
}

function prerequisiteProblems(inst: Instrument, kinds: Set<string>): Problem[] {
  const p: Problem[] = [];
  p.push(...duplicates(inst.prerequisites.map((x) => x.id), (i) => `prerequisites[${i}].id`, ['prerequisite id', 'id prasyarat']));
  inst.prerequisites.forEach((x, i) => {
    p.push(...applicabilityProblems(x.applicability, `prerequisites[${i}]`));
    if (x.check.kind === 'evidence') p.push(...evidenceProblems(x.check.evidenceKinds, kinds, `prerequisites[${i}].check`));
  });
  return p;
}

export function validateInstrument(json: unknown): Validated<Instrument, 'instrument'> {
  const r = Instrument.safeParse(json);
  if (!r.success) return { ok: false, problems: zodProblems(r.error.issues as readonly Issue[]) };
  const problems = instrumentProblems(r.data);
  return problems.length ? { ok: false, problems } : { ok: true, instrument: r.data };
}

export function validateChecklist(json: unknown): Validated<Checklist, 'checklist'> {
  const r = Checklist.safeParse(json);
  if (!r.success) return { ok: false, problems: zodProblems(r.error.issues as readonly Issue[]) };
  const problems = checklistProblems(r.data);
  return problems.length ? { ok: false, problems } : { ok: true, checklist: r.data };
}
