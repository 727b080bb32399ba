// When a dossier arrives: open the review of its round, or move an open review onto the newer version.
import type { Manifest } from '../../../shared/dossier/manifest';
import type { ReviewState } from '../../../shared/review/model';
import type { HandlerContext } from '../context';
import { addLog, blankItem, createReview, reviewByRound, reviewItem, updateReview, writeItem } from './store';

/**
 * Called inside the import transaction. The first dossier of a round opens its review ("diajukan"); a newer
 * version moves a review that is not final onto it, and items the LKS marked fixed become "diperbaiki".
 */
export function onDossierImported(ctx: HandlerContext, importId: number, m: Manifest, version: number): void {
  const db = ctx.workspace.db;
  const at = ctx.now().toISOString();
  const existing = reviewByRound(db, m.round.uid);
  if (!existing) {
    const r = createReview(db, m.round.uid, importId, at);
    addLog(db, r.id, at, 'received', `v${version}`);
    return;
  }
  if (existing.finalAt) {
    addLog(db, existing.id, at, 'new-version-held', `v${version}`);
    return;
  }
  const current = db.prepare('SELECT version FROM dossier_import WHERE id = ?').get(existing.dossierImportId) as { version: number };
  if (version <= current.version) return;
  const marks = m.revisions?.items ?? [];
  const state: ReviewState = marks.length || existing.state === 'perlu-perbaikan' ? 'diperbaiki' : existing.state;
  updateReview(db, existing.id, { dossierImportId: importId, state }, at);
  for (const mark of marks) {
    const before = reviewItem(db, existing.id, mark.target, mark.code);
    writeItem(db, existing.id, mark.target, mark.code, { ...(before ?? blankItem(mark.target, mark.code, at)), state: 'diperbaiki', updatedAt: at });
  }
  addLog(db, existing.id, at, 'new-version', `v${version}${marks.length ? `; ${marks.length} diperbaiki` : ''}`);
}

