// An LKS's progress over its yearly records: per-standard and per-GCG-principle scores with labels, and what changed
// between consecutive rounds (score, grade, typology, standards and principles, biggest change first) as bilingual
// lines. Pure: the back end reads the records and the labels, the renderer draws the result.
import type { Text } from '../instrument/schema';
import { PRINCIPLES } from '../instrument/schema';
import { fmt, text } from '../scoring/util';
import { PRINCIPLE_LETTER } from './gcg-principles';

export type RecordSource = 'import' | 'manual' | 'dossier';

/** One mentor_record row as the progress reads it (scores parsed from their JSON columns). */
export interface ProgressRecord {
  year: number;
  source: RecordSource;
  typology: string | null;
  grade: string | null;
  score: number | null;
  standards: Record<string, number> | null;
  /** {overall?, transparansi?, akuntabilitas?, …} */
  gcg: Record<string, number> | null;
}

export interface ProgressLabels {
  standards: Record<string, Text>;
  principles: Partial<Record<string, Text>>;
}

export interface ScoreOf { code: string; label: Text; score: number }
export interface ProgressRound {
  year: number; source: RecordSource; typology: string | null; grade: string | null; score: number | null;
  standards: ScoreOf[];
  /** code is the TARIF letter (T, A, R, I, F); principle the checklist's id. */
  principles: (ScoreOf & { principle: string })[];
  gcgOverall: number | null;
}
export interface Delta { code: string; label: Text; from: number; to: number; delta: number }
export interface ProgressChange {
  from: { year: number; source: RecordSource };
  to: { year: number; source: RecordSource };
  scoreDelta: number | null;
  standards: Delta[];
  principles: Delta[];
  newlyScored: string[];
  missing: string[];
  lines: Text[];
}
export interface Progress { rounds: ProgressRound[]; changes: ProgressChange[]; standardCodes: string[]; principleCodes: string[] }

/** Within a year, the mentor's list comes first, then the manual entry, then the dossier the LKS sent. */
const SOURCE_ORDER: Record<RecordSource, number> = { import: 0, manual: 1, dossier: 2 };
const round1 = (n: number) => Math.round(n * 10) / 10;
/** The change between the numbers as shown (one decimal), so "80 → 50,3" reads "−29,7", never "−29,8". */
const shownDelta = (from: number, to: number) => round1(round1(to) - round1(from));
const num = (n: number): Text => text(fmt(n).replace('.', ','), fmt(n));
const signed = (n: number): Text => { const v = num(Math.abs(n)); const s = n > 0 ? '+' : n < 0 ? '−' : '±'; return text(s + v.id, s + v.en); };
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const labelOf = (code: string, l: Text | undefined): Text => (l ? text(`${code} ${l.id}`, `${code} ${l.en}`) : text(code, code));

function standardsOf(r: ProgressRecord, labels: ProgressLabels): ScoreOf[] {
  return Object.entries(r.standards ?? {}).filter(([, v]) => Number.isFinite(v)).sort(([a], [b]) => byCode(a, b))
    .map(([code, score]) => ({ code, label: labelOf(code, labels.standards[code]), score }));
}

function principlesOf(r: ProgressRecord, labels: ProgressLabels): ProgressRound['principles'] {
  return PRINCIPLES.filter((p) => Number.isFinite(r.gcg?.[p])).map((p) => {
    const code = PRINCIPLE_LETTER[p];
    const title = labels.principles[p];
    return { code, principle: p, score: r.gcg![p], label: title ? text(`${code} ${title.id}`, `${code} ${title.en}`) : text(code, code) };
  });
}

/** Changes of the scores both rounds have, largest first (then by code); changes under 0.05 are none. */
function deltas(before: ScoreOf[], after: ScoreOf[]): Delta[] {
  const prev = new Map(before.map((s) => [s.code, s.score]));
  return after.flatMap((s) => {
    const from = prev.get(s.code);
    if (from === undefined) return [];
    const delta = shownDelta(from, s.score);
    return delta === 0 ? [] : [{ code: s.code, label: s.label, from, to: s.score, delta }];
  }).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || byCode(a.code, b.code));
}

