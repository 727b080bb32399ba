// A dossier received by upload: staged in the uploads folder, verified and imported, then always deleted.
import fs from 'node:fs';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { beginUpload } from '../evidence/transfer';
import { importDossier, type ImportResult } from './import';

export function beginDossierUpload(ctx: HandlerContext, name: string, size: number): { uploadId: string; chunkSize: number } {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca; tutup aplikasi lain dulu / workspace is open read-only; close the other app first');
  return beginUpload(ctx, name, size, '', 'dossier');
}

/** The staging file is the upload's own temp file (evidence/.incoming/<id>); a crash mid-import leaves it to the start-up sweep. */
export async function importUploadedDossier(ctx: HandlerContext, uploadId: string): Promise<ImportResult> {
  const { file } = ctx.uploads.take(uploadId, 'dossier');
  try {
    return await importDossier(ctx, file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
