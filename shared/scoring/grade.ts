// Grade bands and gate rules (minimum per component, how many components may be low, must-have indicators), validity.
import type { GateRule, Grade, Instrument, ScoringRules, Text } from '../instrument/schema';
import { GRADES } from '../instrument/schema';
import type { ScoreResult } from './score';
import { plural, pluralWord } from '../text/plural';
import { FACT_LABELS } from './applicability';
import { atLeast, fmt, fmtVs, gradeRank, isBelow, isIsoDate, joinText, text } from './util';

export type GateName = 'minTotal' | GateRule['kind'];
export interface GradeCheck { band: Grade; gate: GateName; passed: boolean; detail: Text }

export interface GradeResult {
  /** Exact grade when the score is complete; null when incomplete or when no band is met. */
  grade: Grade | null;
  complete: boolean;
  /** Best (unanswered at the top level) and worst (unanswered at 0) reachable grades; equal when complete. */
  range: { best: Grade | null; worst: Grade | null };
  /** Every check of every band, for the view that decides `grade` (the worst case when incomplete). */
  reasons: GradeCheck[];
  summary: Text;
  origin: ScoringRules['origin'];
}

/** What the grader needs: the total, each scored component's score and each applicable must-have level. */
export interface GradeView {
  total: number | null;
  components: { code: string; score: number }[];
  mustHave: { code: string; level: number; minLevel: number }[];
}

/** Builds the view with unanswered indicators at level 0 ('min') or at the top level ('max'). */
export function gradeView(score: ScoreResult, side: 'min' | 'max'): GradeView {
  const mustHave: GradeView['mustHave'] = [];
  for (const c of score.components) for (const i of c.indicators) {
    if (!i.mustHave || (i.status !== 'scored' && i.status !== 'unanswered')) continue;
    mustHave.push({ code: i.code, minLevel: i.mustHave.minLevel, level: i.level ?? (side === 'max' ? score.scaleMax : 0) });
  }
  return {
    total: score.range ? score.range[side] : null,
    components: score.components.filter((c) => c.scored && c.range).map((c) => ({ code: c.code, score: c.range![side] })),
    mustHave,
  };
}

export const gatesFor = (rules: ScoringRules, band: Grade): GateRule[] => rules.gates.filter((g) => !g.grades || g.grades.includes(band));
const bandsInOrder = (rules: ScoringRules) => [...rules.gradeBands].sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade));

function checkGate(gate: GateRule, band: Grade, v: GradeView): GradeCheck {
  if (gate.kind === 'minComponent') {
    const low = v.components.filter((c) => isBelow(c.score, gate.min));
    if (low.length) {
      const list = low.map((c) => `${c.code} ${fmtVs(c.score, gate.min)}`).join(', ');
      return { band, gate: gate.kind, passed: false, detail: text(`Komponen ${list} di bawah ${fmt(gate.min)}`, `${pluralWord(low.length, 'Component', 'Components')} ${list} below ${fmt(gate.min)}`) };
    }
    const lowest = [...v.components].sort((a, b) => a.score - b.score)[0];
    const tail = lowest ? text(` (terendah: ${lowest.code} ${fmtVs(lowest.score, gate.min)})`, ` (lowest: ${lowest.code} ${fmtVs(lowest.score, gate.min)})`) : text('', '');
    return { band, gate: gate.kind, passed: true, detail: text(`Semua komponen minimal ${fmt(gate.min)}${tail.id}`, `Every component at least ${fmt(gate.min)}${tail.en}`) };
  }
  if (gate.kind === 'maxComponentsBelow') {
    const low = v.components.filter((c) => isBelow(c.score, gate.threshold));
    const list = low.length ? ` (${low.map((c) => `${c.code} ${fmtVs(c.score, gate.threshold)}`).join(', ')})` : '';
    const passed = low.length <= gate.maxCount;
    return {
      band, gate: gate.kind, passed,
      detail: text(
        `${low.length} komponen di bawah ${fmt(gate.threshold)}${list}; ${passed ? 'batas' : 'melebihi batas'} paling banyak ${gate.maxCount}`,
        `${plural(low.length, 'component', 'components')} below ${fmt(gate.threshold)}${list}; ${passed ? 'within' : 'over'} the limit of ${gate.maxCount}`,
      ),
    };
  }
  const unmet = v.mustHave.filter((m) => m.level < m.minLevel);
  if (unmet.length) {
    const list = unmet.map((m) => `${m.code} (${m.level} < ${m.minLevel})`).join(', ');
    return { band, gate: gate.kind, passed: false, detail: text(`Indikator wajib belum mencapai level minimum: ${list}`, `${pluralWord(unmet.length, 'Must-have indicator below its', 'Must-have indicators below their')} minimum level: ${list}`) };
  }
  return { band, gate: gate.kind, passed: true, detail: text(`Semua indikator wajib (${v.mustHave.length}) mencapai level minimum`, `${pluralWord(v.mustHave.length, 'The 1 must-have indicator reaches its', `All ${v.mustHave.length} must-have indicators reach their`)} minimum level`) };
}

