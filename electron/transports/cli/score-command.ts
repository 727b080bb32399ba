// `score`: scores an answers file against an instrument file and prints total, grade with reason, typology, gaps, plan.
import fs from 'node:fs';
import { AppError } from '../../../shared/api/result';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { AnswersFile, answersFileMismatch } from '../../../shared/scoring/answers-file';
import { scoreAll, type ScoreAllResult } from '../../../shared/scoring/index';
import { describeIssues } from '../../../shared/api/result';
import { bundled } from '../../services/instruments/bundled';
import { loadDefinitionFile } from '../../services/instruments/load-file';
import type { CliCommand } from './command';

const f1 = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));

async function loadKind<K extends 'instrument' | 'checklist'>(file: string, kind: K): Promise<K extends 'instrument' ? Instrument : Checklist> {
  const def = await loadDefinitionFile(file);
  if (!def.ok) throw new AppError('VALIDATION', `${file}: ${def.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  if (def.kind !== kind) throw new AppError('VALIDATION', `${file} bukan ${kind} / is not an ${kind}`);
  return def.value as never;
}

export function renderScore(r: ScoreAllResult): string[] {
  const s = r.score;
  const out: string[] = [];
  out.push(`Instrumen / instrument: ${r.instrument.id} ${r.instrument.version}`);
  out.push(`PERKIRAAN / ESTIMATE: ${r.origins.note.id}`);
  out.push(s.total !== null ? `Nilai total / total: ${f1(s.total)} / 100`
    : `Belum lengkap / incomplete: ${s.counts.unanswered} indikator belum dijawab${s.unknownFacts.length ? `, lengkapi profil / fill in: ${s.unknownFacts.join(', ')}` : ''}; rentang / range ${f1(s.range?.min)}–${f1(s.range?.max)}`);
  out.push('Komponen / components:');
  for (const c of s.components) {
    const value = !c.scored ? 'tidak dinilai / not scored' : c.score !== null ? f1(c.score) : `${f1(c.range?.min)}–${f1(c.range?.max)}`;
    out.push(`  ${c.code.padEnd(4)} ${c.title.id.padEnd(28)} bobot ${String(c.weight).padStart(3)}  ${value}`);
  }
  const g = r.grade;
  out.push(`Predikat (perkiraan) / grade (estimate): ${g.grade ?? (g.complete ? 'tidak terakreditasi / not accredited' : `${g.range.worst ?? '—'}..${g.range.best ?? '—'}`)}`);
  out.push(`  Alasan / reason: ${g.summary.id}`);
  if (r.validity) out.push(`Masa berlaku (perkiraan) / validity: ${r.validity.years} tahun, s.d. ${r.validity.expiresOn}`);
  if (r.typology) out.push(`Tipologi (perkiraan) / typology: ${r.typology.typology} ${r.typology.label.id} (skor ${f1(r.typology.score)})`);
  else if (r.typologyRange) out.push(`Tipologi (perkiraan) / typology: ${r.typologyRange.worst.typology}..${r.typologyRange.best.typology}`);
  const typ = r.typology ?? r.typologyRange?.best;
  if (typ && typ.typology !== typ.band) out.push(`  Dibatasi / capped: ${typ.capped.map((c) => c.label.id).join('; ')}`);
  if (typ?.model) out.push(`  ${typ.model.id}`);
  if (r.gcg) {
    const p = r.gcg.principles.map((x) => `${x.title.id} ${x.score === null ? '—' : f1(x.score)}`).join(', ');
    out.push(`GCG: ${r.gcg.overall.score === null ? `rentang ${f1(r.gcg.overall.range?.min)}–${f1(r.gcg.overall.range?.max)}` : f1(r.gcg.overall.score)} (${p})`);
  }
  out.push('Kesenjangan teratas / top gaps:');
  for (const gap of r.gaps.slice(0, 10)) {
    out.push(`  ${gap.code.padEnd(7)} +${f1(gap.gainToTotal)} poin  level ${gap.unanswered ? '—' : gap.currentLevel}→${gap.maxLevel}  ${gap.question.id.slice(0, 70)}`);
  }
  const plan = r.plan;
  if (plan.alreadyTop) out.push('Jalur / path: sudah predikat tertinggi / already the top grade');
  else if (!plan.reachable) out.push(`Jalur ke predikat berikutnya / path: tidak dapat dicapai / not reachable — ${plan.reason.id}`);
  else {
    out.push(`Jalur ke predikat ${plan.targetGrade} / path to ${plan.targetGrade}: ${plan.totalSteps} langkah / steps (${plan.method}), total menjadi ${f1(plan.resultingTotal)}`);
    out.push('  ' + plan.steps.map((st) => `${st.code} ${st.fromLevel}→${st.toLevel}`).join(', '));
  }
  return out;
}

export const scoreCommand: CliCommand = {
  path: ['score'],
  usage: 'score --instrument FILE --answers FILE [--checklist FILE] [--json]',
  summary: 'Hitung nilai, predikat, tipologi, kesenjangan dan jalur dari berkas jawaban / score an answers file',
  valued: ['instrument', 'answers', 'checklist'],
  async run(args, io) {
    if (typeof args.flags.instrument !== 'string' || typeof args.flags.answers !== 'string') {
      throw new AppError('VALIDATION', `--instrument FILE dan --answers FILE wajib / are required (${this.usage})`);
    }
    const instrument = await loadKind(args.flags.instrument, 'instrument');
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(args.flags.answers, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new AppError('VALIDATION', `${args.flags.answers}: JSON tidak valid / invalid JSON: ${(e as Error).message}`);
    }
    const parsed = AnswersFile.safeParse(raw);
    if (!parsed.success) throw new AppError('VALIDATION', `${args.flags.answers}: ${describeIssues(parsed.error.issues).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    const file = parsed.data;
    let checklist: Checklist | undefined;
    if (typeof args.flags.checklist === 'string') checklist = await loadKind(args.flags.checklist, 'checklist');
    else if (file.gcg) checklist = bundled().checklists.find((c) => c.id === file.gcg!.checklist.id && c.version === file.gcg!.checklist.version);
    const mismatch = answersFileMismatch(file, instrument, checklist);
    if (mismatch.length) throw new AppError('VALIDATION', mismatch.map((m) => `${m.path}: ${m.message}`).join('; '));
    const result = scoreAll(instrument, file.answers, file.facts, { checklist, gcgAnswers: file.gcg?.answers, assessedOn: file.assessedOn, linkedEvidence: file.linkedEvidence, permitExpiresOn: file.permitExpiresOn });
    if (args.flags.json) { io.out(JSON.stringify(result, null, 2)); return; }
    for (const line of renderScore(result)) io.out(line);
    for (const p of result.score.problems) io.err(`peringatan / warning: ${p.code}: ${p.message.id}`);
  },
};
