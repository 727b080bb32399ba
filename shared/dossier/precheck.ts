// Pre-export check of a round: what is still missing before the dossier goes to BALKS (pure, no I/O).
import type { EvidenceItem } from '../api/contract-evidence';
import type { Checklist, Instrument, Text } from '../instrument/schema';
import type { Profile } from '../profile';
import { FACT_LABELS, type FactName } from '../scoring/applicability';
import type { ScoreAllResult } from '../scoring/index';
import { joinText, text } from '../scoring/util';
import type { Finding } from './manifest';

export interface PrecheckInput {
  roundId: number;
  result: ScoreAllResult;
  /** For the evidence kinds each indicator expects, and their labels. */
  instrument: Pick<Instrument, 'components' | 'evidenceKinds'>;
  checklist: Pick<Checklist, 'items' | 'evidenceKinds'> | null;
  profile: Profile | null;
  evidence: Pick<EvidenceItem, 'sha256' | 'title' | 'kind' | 'expiryDate' | 'links'>[];
  /** YYYY-MM-DD: evidence that ended before this day has expired. */
  today: string;
}

const finding = (kind: Finding['kind'], code: string | null, message: Text): Finding => ({ kind, code, message });

/** Findings in a stable order: answers, evidence, profile, prerequisites, facts. */
export function precheck(input: PrecheckInput): Finding[] {
  return [
    ...unanswered(input.result),
    ...missingEvidence(input),
    ...expiredEvidence(input),
    ...profileFields(input.profile),
    ...prerequisites(input.result),
    ...undecidedFacts(input.result),
  ];
}

function unanswered(result: ScoreAllResult): Finding[] {
  const out: Finding[] = [];
  for (const c of result.score.components) {
    for (const i of c.indicators) {
      if (i.status === 'unanswered') out.push(finding('unanswered-indicator', i.code, text(`Indikator ${i.code} belum dijawab.`, `Indicator ${i.code} is not answered.`)));
    }
  }
  for (const item of result.gcg?.items ?? []) {
    if (item.status === 'unanswered') out.push(finding('unanswered-gcg', item.code, text(`Butir GCG ${item.code} belum dijawab.`, `GCG item ${item.code} is not answered.`)));
  }
  return out;
}

/** Kinds linked to each "target:code" of this round, from the evidence files' links. */
function linkedKinds(input: PrecheckInput): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of input.evidence) {
    for (const l of e.links) {
      if (l.assessmentId !== input.roundId || !e.kind) continue;
      const key = `${l.target}:${l.code}`;
      if (!out.has(key)) out.set(key, new Set());
      out.get(key)!.add(e.kind);
    }
  }
  return out;
}

function missingEvidence(input: PrecheckInput): Finding[] {
  const linked = linkedKinds(input);
  const labels = new Map([...input.instrument.evidenceKinds, ...(input.checklist?.evidenceKinds ?? [])].map((k) => [k.id, k.label]));
  const label = (id: string): Text => labels.get(id) ?? text(id, id);
  const out: Finding[] = [];
  const check = (target: 'indicator' | 'gcg', code: string, expected: string[]) => {
    const have = linked.get(`${target}:${code}`) ?? new Set<string>();
    const missing = expected.filter((k) => !have.has(k));
    if (missing.length === 0) return;
    // Labels hold commas themselves ("visi-misi, rencana program, …"), so kinds are separated by semicolons.
    const names = joinText(missing.map(label), '; ');
    out.push(finding('missing-evidence', code, text(`Bukti untuk ${code} belum dilampirkan: ${names.id}.`, `Evidence for ${code} not linked yet: ${names.en}.`)));
  };
  // Only items that count: an indicator or GCG item marked not applicable expects nothing.
  const scorable = new Set(input.result.score.components.flatMap((c) => c.indicators.filter((i) => i.status === 'scored' || i.status === 'unanswered').map((i) => i.code)));
  for (const c of input.instrument.components) for (const i of c.indicators) if (scorable.has(i.code)) check('indicator', i.code, i.evidence);
  const counted = new Set((input.result.gcg?.items ?? []).filter((i) => i.status === 'answered' || i.status === 'unanswered').map((i) => i.code));
  for (const item of input.checklist?.items ?? []) if (counted.has(item.code)) check('gcg', item.code, item.evidence);
  return out;
}

function expiredEvidence(input: PrecheckInput): Finding[] {
  return input.evidence
    .filter((e) => e.expiryDate && e.expiryDate < input.today && e.links.some((l) => l.assessmentId === input.roundId))
    .map((e) => finding('expired-evidence', e.sha256, text(`Bukti "${e.title}" sudah kedaluwarsa sejak ${e.expiryDate}.`, `Evidence "${e.title}" expired on ${e.expiryDate}.`)));
}

/** The fields BALKS needs to know who applies and how to reach them. */
export function profileFields(p: Profile | null): Finding[] {
  const missing: [string, Text][] = [];
  if (!p?.name) missing.push(['name', text('nama LKS', 'LKS name')]);
  if (!p?.legalForm) missing.push(['legalForm', text('bentuk badan hukum', 'legal form')]);
  if (!p?.lksType) missing.push(['lksType', text('jenis LKS', 'LKS type')]);
  if (!p?.address?.region?.province || !p.address.region.regency) missing.push(['address.region', text('wilayah alamat (provinsi, kabupaten/kota)', 'address region (province, regency/city)')]);
  if (!p?.contact?.name || !(p.contact.phone || p.contact.email)) missing.push(['contact', text('narahubung (nama dan telepon atau email)', 'contact person (name and phone or email)')]);
  return missing.map(([code, label]) => finding('profile-field', code, text(`Profil belum lengkap: ${label.id}.`, `Profile incomplete: ${label.en}.`)));
}

function prerequisites(result: ScoreAllResult): Finding[] {
  return result.prerequisites
    .filter((p) => p.status === 'missing' || p.status === 'undecided')
    .map((p) => finding('prerequisite', p.id, p.status === 'missing'
      ? text(`Syarat belum terpenuhi: ${p.label.id}. ${p.detail.id}`, `Prerequisite not met: ${p.label.en}. ${p.detail.en}`)
      : text(`Syarat belum dapat diputuskan: ${p.label.id}. ${p.detail.id}`, `Prerequisite undecided: ${p.label.en}. ${p.detail.en}`)));
}

function undecidedFacts(result: ScoreAllResult): Finding[] {
  const facts = new Set<FactName>([...result.unknownFacts, ...result.prerequisites.flatMap((p) => p.unknownFacts)]);
  return [...facts].map((f) => finding('undecided-fact', f, text(`Lengkapi profil: ${FACT_LABELS[f].id} belum diisi, sehingga sebagian butir belum dapat diputuskan.`,
    `Fill in the profile: ${FACT_LABELS[f].en} is missing, so some items cannot be decided yet.`)));
}
