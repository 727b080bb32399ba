// Handlers for the BALKS review (assessor side) and for review files received back (LKS side).
import fs from 'node:fs';
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { ScoreAllResult } from '../../../shared/scoring/index';
import type { HandlerContext } from '../context';
import { assessorReportDocx } from '../review/documents/report';
import { visitKitDocx } from '../review/documents/visit-kit';
import { dossierEvidenceTicket, showDossierEvidenceInFolder } from '../review/evidence';
import { buildReviewFile, importReviewFile, receivedReviews } from '../review/file';
import { listMarks, markRevision } from '../review/revisions';
import { finalize, loadReview, reopen, setItem, setItemState, setState, undo, updateTexts } from '../review/service';
import { reviewByRound } from '../review/store';
import { listReviews, reviewComparison, reviewDetail, reviewMeta } from '../review/view';
import { getDossier } from '../dossier/import';
import type { PartialTable } from './define';

type Names =
  | 'review.list' | 'review.forDossier' | 'review.get' | 'review.setItem' | 'review.undo' | 'review.setItemState' | 'review.setState'
  | 'review.update' | 'review.meta' | 'review.compare' | 'review.finalize' | 'review.reopen' | 'review.reportDocx' | 'review.visitKitDocx'
  | 'review.exportFile' | 'review.evidenceTicket' | 'review.evidenceShowInFolder' | 'review.importUpload' | 'review.received' | 'revision.mark' | 'revision.list';

function side(r: ScoreAllResult) {
  return {
    total: r.score.total, range: r.score.range, grade: r.grade.grade, gradeRange: r.grade.range,
    typology: r.typology?.typology ?? null, gcg: r.gcg?.overall.score ?? null, complete: r.score.complete && (r.gcg?.complete ?? true),
    reasons: [r.grade.summary, ...r.grade.reasons.filter((c) => !c.passed).map((c) => c.detail), ...(r.typology?.capped.map((c) => c.label) ?? [])],
    note: r.origins.note,
  };
}

const asBase64 = (f: { fileName: string; data: Buffer }) => ({ fileName: f.fileName, base64: f.data.toString('base64') });

function reviewOfDossier(ctx: HandlerContext, dossierImportId: number): number {
  const d = getDossier(ctx, dossierImportId);
  const r = reviewByRound(ctx.workspace.db, d.roundUid);
  if (!r) throw new AppError('NOT_FOUND', 'Tinjauan untuk dossier ini tidak ada / no review for this dossier');
  return r.id;
}

export const reviewHandlers: PartialTable<Names> = {
  'review.list': { ...contract['review.list'], run: (ctx) => listReviews(ctx) },
  'review.forDossier': { ...contract['review.forDossier'], run: (ctx, i) => ({ reviewId: reviewOfDossier(ctx, i.dossierImportId) }) },
  'review.get': { ...contract['review.get'], run: (ctx, i) => reviewDetail(ctx, i.id) },
  'review.setItem': { ...contract['review.setItem'], run: (ctx, i) => setItem(ctx, i) },
  'review.undo': { ...contract['review.undo'], run: (ctx, i) => undo(ctx, i.reviewId) },
  'review.setItemState': { ...contract['review.setItemState'], run: (ctx, i) => setItemState(ctx, i.reviewId, i.target, i.code, i.state, i.revisionRequest ?? null) },
  'review.setState': { ...contract['review.setState'], run: (ctx, i) => setState(ctx, i.reviewId, i.state, i.comment ?? null) },
  'review.update': { ...contract['review.update'], run: (ctx, { reviewId, ...t }) => updateTexts(ctx, reviewId, t) },
  'review.meta': { ...contract['review.meta'], run: (ctx, i) => reviewMeta(ctx, i.id) },
  'review.compare': {
    ...contract['review.compare'],
    run: (ctx, i) => {
      const c = reviewComparison(ctx, i.id);
      const hide = c.hiddenSelf;
      return {
        hiddenSelf: hide,
        rows: c.rows.map((r) => (hide ? { ...r, self: null, diff: null, needsComment: false } : r)),
        standards: c.standards.map((s) => (hide ? { ...s, self: null, diff: null } : s)),
        principles: c.principles.map((s) => (hide ? { ...s, self: null, diff: null } : s)),
        self: hide ? null : side(c.self), assessor: side(c.assessor),
      };
    },
  },
  'review.finalize': { ...contract['review.finalize'], run: (ctx, i) => finalize(ctx, i.reviewId) },
  'review.reopen': { ...contract['review.reopen'], run: (ctx, i) => reopen(ctx, i.reviewId, i.reason) },
  'review.reportDocx': { ...contract['review.reportDocx'], run: async (ctx, i) => asBase64(await assessorReportDocx(ctx, i.reviewId, i.language)) },
  'review.visitKitDocx': { ...contract['review.visitKitDocx'], run: async (ctx, i) => asBase64(await visitKitDocx(ctx, i.reviewId, i.language)) },
  'review.exportFile': {
    ...contract['review.exportFile'],
    run: async (ctx, i) => {
      loadReview(ctx, i.reviewId);
      // The report travels inside the review file, so the LKS reads the same document the assessor printed.
      const report = await assessorReportDocx(ctx, i.reviewId, i.language);
      return asBase64(await buildReviewFile(ctx, i.reviewId, [{ path: 'documents/laporan-asesor.docx', data: report.data }]));
    },
  },
  'review.evidenceTicket': { ...contract['review.evidenceTicket'], run: (ctx, i) => dossierEvidenceTicket(ctx, i.dossierImportId, i.sha256, i.purpose) },
  'review.evidenceShowInFolder': { ...contract['review.evidenceShowInFolder'], run: (ctx, i) => showDossierEvidenceInFolder(ctx, i.dossierImportId, i.sha256) },
  'review.importUpload': {
    ...contract['review.importUpload'],
    run: async (ctx, i) => {
      const { file } = ctx.uploads.take(i.uploadId, 'dossier');
      try {
        const r = await importReviewFile(ctx, file);
        return r.ok ? { ok: true, problems: [], imported: { id: r.id, alreadyImported: r.alreadyImported, assessmentId: r.assessmentId } } : { ok: false, problems: r.problems, imported: null };
      } finally {
        fs.rmSync(file, { force: true });
      }
    },
  },
  'review.received': { ...contract['review.received'], run: (ctx, i) => receivedReviews(ctx, i.assessmentId) },
  'revision.mark': { ...contract['revision.mark'], run: (ctx, i) => ({ marks: markRevision(ctx, i.assessmentId, i.target, i.code, i.note, i.clear) }) },
  'revision.list': { ...contract['revision.list'], run: (ctx, i) => ({ marks: listMarks(ctx, i.assessmentId) }) },
};
