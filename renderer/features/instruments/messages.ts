// Strings of the instruments panel (import, versions, carry-over).
import { defineMessages } from '../../i18n/feature';

export const M = defineMessages({
  id: {
    title: 'Instrumen dan daftar periksa', intro: 'Instrumen bawaan Swanilai adalah perkiraan. Bila Dinas Sosial atau BALKS memberi berkas instrumen resmi (JSON dari Swanilai), impor di sini; putaran lama tetap memakai versi yang dipakai saat dinilai.',
    kind: 'Jenis', name: 'Nama', version: 'Versi', source: 'Sumber', status: 'Status angka', items: 'Butir',
    instrument: 'Instrumen', checklist: 'Daftar periksa', bundled: 'Bawaan', imported: 'Diimpor',
    estimate: 'Perkiraan', official: 'Resmi', mixed: 'Sebagian resmi',
    import: 'Impor berkas instrumen (.json)…', importing: 'Mengimpor…', imported_ok: '{name} versi {version} berhasil diimpor.', already: '{name} versi {version} sudah ada; tidak ada yang berubah.',
    invalid: 'Berkas tidak dapat diimpor. Masalah yang ditemukan:', notJson: 'Berkas ini bukan JSON yang valid: {message}', tooBig: 'Berkas terlalu besar (maks. 4 MB).',
    xlsxHint: 'Lembar kerja (XLSX) diubah dulu menjadi JSON dengan perintah: npm run cli -- instrument from-xlsx BERKAS.xlsx --out BERKAS.json',
    carryTitle: 'Pindahkan putaran ke versi baru', carryNone: 'Putaran "{round}" sudah memakai versi terbaru instrumennya.',
    carryOffer: 'Putaran "{round}" memakai {id} {from}. Versi {to} tersedia.', preview: 'Lihat perbedaan', newName: 'Nama putaran baru',
    unchanged: 'Tidak berubah', changed: 'Berubah', added: 'Baru', removed: 'Dihapus', kept: 'Jawaban yang dibawa', dropped: 'Jawaban yang harus diisi ulang (arti tingkatnya berubah atau indikatornya dihapus)',
    gcgMove: 'Daftar periksa tata kelola (GCG)', gcgKept: 'Jawaban GCG yang dibawa', gcgDropped: 'Jawaban GCG yang harus diisi ulang (butir berubah, dihapus, atau kini tidak boleh "tidak berlaku")', gcgAdded: 'Butir GCG baru',
    k_question: 'pertanyaan', k_levels: 'uraian tingkat', k_editorial: 'perbaikan redaksi', k_weight: 'bobot', k_component: 'standar', k_applicability: 'keberlakuan', k_evidence: 'bukti',
    accept: 'Buat putaran baru dengan versi {to}', done: 'Putaran baru "{name}" dibuat. Indikator yang berubah atau baru ditandai untuk ditinjau.', cancel: 'Batal',
  },
  en: {
    title: 'Instruments and checklists', intro: "Swanilai's bundled instrument is an estimate. When the Dinas Sosial or BALKS provides an official instrument file (Swanilai JSON), import it here; earlier rounds keep the version they were scored against.",
    kind: 'Kind', name: 'Name', version: 'Version', source: 'Source', status: 'Figures', items: 'Items',
    instrument: 'Instrument', checklist: 'Checklist', bundled: 'Bundled', imported: 'Imported',
    estimate: 'Estimate', official: 'Official', mixed: 'Partly official',
    import: 'Import an instrument file (.json)…', importing: 'Importing…', imported_ok: '{name} version {version} imported.', already: '{name} version {version} is already here; nothing changed.',
    invalid: 'The file cannot be imported. Problems found:', notJson: 'This file is not valid JSON: {message}', tooBig: 'File too large (max 4 MB).',
    xlsxHint: 'Convert a spreadsheet (XLSX) to JSON first: npm run cli -- instrument from-xlsx FILE.xlsx --out FILE.json',
    carryTitle: 'Move a round to a new version', carryNone: 'Round "{round}" already uses the newest version of its instrument.',
    carryOffer: 'Round "{round}" uses {id} {from}. Version {to} is available.', preview: 'Show the differences', newName: 'Name of the new round',
    unchanged: 'Unchanged', changed: 'Changed', added: 'New', removed: 'Removed', kept: 'Answers carried over', dropped: 'Answers to fill in again (level meaning changed or indicator removed)',
    gcgMove: 'Governance (GCG) checklist', gcgKept: 'GCG answers carried over', gcgDropped: 'GCG answers to fill in again (item changed, removed, or no longer accepts "not applicable")', gcgAdded: 'New GCG items',
    k_question: 'question', k_levels: 'level descriptions', k_editorial: 'wording only', k_weight: 'weight', k_component: 'standard', k_applicability: 'applicability', k_evidence: 'evidence',
    accept: 'Create a new round on version {to}', done: 'New round "{name}" created. Changed or new indicators are flagged for review.', cancel: 'Cancel',
  },
});
