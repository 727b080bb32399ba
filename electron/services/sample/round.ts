// Seeds the sample LKS's assessment round: answers, GCG answers, evidence files and plan actions (all fictional).
import { indicatorApplicability, isApplicable } from '../../../shared/scoring/applicability';
import { factsFromProfile } from '../../../shared/assessment/inputs';
import type { StoredAnswer } from '../../../shared/api/contract-assessment';
import type { HandlerContext } from '../context';
import { createAssessment } from '../assessment/service';
import { listAssessments, writeAnswer } from '../assessment/store';
import { addLink, finishUpload } from '../evidence/service';
import { getChecklist, getInstrument } from '../instruments/catalog';
import { addAction } from '../plan/service';
import { SAMPLE_PROFILE } from './profile';
import { samplePdf, samplePng } from './files';

export const SAMPLE_ROUND_NAME = 'Persiapan akreditasi 2027 (contoh)';
/**
 * A typical small LKSA that matches its own profile (yayasan founded 2011 with deed, decree, NPWP, registration
 * and a permit valid to 2027; aid Rp350 juta, assets Rp2,5 miliar, no PUB, government grants, no business unit,
 * no zakat): mostly "partly done" (2–3) with a few weak spots (1). A gap is a low level, never "tidak berlaku";
 * N/A is used only where the item allows it and it is really irrelevant, with the reason written down.
 */
