// Seeds the sample LKS's assessment round: answers, GCG answers, evidence files and plan actions (all fictional).
import { indicatorApplicability } from '../../shared/scoring/applicability';
import { factsFromProfile } from '../../shared/assessment/inputs';
import type { StoredAnswer } from '../../shared/api/contract-assessment';
import type { HandlerContext } from './context';
import { createAssessment } from './assessment/service';
import { listAssessments, writeAnswer } from './assessment/store';
import { addLink, finishUpload } from './evidence/service';
import { getChecklist, getInstrument } from './instruments/catalog';
import { addAction } from './plan/service';
import { SAMPLE_PROFILE } from './sample';
import { samplePdf, samplePng } from './sample-files';

export const SAMPLE_ROUND_NAME = 'Persiapan akreditasi 2027 (contoh)';
/** A typical small LKSA: mostly "partly done" (2–3), a few strengths (4) and weak spots (1). */
const LEVELS = [3, 2, 3, 4, 3, 2, 3, 1, 3, 4, 2, 3];
const GCG = ['met', 'partial', 'met', 'not-met', 'met', 'partial'] as const;

function store(ctx: HandlerContext, name: string, mediaType: string, bytes: Buffer, meta: { title: string; kind: string; effectiveDate?: string; expiryDate?: string }) {
  const { uploadId } = ctx.uploads.begin(name, bytes.length, mediaType);
  ctx.uploads.chunk(uploadId, 0, bytes);
  return finishUpload(ctx, uploadId, meta).evidence;
}

export function seedSampleRound(ctx: HandlerContext): void {
  if (listAssessments(ctx.workspace.db).some((r) => r.name === SAMPLE_ROUND_NAME)) return;
  const round = createAssessment(ctx, { name: SAMPLE_ROUND_NAME });
  const inst = getInstrument(ctx, round.instrument.id, round.instrument.version);
  const checklist = round.checklist ? getChecklist(ctx, round.checklist.id, round.checklist.version) : null;
  const facts = factsFromProfile(SAMPLE_PROFILE);
  const now = ctx.now().toISOString();
  const blank: StoredAnswer = { level: null, notApplicable: false, reason: null, gcgValue: null, note: null, updatedAt: now };
  const db = ctx.workspace.db;
  db.transaction(() => {
    // Written directly, not through setAnswer: the sample's answers are not the user's edits to undo.
    let i = 0;
    let naDone = false;
    for (const c of inst.components) {
      for (const ind of c.indicators) {
        if (!indicatorApplicability(inst, ind, facts).applies) continue;
        if (ind.allowNotApplicable && !naDone) {
          naDone = true;
          writeAnswer(db, round.id, 'indicator', ind.code, { ...blank, notApplicable: true, reason: 'Contoh: belum ada program kemandirian karena semua anak masih usia SD.' });
          continue;
        }
        const level = ind.mustHave ? Math.max(ind.mustHave.minLevel, LEVELS[i % LEVELS.length]) : LEVELS[i % LEVELS.length];
        writeAnswer(db, round.id, 'indicator', ind.code, { ...blank, level, note: i % 9 === 0 ? 'Contoh catatan: dokumen ada di lemari arsip kantor.' : null });
        i++;
      }
    }
    checklist?.items.forEach((item, k) => writeAnswer(db, round.id, 'gcg', item.code, { ...blank, gcgValue: GCG[k % GCG.length] }));
  })();
  const link = (evidenceId: number, code: string) => addLink(ctx, evidenceId, { assessmentId: round.id, target: 'indicator', code });
  const akta = store(ctx, 'Akta pendirian (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Akta pendirian yayasan', 'Yayasan Pelita Harapan Contoh', 'Nomor 7, tanggal 20 Mei 2011']), { title: 'Akta pendirian yayasan (contoh)', kind: 'akta', effectiveDate: '2011-05-20' });
  link(akta.id, 'S3.01');
  link(akta.id, 'S3.02');
  const izin = store(ctx, 'Izin operasional 2024 (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Izin operasional LKS', 'Berlaku 1 April 2024 s.d. 31 Maret 2027']), { title: 'Izin operasional (contoh)', kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: '2027-03-31' });
  link(izin.id, 'S3.03');
  const foto = store(ctx, 'Foto kegiatan belajar bersama (contoh).png', 'image/png', samplePng(), { title: 'Foto kegiatan belajar bersama (contoh)', kind: 'foto-kegiatan', effectiveDate: '2026-08-17' });
  link(foto.id, 'S3.10');
  const cert = store(ctx, 'Sertifikat pelatihan pengasuh (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Sertifikat pelatihan pengasuh', 'Berlaku sampai 30 Juni 2026']), { title: 'Sertifikat pelatihan pengasuh (contoh)', kind: 'sertifikat-kompetensi', effectiveDate: '2023-07-01', expiryDate: '2026-06-30' });
  link(cert.id, 'S4.03');
  addAction(ctx, round.id, { code: 'S4.03', what: 'Perpanjang sertifikat pelatihan pengasuh yang sudah habis', who: 'Koordinator pengasuh', dueDate: '2026-10-31', status: 'doing' });
  addAction(ctx, round.id, { code: 'S3.03', what: 'Ajukan perpanjangan izin operasional ke Dinas Sosial', who: 'Sekretaris', dueDate: '2027-01-15', status: 'todo' });
  addAction(ctx, round.id, { code: 'S1.01', what: 'Rapat tinjauan visi dan misi bersama anak, keluarga dan staf', who: 'Ketua pengurus', dueDate: '2027-02-28', status: 'todo' });
}
