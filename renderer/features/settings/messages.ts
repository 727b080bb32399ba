// Strings of the settings screen's sample and clean-up parts (Indonesian first, English).
import { defineMessages } from '../../i18n/feature';

export const S = defineMessages({
  id: {
    sampleTitle: 'LKS contoh',
    load: 'Muat LKS contoh',
    loadHint: 'Ruang kerja ini masih kosong. LKS contoh (fiktif, lengkap dengan putaran penilaian, bukti dan rencana) membantu mengenal aplikasi.',
    loadConfirm: 'LKS contoh (fiktif) akan dimuat ke ruang kerja yang masih kosong ini. Lanjutkan?',
    reset: 'Muat ulang LKS contoh',
    resetHint: 'Ruang kerja ini hanya berisi LKS contoh. Memuat ulang mengembalikannya ke keadaan awal.',
    resetConfirm: 'LKS contoh akan dikembalikan ke keadaan awal; perubahan Anda pada contoh hilang. Lanjutkan?',
    refused: 'LKS contoh tidak dapat dimuat di sini karena ruang kerja ini berisi data LKS Anda. Contoh fiktif tidak dicampur dengan data sungguhan.',
    safeWay: 'Untuk mencoba contoh dengan aman, buat ruang kerja terpisah (perintah pertama), lalu buka folder itu di aplikasi desktop atau di peramban (salah satu perintah berikutnya):',
    cleanup: 'Pembersihan ruang kerja',
    cleanupNone: 'Tidak ada yang perlu dibersihkan.',
    cleanupDone: '{uploads} unggahan terbengkalai dan {orphans} berkas yatim dibersihkan ({size}).',
  },
  en: {
    sampleTitle: 'Sample LKS',
    load: 'Load sample LKS',
    loadHint: 'This workspace is still empty. The sample LKS (fictional, with an assessment round, evidence and a plan) helps you get to know the app.',
    loadConfirm: 'The (fictional) sample LKS will be loaded into this empty workspace. Continue?',
    reset: 'Reload the sample LKS',
    resetHint: 'This workspace holds only the sample LKS. Reloading returns it to its original state.',
    resetConfirm: 'The sample LKS will return to its original state; your changes to the sample are lost. Continue?',
    refused: 'The sample LKS cannot be loaded here because this workspace holds your LKS data. Fictional data is never mixed with real data.',
    safeWay: 'To try the sample safely, create a separate workspace (first command), then open that folder in the desktop app or in a browser (one of the next commands):',
    cleanup: 'Workspace clean-up',
    cleanupNone: 'Nothing needed cleaning up.',
    cleanupDone: '{uploads, plural, one {# abandoned upload} other {# abandoned uploads}} and {orphans, plural, one {# orphaned file} other {# orphaned files}} cleaned up ({size}).',
  },
});

/** The commands that give the sample a workspace of its own; FOLDER is any new folder the user picks. */
export const SAFE_SAMPLE_COMMANDS = ['npm run -s cli -- workspace init FOLDER --sample', 'npm start -- --workspace FOLDER', 'npm run start:web -- --workspace FOLDER'];