function checkBand(rules: ScoringRules, band: ScoringRules['gradeBands'][number], v: GradeView): GradeCheck[] {
  const g = band.grade;
  const totalCheck: GradeCheck = v.total === null
    ? { band: g, gate: 'minTotal', passed: false, detail: text('Total belum dapat dihitung (tidak ada indikator yang dinilai)', 'No total yet (no scorable indicator)') }
    : atLeast(v.total, band.minTotal)
      ? { band: g, gate: 'minTotal', passed: true, detail: text(`Total ${fmtVs(v.total, band.minTotal)} memenuhi batas ${g} (${fmt(band.minTotal)})`, `Total ${fmtVs(v.total, band.minTotal)} meets the ${g} threshold (${fmt(band.minTotal)})`) }
      : { band: g, gate: 'minTotal', passed: false, detail: text(`Total ${fmtVs(v.total, band.minTotal)} di bawah batas ${g} (${fmt(band.minTotal)})`, `Total ${fmtVs(v.total, band.minTotal)} is below the ${g} threshold (${fmt(band.minTotal)})`) };
  return [totalCheck, ...gatesFor(rules, g).map((gate) => checkGate(gate, g, v))];
}

/** Grade = the highest band whose minTotal ≤ total and whose gates all pass. */
export function evaluateGrade(rules: ScoringRules, v: GradeView): { grade: Grade | null; checks: GradeCheck[] } {
  const checks: GradeCheck[] = [];
  let grade: Grade | null = null;
  for (const band of bandsInOrder(rules)) {
    const c = checkBand(rules, band, v);
    checks.push(...c);
    if (grade === null && c.every((x) => x.passed)) grade = band.grade;
  }
  return { grade, checks };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Total 88.2 memenuhi batas A (86) tetapi komponen SDM 38 di bawah 40": why one band was not reached. */
export function whyNot(checks: GradeCheck[], band: Grade): Text {
  const own = checks.filter((c) => c.band === band);
  const failed = own.filter((c) => !c.passed);
  const total = own.find((c) => c.gate === 'minTotal');
  if (total?.passed && failed.length) {
    const f = joinText(failed.map((c) => c.detail), '; ');
    return text(`${total.detail.id} tetapi ${lowerFirst(f.id)}`, `${total.detail.en} but ${lowerFirst(f.en)}`);
  }
  return joinText(failed.map((c) => c.detail), '; ');
}

function summarise(rules: ScoringRules, grade: Grade | null, checks: GradeCheck[]): Text {
  const est = rules.origin === 'estimate' ? text(' (perkiraan)', ' (estimate)') : text('', '');
  const head = grade ? text(`Peringkat ${grade}${est.id}.`, `Grade ${grade}${est.en}.`) : text(`Belum memenuhi peringkat mana pun${est.id}.`, `No grade reached${est.en}.`);
  const above = bandsInOrder(rules).filter((b) => gradeRank(b.grade) < gradeRank(grade));
  const nots = above.map((b) => { const w = whyNot(checks, b.grade); return text(`Tidak ${b.grade}: ${w.id}.`, `Not ${b.grade}: ${w.en}.`); });
  return joinText([head, ...nots]);
}

export function gradeScore(instrument: Pick<Instrument, 'scoring'>, score: ScoreResult): GradeResult {
  const rules = instrument.scoring;
  const worst = evaluateGrade(rules, gradeView(score, 'min'));
  const best = score.complete ? worst : evaluateGrade(rules, gradeView(score, 'max'));
  let summary = summarise(rules, worst.grade, worst.checks);
  if (!score.complete) {
    const n = score.counts.unanswered;
    const parts: Text[] = [];
    if (n > 0) parts.push(text(`${n} indikator belum dijawab`, `${plural(n, 'indicator', 'indicators')} unanswered`));
    if (score.unknownFacts.length) {
      const facts = joinText(score.unknownFacts.map((f) => FACT_LABELS[f]), ', ');
      parts.push(text(`lengkapi profil (${facts.id}) untuk menentukan butir mana yang berlaku`, `fill in the profile (${facts.en}) to decide which items apply`));
    }
    const why = joinText(parts, '; ');
    summary = joinText([
      text(`Belum lengkap: ${why.id}; peringkat yang mungkin antara ${worst.grade ?? 'tidak terakreditasi'} dan ${best.grade ?? 'tidak terakreditasi'}. Bila yang belum dijawab bernilai 0:`,
        `Incomplete: ${why.en}; reachable grade between ${worst.grade ?? 'not accredited'} and ${best.grade ?? 'not accredited'}. With the unanswered ones at 0:`),
      summary,
    ]);
  }
  return { grade: score.complete ? worst.grade : null, complete: score.complete, range: { best: best.grade, worst: worst.grade }, reasons: worst.checks, summary, origin: rules.origin };
}

/** Grade of fully answered (or filled-in) answers, as if every undecided applicability were decided "applies". */
export function gradeOfAnswered(instrument: Pick<Instrument, 'scoring'>, score: ScoreResult): Grade | null {
  return evaluateGrade(instrument.scoring, gradeView(score, 'min')).grade;
}

export interface Validity { grade: Grade; years: number; expiresOn: string; origin: ScoringRules['origin'] }

/**
 * Projected end of validity: assessedOn + validityYears[grade], same calendar day (29 Feb → 28 Feb); fractional
 * years are rounded to whole months. The real date runs from the certificate, so this is only a projection.
 */
export function projectValidity(grade: Grade | null, assessedOn: string, rules: Pick<ScoringRules, 'validityYears'>): Validity | null {
  if (!isIsoDate(assessedOn)) throw new RangeError(`assessedOn must be a real YYYY-MM-DD date, got "${assessedOn}"`);
  if (grade === null || !GRADES.includes(grade)) return null;
  const years = rules.validityYears[grade];
  const [y, m, d] = assessedOn.split('-').map(Number);
  const months = (m - 1) + Math.round(years * 12);
  const ny = y + Math.floor(months / 12), nm = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const iso = `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return { grade, years, expiresOn: iso, origin: rules.validityYears.origin };
}
