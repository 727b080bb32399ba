// Sends a *.swanilai file (a dossier or a review file) to the back end in chunks, reporting progress for a bar;
// the caller then asks the back end to import the upload (dossier.importUpload or review.importUpload).
import { MAX_DOSSIER_UPLOAD_BYTES } from '../../shared/api/contract-dossier-upload';
import { call, uploadFile } from './client';

export interface UploadJob { name: string; phase: 'uploading' | 'checking'; pct: number }

/** Why a picked file is not sent at all, or null when it may be. */
export function swanilaiFileProblem(file: File): 'notSwanilai' | 'tooLarge' | null {
  if (!/\.swanilai$/i.test(file.name)) return 'notSwanilai';
  return file.size > MAX_DOSSIER_UPLOAD_BYTES ? 'tooLarge' : null;
}

/** Uploads the file (progress painted at most every 100 ms), then reports the "checking" phase; returns the upload id. */
export async function uploadSwanilai(file: File, onJob: (job: UploadJob) => void): Promise<string> {
  const name = file.name;
  onJob({ name, phase: 'uploading', pct: 0 });
  let lastPaint = 0;
  const uploadId = await uploadFile(file, (p) => {
    const now = performance.now();
    if (p.sent === p.total || now - lastPaint > 100) { lastPaint = now; onJob({ name, phase: 'uploading', pct: p.total ? Math.floor((p.sent / p.total) * 100) : 100 }); }
  }, undefined, () => call('dossier.uploadBegin', { name, size: file.size }));
  onJob({ name, phase: 'checking', pct: 100 });
  return uploadId;
}
