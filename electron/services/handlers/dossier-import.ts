// Handlers for received dossiers: verify, import (read-only afterwards, so no update handlers), list, get.
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { Manifest } from '../../../shared/dossier/manifest';
import { getDossier, importDossier, listDossiers } from '../dossier/import';
import { verifyDossier, type DossierProblem } from '../dossier/verify';
import type { HandlerContext } from '../context';
import type { PartialTable } from './define';

type Names = 'dossier.verify' | 'dossier.import' | 'dossier.list' | 'dossier.get';

export function summarise(m: Manifest, fingerprint: string) {
  return {
    dossierId: m.dossierId, formatVersion: m.formatVersion, appVersion: m.appVersion, exportedAt: m.createdAt, lksName: m.profile.name ?? null,
    roundUid: m.round.uid, roundName: m.round.name, signerFingerprint: fingerprint, evidenceCount: m.evidence.length,
    documentCount: m.documents.length, findingCount: m.findings.length,
  };
}

/** One line naming every problem, for the error message; the structured list goes in details. */
export function describeProblems(problems: DossierProblem[]): string {
  const id = problems.map((p) => `${p.code}${p.entry ? ` (${p.entry})` : ''}: ${p.message.id}`).join('; ');
  const en = problems.map((p) => `${p.message.en}`).join('; ');
  return `Dossier ditolak: ${id} / Dossier refused: ${en}`;
}

/**
 * A path names a file on the machine running the back end: fine for the desktop and the CLI, where that is the
 * user's own disk, but on the web host the browser uploads the file instead (not built yet), so paths are refused.
 */
function localPath(ctx: HandlerContext, file: string): string {
  if (ctx.transport === 'http') {
    throw new AppError('VALIDATION', 'Di peramban, unggah berkas dossier; jalur berkas tidak diterima / in the browser, upload the dossier file; file paths are not accepted');
  }
  return file;
}

function instrumentOf(m: Manifest): { id: string; version: string } | null {
  const i = m.instrument as { id?: unknown; version?: unknown } | null;
  return i && typeof i.id === 'string' && typeof i.version === 'string' ? { id: i.id, version: i.version } : null;
}

export const dossierImportHandlers: PartialTable<Names> = {
  'dossier.verify': {
    ...contract['dossier.verify'],
    run: async (ctx, i) => {
      const r = await verifyDossier(localPath(ctx, i.path));
      return r.ok ? { ok: true, problems: [], summary: summarise(r.manifest, r.fingerprint) } : { ok: false, problems: r.problems, summary: null };
    },
  },
  'dossier.import': {
    ...contract['dossier.import'],
    run: async (ctx, i) => {
      const r = await importDossier(ctx, localPath(ctx, i.path));
      if (!r.ok) throw new AppError('BAD_FILE', describeProblems(r.problems), r.problems);
      return { id: r.id, alreadyImported: r.alreadyImported, version: r.version };
    },
  },
  'dossier.list': { ...contract['dossier.list'], run: (ctx) => listDossiers(ctx) },
  'dossier.get': {
    ...contract['dossier.get'],
    run: (ctx, i) => {
      const { manifest: m, ...row } = getDossier(ctx, i.id);
      return {
        ...row, summary: summarise(m, row.signerFingerprint), profile: m.profile, results: m.results, findings: m.findings,
        evidence: m.evidence.map((e) => ({ sha256: e.sha256, size: e.size, mediaType: e.mediaType, originalName: e.originalName, title: e.title, links: e.links })),
        documents: m.documents.map((d) => ({ path: d.path, form: d.form, title: d.title })), instrument: instrumentOf(m),
      };
    },
  },
};
