// Evidence files of an imported dossier, read by (dossier, sha256): the assessor's preview, download and "show in folder".
import fs from 'node:fs';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { blobPath, sanitizeFileName } from '../evidence/files';
import { copyOut } from '../evidence/open';
import type { TicketPurpose } from '../evidence/tickets';
import { readError, readWhole, type OpenedEvidence } from '../evidence/transfer';

const SHA256 = /^[0-9a-f]{64}$/;

interface Row { media_type: string; original_name: string }

/** The dossier's own record of the file: a sha256 that the dossier does not list is not found, whatever the store holds. */
function dossierRow(ctx: HandlerContext, dossierImportId: unknown, sha256: unknown): { id: number; sha: string; row: Row } {
  if (typeof dossierImportId !== 'number' || !Number.isSafeInteger(dossierImportId) || dossierImportId <= 0) {
    throw new AppError('VALIDATION', 'Nomor dossier tidak valid / invalid dossier id');
  }
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new AppError('VALIDATION', 'Sidik SHA-256 tidak valid / invalid sha256');
  const row = ctx.workspace.db.prepare('SELECT media_type, original_name FROM dossier_evidence WHERE dossier_import_id = ? AND sha256 = ?')
    .get(dossierImportId, sha256) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Bukti ini tidak ada di dossier tersebut / this evidence is not in that dossier');
  return { id: dossierImportId, sha: sha256, row };
}

/** Opens the stored file for reading (the caller closes fd, or hands it to a stream that does). */
export function openDossierEvidence(ctx: HandlerContext, dossierImportId: unknown, sha256: unknown): OpenedEvidence {
  const { sha, row } = dossierRow(ctx, dossierImportId, sha256);
  let fd: number;
  try {
    fd = fs.openSync(blobPath(ctx.workspace.evidenceDir, sha), 'r');
  } catch (e) {
    throw readError(e, row.original_name);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    return { fd, size: st.size, mediaType: row.media_type, originalName: row.original_name, sha256: sha };
  } catch (e) {
    fs.closeSync(fd);
    throw readError(e, row.original_name);
  }
}

/** The desktop preview: the whole file as bytes over IPC, like readForPreview of the evidence locker. */
export function readDossierEvidenceForPreview(ctx: HandlerContext, dossierImportId: unknown, sha256: unknown): { mediaType: string; data: Uint8Array } {
  return readWhole(openDossierEvidence(ctx, dossierImportId, sha256), 'Berkas terlalu besar untuk pratinjau; tampilkan di folder / too large to preview; show it in its folder');
}

/** Ticket key of a dossier file; evidence-locker tickets are keyed by number, so the two never match each other. */
export const dossierTicketKey = (dossierImportId: number, sha256: string) => `dossier:${dossierImportId}:${sha256}`;

/** Web host: a short-lived URL for one dossier file (web-blob.ts serves it). The desktop reads over IPC instead. */
export function dossierEvidenceTicket(ctx: HandlerContext, dossierImportId: number, sha256: string, purpose: TicketPurpose): { url: string; expiresAt: string } {
  if (ctx.transport === 'ipc') {
    throw new AppError('VALIDATION', 'Aplikasi desktop membaca berkas bukti lewat IPC, bukan lewat tiket / the desktop app reads evidence files over IPC, not with tickets');
  }
  dossierRow(ctx, dossierImportId, sha256);
  const t = ctx.tickets.issue(dossierTicketKey(dossierImportId, sha256), purpose, ctx.now());
  return { url: `/blob/dossier-evidence/${dossierImportId}/${sha256}?ticket=${t.ticket}`, expiresAt: t.expiresAt.toISOString() };
}

/** A copy under its sanitised name in a folder of its own, revealed on the desktop (the web host returns the folder). */
export function showDossierEvidenceInFolder(ctx: HandlerContext, dossierImportId: number, sha256: string): { shown: boolean; folder: string; path: string } {
  const f = openDossierEvidence(ctx, dossierImportId, sha256);
  let out: { copy: string; dir: string };
  try {
    out = copyOut(f, sanitizeFileName(f.originalName));
  } finally {
    fs.closeSync(f.fd);
  }
  if (!ctx.showItemInFolder) return { shown: false, folder: out.dir, path: out.copy };
  ctx.showItemInFolder(out.copy);
  return { shown: true, folder: out.dir, path: out.copy };
}
