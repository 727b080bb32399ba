// Gathers one round into the dossier's data: manifest fields, the evidence files to include and the findings.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import type { StoredAnswer } from '../../../shared/api/contract-assessment';
import { AppError } from '../../../shared/api/result';
import { localIsoDate } from '../../../shared/dates';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, type DossierEvidence, type Finding, type Manifest } from '../../../shared/dossier/manifest';
import { precheck } from '../../../shared/dossier/precheck';
import type { ScoreAllResult } from '../../../shared/scoring/index';
import { computeResults, type AssessmentResults } from '../assessment/results';
import type { HandlerContext } from '../context';
import { blobPath, sanitizeFileName } from '../evidence/files';
import { listEvidence } from '../evidence/service';
import type { WorkspaceKey } from './keys';

/** One evidence file to copy into the zip: where it is stored and what the manifest says about it. */
export interface EvidenceSource { file: string; entry: DossierEvidence }

export interface RoundData extends AssessmentResults {
  roundId: number;
  evidence: EvidenceItem[];
  linked: EvidenceItem[];
  findings: Finding[];
  today: string;
}

/** Everything the export and the pre-export check need about one round, read once. */
export function gatherRound(ctx: HandlerContext, roundId: number): RoundData {
  const results = computeResults(ctx, roundId);
  const evidence = listEvidence(ctx);
  const linked = evidence.filter((e) => e.links.some((l) => l.assessmentId === roundId));
  const today = localIsoDate(ctx.now());
  const findings = precheck({ roundId, result: results.result, instrument: results.instrument, checklist: results.checklist, profile: results.profile, evidence, today });
  return { ...results, roundId, evidence, linked, findings, today };
}

/** The evidence entries, each checked to be in the store with the size its record says (a clear error otherwise). */
export function evidenceSources(ctx: HandlerContext, data: RoundData): EvidenceSource[] {
  return data.linked.map((e) => {
    const file = blobPath(ctx.workspace.evidenceDir, e.sha256);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new AppError('NOT_FOUND', `Berkas bukti "${e.title}" hilang dari folder ruang kerja; berkas akreditasi tidak dibuat. / The evidence file "${e.title}" is missing from the workspace; no dossier was written.`);
    }
    if (size !== e.size) {
      throw new AppError('CONFLICT', `Berkas bukti "${e.title}" di folder ruang kerja rusak (ukuran ${size}, seharusnya ${e.size}). / The stored evidence file "${e.title}" is damaged (size ${size}, expected ${e.size}).`);
    }
    const links = e.links.filter((l) => l.assessmentId === data.roundId).map((l) => `${l.target}:${l.code}`);
    return {
      file,
      entry: {
        path: `evidence/${e.sha256}`, sha256: e.sha256, size: e.size, mediaType: e.mediaType.slice(0, 200),
        originalName: sanitizeFileName(e.originalName).slice(0, 255), title: e.title.slice(0, 300), kind: e.kind,
        effectiveDate: e.effectiveDate, expiryDate: e.expiryDate, links,
      },
    };
  });
}

/** The round's answer_change rows, oldest first (the undo log doubles as the history the assessor sees). */
export function changeLog(ctx: HandlerContext, roundId: number): Manifest['changeLog'] {
  const rows = ctx.workspace.db.prepare('SELECT target, code, before, after, at FROM answer_change WHERE assessment_id = ? ORDER BY id')
    .all(roundId) as { target: 'indicator' | 'gcg'; code: string; before: string | null; after: string | null; at: string }[];
  const parse = (s: string | null) => (s ? (JSON.parse(s) as StoredAnswer) : null);
  return rows.map((r) => ({ target: r.target, code: r.code, before: parse(r.before), after: parse(r.after), at: r.at }));
}

/** The numbers as this app computed them, said to be estimates in `origins`. */
export function resultsSummary(r: ScoreAllResult): Manifest['results'] {
  return {
    total: r.score.total, range: r.score.range, grade: r.grade.grade, gradeRange: { best: r.grade.range.best, worst: r.grade.range.worst },
    typology: r.typology?.typology ?? null, gcg: r.gcg?.overall.score ?? null, origins: r.origins,
    complete: r.score.complete,
    components: r.score.components.map((c) => ({ code: c.code, title: c.title, weight: c.weight, scored: c.scored, score: c.score, range: c.range })),
    gcgRange: r.gcg?.overall.range ?? null,
    validity: r.validity,
    typologyRange: r.typologyRange ? { worst: r.typologyRange.worst.typology, best: r.typologyRange.best.typology } : null,
  };
}

/** Items the LKS marked fixed after a revision request, and the newest review received for this round. */
export function revisionMarks(ctx: HandlerContext, roundId: number): NonNullable<Manifest['revisions']> {
  const db = ctx.workspace.db;
  const items = db.prepare('SELECT target, code, note, marked_at AS markedAt FROM revision_mark WHERE assessment_id = ? ORDER BY target, code')
    .all(roundId) as NonNullable<Manifest['revisions']>['items'];
  const review = db.prepare(`SELECT r.review_uid AS uid FROM review_received r JOIN dossier_export e ON e.dossier_id = r.dossier_id
      WHERE e.assessment_id = ? ORDER BY r.created_at DESC LIMIT 1`).get(roundId) as { uid: string } | undefined;
  return { reviewUid: review?.uid ?? null, items };
}

export interface ManifestParts {
  key: WorkspaceKey;
  evidence: EvidenceSource[];
  documents: { path: string; title: { id: string; en: string }; form: 'A' | 'B' | 'C' | 'profile' | 'letter'; sha256: string; size: number }[];
}

export function buildManifest(ctx: HandlerContext, data: RoundData, parts: ManifestParts): Manifest {
  const d = data.detail;
  return {
    format: DOSSIER_FORMAT, formatVersion: DOSSIER_FORMAT_VERSION, appVersion: ctx.appVersion, createdAt: ctx.now().toISOString(),
    dossierId: crypto.randomUUID(),
    sender: { publicKey: parts.key.publicKeyBase64, fingerprint: parts.key.fingerprint },
    profile: data.profile ?? {},
    round: { uid: `${parts.key.fingerprint}:${d.id}`, id: d.id, name: d.name, createdAt: d.createdAt, updatedAt: d.updatedAt },
    instrument: data.instrument,
    checklist: data.checklist,
    answers: { indicators: d.indicators, gcg: d.gcg },
    results: resultsSummary(data.result),
    evidence: parts.evidence.map((e) => e.entry),
    documents: parts.documents.map((x) => ({ path: x.path, title: x.title, form: x.form })),
    changeLog: changeLog(ctx, d.id),
    findings: data.findings,
    revisions: revisionMarks(ctx, d.id),
    entries: [
      ...parts.evidence.map((e) => ({ path: e.entry.path, sha256: e.entry.sha256, size: e.entry.size })),
      ...parts.documents.map((x) => ({ path: x.path, sha256: x.sha256, size: x.size })),
    ],
  };
}
