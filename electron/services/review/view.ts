// What the review screens read: the dossier snapshot, self-answers (hidden while blind), the assessor's items, changes.
import type { StoredAnswer } from '../../../shared/api/contract-assessment';
import { localIsoDate } from '../../../shared/dates';
import type { Manifest } from '../../../shared/dossier/manifest';
import type { ReviewState } from '../../../shared/review/model';
import { compare, itemKey, needsComment, type Comparison } from '../../../shared/review/score';
import type { HandlerContext } from '../context';
import { listDossiers } from '../dossier/import';
import { cachedManifest } from '../dossier/manifest-cache';
import { reviewContext } from './service';
import { allReviews, reviewItems, reviewLog, undoDepth } from './store';

export interface Change { target: 'indicator' | 'gcg'; code: string; before: StoredAnswer | null; after: StoredAnswer | null }

const same = (a: StoredAnswer | undefined, b: StoredAnswer | undefined) =>
  (a?.level ?? null) === (b?.level ?? null) && !!a?.notApplicable === !!b?.notApplicable && (a?.reason ?? null) === (b?.reason ?? null)
  && (a?.gcgValue ?? null) === (b?.gcgValue ?? null) && (a?.note ?? null) === (b?.note ?? null);

/** What the LKS changed between two versions of a round's dossier (answers, notes, N/A reasons). */
export function changesBetween(prev: Manifest, next: Manifest): Change[] {
  const out: Change[] = [];
  for (const target of ['indicator', 'gcg'] as const) {
    const a = target === 'indicator' ? prev.answers.indicators : prev.answers.gcg;
    const b = target === 'indicator' ? next.answers.indicators : next.answers.gcg;
    for (const code of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!same(a[code], b[code])) out.push({ target, code, before: a[code] ?? null, after: b[code] ?? null });
    }
  }
  return out.sort((x, y) => x.target.localeCompare(y.target) || x.code.localeCompare(y.code, undefined, { numeric: true }));
}

function previousManifest(ctx: HandlerContext, roundUid: string, version: number): { version: number; manifest: Manifest } | null {
  const row = ctx.workspace.db.prepare('SELECT version, manifest FROM dossier_import WHERE round_uid = ? AND version < ? ORDER BY version DESC LIMIT 1')
    .get(roundUid, version) as { version: number; manifest: string } | undefined;
  return row ? { version: row.version, manifest: JSON.parse(row.manifest) as Manifest } : null;
}

/**
 * Blind review: a self-score stays hidden until the assessor has scored that item, and the LKS's totals until
 * every item is scored. Hidden here on the back end, so no screen can show it by mistake.
 */
export function reviewDetail(ctx: HandlerContext, id: number) {
  const rc = reviewContext(ctx, id);
  const { review, manifest: m, snaps, version } = rc;
  const db = ctx.workspace.db;
  const items = reviewItems(db, id);
  const byKey = new Map(items.map((i) => [itemKey(i.target, i.code), i]));
  const hide = (target: 'indicator' | 'gcg', code: string) => {
    if (!review.blind) return false;
    const a = byKey.get(itemKey(target, code));
    return !a || (a.level === null && !a.notApplicable && a.gcgValue === null);
  };
  const self: Record<string, (StoredAnswer & { hidden: false }) | { hidden: true; note: string | null; reason: null; notApplicable: false }> = {};
  for (const [target, answers] of [['indicator', m.answers.indicators], ['gcg', m.answers.gcg]] as const) {
    for (const [code, a] of Object.entries(answers)) {
      self[itemKey(target, code)] = hide(target, code) ? { hidden: true, note: a.note, reason: null, notApplicable: false } : { ...a, hidden: false };
    }
  }
  const comparison = compare(m, snaps, items, localIsoDate(ctx.now()));
  const allScored = comparison.assessor.score.complete && (comparison.assessor.gcg?.complete ?? true);
  const prev = previousManifest(ctx, review.roundUid, version);
  const dossiers = listDossiers(ctx).filter((d) => d.roundUid === review.roundUid).map((d) => ({ id: d.id, version: d.version, exportedAt: d.exportedAt }));
  return {
    review, version, dossierId: m.dossierId, dossiers,
    lks: { name: m.profile.name ?? null, lksType: m.profile.lksType ?? null, region: m.profile.address?.region ?? {} },
    roundName: m.round.name, exportedAt: m.createdAt,
    instrument: snaps.instrument, checklist: snaps.checklist, profile: m.profile,
    evidence: m.evidence.map((e) => ({ sha256: e.sha256, size: e.size, mediaType: e.mediaType, originalName: e.originalName, title: e.title, kind: e.kind, expiryDate: e.expiryDate, links: e.links })),
    findings: m.findings,
    self,
    selfResults: review.blind && !allScored ? null : m.results,
    items: Object.fromEntries(items.map((i) => [itemKey(i.target, i.code), { ...i, needsComment: needsComment(i.target === 'indicator' ? m.answers.indicators[i.code] : undefined, i) }])),
    revisions: m.revisions ?? null,
    changes: prev ? { fromVersion: prev.version, list: changesBetween(prev.manifest, m) } : null,
    undoDepth: undoDepth(db, id),
    log: reviewLog(db, id),
  };
}

/** What a screen needs to name a review (LKS, round, version, state) and label its items: no scoring, no log. */
export function reviewMeta(ctx: HandlerContext, id: number) {
  const { review, manifest: m, snaps, version } = reviewContext(ctx, id);
  return {
    review, version, roundName: m.round.name, instrument: snaps.instrument,
    lks: { name: m.profile.name ?? null, lksType: m.profile.lksType ?? null, region: m.profile.address?.region ?? {} },
  };
}

/** The assessor's grade/typology and the self-assessment side by side; blind hides the self side until all is scored. */
export function reviewComparison(ctx: HandlerContext, id: number): Comparison & { hiddenSelf: boolean } {
  const rc = reviewContext(ctx, id);
  const items = reviewItems(ctx.workspace.db, id);
  const c = compare(rc.manifest, rc.snaps, items, localIsoDate(ctx.now()));
  const allScored = c.assessor.score.complete && (c.assessor.gcg?.complete ?? true);
  return { ...c, hiddenSelf: rc.review.blind && !allScored };
}

export interface ReviewListRow {
  id: number; reviewUid: string; dossierImportId: number; version: number; lksName: string | null; state: ReviewState; final: boolean; blind: boolean;
  scored: number; needComment: number; updatedAt: string;
}

export function listReviews(ctx: HandlerContext): ReviewListRow[] {
  const dossiers = new Map(listDossiers(ctx).map((d) => [d.id, d]));
  const db = ctx.workspace.db;
  return allReviews(db).map((r) => {
    const d = dossiers.get(r.dossierImportId);
    const m = cachedManifest(db, r.dossierImportId, d?.dossierId ?? '');
    const needComment = reviewItems(db, r.id).filter((i) => i.target === 'indicator' && needsComment(m.answers.indicators[i.code], i)).length;
    const scored = (db.prepare("SELECT count(*) AS n FROM review_item WHERE review_id = ? AND (level IS NOT NULL OR not_applicable = 1 OR gcg_value IS NOT NULL)").get(r.id) as { n: number }).n;
    return {
      id: r.id, reviewUid: r.reviewUid, dossierImportId: r.dossierImportId, version: d?.version ?? 0, lksName: d?.lksName ?? null,
      state: r.state, final: !!r.finalAt, blind: r.blind, scored, needComment, updatedAt: r.updatedAt,
    };
  });
}
