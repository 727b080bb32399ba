// Strings of Settings → Folder ruang kerja (Indonesian first, English).
import { defineMessages } from '../../i18n/feature';

export const W = defineMessages({
  id: {
    show: 'Tampilkan di folder',
    change: 'Ganti folder…',
    changeHint: 'Aplikasi akan dimulai ulang dengan folder yang Anda pilih. Folder lama tidak diubah atau dihapus; Anda dapat kembali kapan saja.',
    changeConfirm: 'Setelah Anda memilih folder, aplikasi dimulai ulang dengan ruang kerja di folder itu (folder kosong menjadi ruang kerja baru). Lanjutkan?',
    notShown: 'Folder tidak dapat dibuka di pengelola berkas.',
    webHint: 'Di peramban, aplikasi memakai folder di komputer yang menjalankan server. Peramban tidak dapat memilih folder server; untuk memakai folder lain, hentikan server (Ctrl+C) lalu jalankan:',
  },
  en: {
    show: 'Show in folder',
    change: 'Change folder…',
    changeHint: 'The app restarts with the folder you choose. The old folder is not changed or deleted; you can switch back at any time.',
    changeConfirm: 'After you choose a folder, the app restarts with the workspace in that folder (an empty folder becomes a new workspace). Continue?',
    notShown: 'The folder could not be opened in the file manager.',
    webHint: 'In a browser, the app uses a folder on the computer that runs the server. A browser cannot pick server folders; to use another folder, stop the server (Ctrl+C) and run:',
  },
});

/** The command that opens another workspace on the web host; FOLDER is the folder to use. */
export const WEB_WORKSPACE_COMMAND = 'npm run start:web -- --workspace FOLDER';