const deltaLine = (d: Delta, prefix: Text = text('', '')): Text =>
  text(`${prefix.id}${d.label.id}: ${num(d.from).id} → ${num(d.to).id} (${signed(d.delta).id})`, `${prefix.en}${d.label.en}: ${num(d.from).en} → ${num(d.to).en} (${signed(d.delta).en})`);

export function diffRounds(a: ProgressRound, b: ProgressRound): ProgressChange {
  const lines: Text[] = [];
  const scoreDelta = a.score !== null && b.score !== null ? shownDelta(a.score, b.score) : null;
  if (scoreDelta !== null && scoreDelta !== 0) {
    lines.push(text(`Nilai ${num(a.score!).id} → ${num(b.score!).id} (${signed(scoreDelta).id})`, `Score ${num(a.score!).en} → ${num(b.score!).en} (${signed(scoreDelta).en})`));
  } else if (a.score === null && b.score !== null) {
    lines.push(text(`Nilai pertama tercatat: ${num(b.score).id}`, `First recorded score: ${num(b.score).en}`));
  }
  if (a.grade !== b.grade && a.grade && b.grade) lines.push(text(`Peringkat ${a.grade} → ${b.grade}`, `Grade ${a.grade} → ${b.grade}`));
  if (a.typology !== b.typology && a.typology && b.typology) lines.push(text(`Tipologi ${a.typology} → ${b.typology}`, `Typology ${a.typology} → ${b.typology}`));
  const standards = deltas(a.standards, b.standards);
  for (const d of standards) lines.push(deltaLine(d));
  const principles = deltas(a.principles, b.principles);
  for (const d of principles) lines.push(deltaLine(d, text('GCG ', 'GCG ')));
  const had = new Set(a.standards.map((s) => s.code));
  const has = new Set(b.standards.map((s) => s.code));
  const newlyScored = b.standards.filter((s) => !had.has(s.code)).map((s) => s.code);
  const missing = a.standards.filter((s) => !has.has(s.code)).map((s) => s.code);
  if (newlyScored.length) lines.push(text(`Baru dinilai per standar: ${newlyScored.join(', ')}`, `Newly scored standards: ${newlyScored.join(', ')}`));
  if (missing.length) lines.push(text(`Tanpa nilai per standar di putaran ini: ${missing.join(', ')}`, `No standard score in this round: ${missing.join(', ')}`));
  if (!lines.length) lines.push(text('Tidak ada perubahan nilai.', 'No change in the scores.'));
  return {
    from: { year: a.year, source: a.source }, to: { year: b.year, source: b.source },
    scoreDelta, standards, principles, newlyScored, missing, lines,
  };
}

/** The rounds in year order (within a year: list, manual, dossier) and the change from each to the next. */
export function buildProgress(records: ProgressRecord[], labels: ProgressLabels): Progress {
  const rounds: ProgressRound[] = [...records].sort((a, b) => a.year - b.year || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]).map((r) => ({
    year: r.year, source: r.source, typology: r.typology, grade: r.grade, score: r.score,
    standards: standardsOf(r, labels), principles: principlesOf(r, labels),
    gcgOverall: typeof r.gcg?.overall === 'number' ? r.gcg.overall : null,
  }));
  const changes = rounds.slice(1).map((b, i) => diffRounds(rounds[i], b));
  const standardCodes = [...new Set(rounds.flatMap((r) => r.standards.map((s) => s.code)))].sort(byCode);
  const principleCodes = PRINCIPLES.map((p) => PRINCIPLE_LETTER[p]).filter((c) => rounds.some((r) => r.principles.some((p) => p.code === c)));
  return { rounds, changes, standardCodes, principleCodes };
}