type SampleAnswer = number | { level: number; note: string } | { na: string };
const ANSWERS: Record<string, SampleAnswer> = {
  'S1.01': 3, 'S1.02': { level: 1, note: 'Contoh: visi dan misi baru dibahas pengurus; anak, keluarga, dan staf belum diajak meninjau.' },
  'S1.03': 3, 'S1.04': 2, 'S1.05': 3, 'S1.06': 3, 'S1.07': 3, 'S1.08': 2,
  'S1.09': { level: 1, note: 'Contoh: baru ada kursus keterampilan sesekali; program kemandirian bagi anak usia SMP dan SMA direncanakan tahun depan.' },
  'S1.10': 2, 'S1.L1': 3, 'S1.L2': 2,
  'S2.01': 3, 'S2.02': 2, 'S2.03': 2, 'S2.04': 2, 'S2.05': 2, 'S2.06': 3,
  'S2.07': { level: 2, note: 'Contoh: anak yang kembali ke keluarga dikunjungi, tetapi belum terjadwal.' },
  'S2.08': 2, 'S2.09': { level: 3, note: 'Contoh catatan: berkas kasus ada di lemari arsip kantor.' }, 'S2.10': 3, 'S2.11': 3, 'S2.12': 3,
  'S2.L1': 2, 'S2.L2': 2, 'S2.L3': 3,
  'S3.01': { level: 3, note: 'Contoh: akta No. 7 tahun 2011 dan SK pengesahan tersimpan; susunan pengurus sesuai akta perubahan terakhir.' },
  'S3.02': 3, 'S3.03': { level: 3, note: 'Contoh: tanda daftar dan izin operasional berlaku sampai 31 Maret 2027; perpanjangan sudah dijadwalkan.' },
  'S3.04': 3, 'S3.05': 3, 'S3.06': 3, 'S3.07': 3, 'S3.08': 2, 'S3.09': 3, 'S3.10': 3, 'S3.11': 2, 'S3.12': 2, 'S3.13': 3,
  'S3.14': 3, 'S3.15': 3, 'S3.L1': 3, 'S3.L2': 2, 'S3.L3': 2,
  'S4.01': 3, 'S4.02': 2, 'S4.03': { level: 1, note: 'Contoh: yang ada baru sertifikat pelatihan pengasuh, dan masa berlakunya sudah habis.' },
  'S4.04': 2, 'S4.05': 2,
  'S4.06': { na: 'Contoh: yayasan tidak melibatkan relawan; seluruh pengasuhan dan administrasi dijalankan sembilan pegawai. Bila kelak menerima relawan, butir ini dinilai.' },
  'S4.07': 2, 'S4.08': 3, 'S4.09': 2, 'S4.10': 2, 'S4.L1': 3, 'S4.L2': 2,
  'S5.01': 3, 'S5.02': 3, 'S5.03': 2, 'S5.04': 3, 'S5.05': 2, 'S5.06': 3, 'S5.07': 2, 'S5.08': 1, 'S5.09': 3, 'S5.10': 3,
  'S5.L1': 2, 'S5.L2': 3,
  'S6.01': 2, 'S6.02': 2, 'S6.03': 2, 'S6.04': 1, 'S6.05': 3, 'S6.06': 3, 'S6.07': 2, 'S6.08': 2, 'S6.09': 3, 'S6.10': 2,
};
/** GCG answers for every item that applies to the sample profile; hidden items (PUB, audit, business unit, zakat, …) are left alone. */
const GCG: Record<string, 'met' | 'partial' | 'not-met'> = {
  T01: 'partial', T03: 'met', T04: 'met', T05: 'met', T06: 'partial',
  A01: 'met', A03: 'met', A04: 'partial', A07: 'met', A08: 'met', A09: 'partial', A10: 'met', A11: 'partial', A12: 'met',
  R01: 'met', R02: 'met', R03: 'met', R04: 'met', R05: 'met', R07: 'met', R08: 'partial', R09: 'met',
  I01: 'met', I02: 'met', I03: 'met', I04: 'partial', I05: 'met', I06: 'partial', I07: 'partial', I08: 'not-met', I10: 'met',
  K01: 'met', K02: 'met', K03: 'met', K04: 'partial', K05: 'met', K06: 'partial', K07: 'met', K08: 'partial',
};

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
    for (const c of inst.components) {
      for (const ind of c.indicators) {
        const a = ANSWERS[ind.code];
        if (a === undefined || !indicatorApplicability(inst, ind, facts).applies) continue;
        if (typeof a === 'object' && 'na' in a) {
          if (ind.allowNotApplicable) writeAnswer(db, round.id, 'indicator', ind.code, { ...blank, notApplicable: true, reason: a.na });
          continue;
        }
        const level = typeof a === 'number' ? a : a.level;
        writeAnswer(db, round.id, 'indicator', ind.code, { ...blank, level, note: typeof a === 'number' ? null : a.note });
      }
    }
    for (const item of checklist?.items ?? []) {
      const value = GCG[item.code];
      if (value && isApplicable(item.applicability, facts).applies) writeAnswer(db, round.id, 'gcg', item.code, { ...blank, gcgValue: value });
    }
  })();
  const link = (evidenceId: number, code: string) => addLink(ctx, evidenceId, { assessmentId: round.id, target: 'indicator', code });
  const akta = store(ctx, 'Akta pendirian (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Akta pendirian yayasan', 'Yayasan Pelita Harapan Contoh', 'Nomor 7, tanggal 20 Mei 2011']), { title: 'Akta pendirian yayasan (contoh)', kind: 'akta', effectiveDate: '2011-05-20' });
  link(akta.id, 'S3.01');
  link(akta.id, 'S3.02');
  const izin = store(ctx, 'Izin operasional 2024 (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Izin operasional LKS', 'Berlaku 1 April 2024 s.d. 31 Maret 2027']), { title: 'Izin operasional (contoh)', kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: '2027-03-31' });
  link(izin.id, 'S3.03');
  const foto = store(ctx, 'Foto kegiatan belajar bersama (contoh).png', 'image/png', samplePng(), { title: 'Foto kegiatan belajar bersama (contoh)', kind: 'foto-kegiatan', effectiveDate: '2026-08-17' });
  link(foto.id, 'S3.10');
  const cert = store(ctx, 'Sertifikat pelatihan pengasuh (contoh).pdf', 'application/pdf', samplePdf(['CONTOH FIKTIF - Sertifikat pelatihan pengasuh', 'Berlaku sampai 30 Juni 2026']), { title: 'Sertifikat pelatihan pengasuh (contoh)', kind: 'catatan-pelatihan', effectiveDate: '2023-07-01', expiryDate: '2026-06-30' });
  link(cert.id, 'S4.03');
  addAction(ctx, round.id, { code: 'S4.03', what: 'Perpanjang sertifikat pelatihan pengasuh yang sudah habis', who: 'Koordinator pengasuh', dueDate: '2026-10-31', status: 'doing' });
  addAction(ctx, round.id, { code: 'S3.03', what: 'Ajukan perpanjangan izin operasional ke Dinas Sosial', who: 'Sekretaris', dueDate: '2027-01-15', status: 'todo' });
  addAction(ctx, round.id, { code: 'S1.02', what: 'Rapat tinjauan visi dan misi bersama anak, keluarga dan staf', who: 'Ketua pengurus', dueDate: '2027-02-28', status: 'todo' });
}
