// The application menu in the UI's language, kept as data (labels + callbacks) so it can be tested without Electron.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'id' | 'en';

/** What the menu's own items do; main.ts supplies them (dialogs, shell, the open-file flow). */
export interface MenuActions {
  openFile(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  showWorkspaceFolder(): void;
  about(): void;
}

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  /** settings.language of the workspace; the menu is rebuilt when it changes. */
  language?: MenuLanguage;
  /** Recently opened .swanilai files, newest first (recent-files.ts). */
  recent?: readonly string[];
  actions?: MenuActions;
}

export const MENU_LABELS = {
  id: {
    file: 'Berkas', openFile: 'Buka berkas dossier/tinjauan…', recent: 'Berkas terakhir', recentNone: '(belum ada)',
    clearRecent: 'Kosongkan daftar', showWorkspace: 'Tampilkan folder ruang kerja', close: 'Tutup', quit: 'Keluar',
    edit: 'Sunting', undo: 'Batalkan', redo: 'Ulangi', cut: 'Potong', copy: 'Salin', paste: 'Tempel', selectAll: 'Pilih semua',
    view: 'Tampilan', reload: 'Muat ulang', resetZoom: 'Ukuran asli', zoomIn: 'Perbesar', zoomOut: 'Perkecil',
    fullscreen: 'Layar penuh', devTools: 'Alat pengembang', help: 'Bantuan', about: 'Tentang Swanilai',
  },
  en: {
    file: 'File', openFile: 'Open dossier/review file…', recent: 'Recent files', recentNone: '(none yet)',
    clearRecent: 'Clear list', showWorkspace: 'Show workspace folder', close: 'Close', quit: 'Quit',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    view: 'View', reload: 'Reload', resetZoom: 'Actual size', zoomIn: 'Zoom in', zoomOut: 'Zoom out',
    fullscreen: 'Full screen', devTools: 'Developer tools', help: 'Help', about: 'About Swanilai',
  },
} as const;

/** Text of the About box (shown by main with a native message box). */
export function aboutText(language: MenuLanguage, version: string, workspaceDir: string): { title: string; message: string; detail: string } {
  return language === 'en'
    ? { title: 'About Swanilai', message: `Swanilai ${version}`, detail: `Offline self-assessment for LKS accreditation (BALKS), GCG checklist and BK3S mentoring.\n\nWorkspace: ${workspaceDir}` }
    : { title: 'Tentang Swanilai', message: `Swanilai ${version}`, detail: `Penilaian mandiri luring untuk akreditasi LKS (BALKS), daftar periksa GCG dan pendampingan BK3S.\n\nRuang kerja: ${workspaceDir}` };
}

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const L = MENU_LABELS[opts.language ?? 'id'];
  const act = opts.actions;
  const recent = opts.recent ?? [];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: L.reload },
    { role: 'resetZoom', label: L.resetZoom },
    { role: 'zoomIn', label: L.zoomIn },
    { role: 'zoomOut', label: L.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: L.fullscreen },
  ];
  if (opts.isDev) view.push({ role: 'toggleDevTools', label: L.devTools });
  // The file items need main's callbacks; without them (tests of the roles alone) only the roles remain.
  const fileItems: MenuItemConstructorOptions[] = act
    ? [
      { label: L.openFile, accelerator: 'CmdOrCtrl+O', click: () => act.openFile() },
      {
        label: L.recent,
        submenu: recent.length
          ? [
            // The name first (what people recognise), the folder after it so two files of the same name differ.
            ...recent.map((file): MenuItemConstructorOptions => ({ label: `${path.basename(file)} — ${path.dirname(file)}`, click: () => act.openRecent(file) })),
            { type: 'separator' },
            { label: L.clearRecent, click: () => act.clearRecent() },
          ]
          : [{ label: L.recentNone, enabled: false }],
      },
      { type: 'separator' },
      { label: L.showWorkspace, click: () => act.showWorkspaceFolder() },
      { type: 'separator' },
    ]
    : [];
  const help: MenuItemConstructorOptions[] = act ? [{ label: L.help, role: 'help', submenu: [{ label: L.about, click: () => act.about() }] }] : [];
  return [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    { label: L.file, submenu: [...fileItems, opts.isMac ? { role: 'close', label: L.close } : { role: 'quit', label: L.quit }] },
    { label: L.edit, submenu: [
      { role: 'undo', label: L.undo }, { role: 'redo', label: L.redo }, { type: 'separator' },
      { role: 'cut', label: L.cut }, { role: 'copy', label: L.copy }, { role: 'paste', label: L.paste }, { role: 'selectAll', label: L.selectAll },
    ] },
    { label: L.view, submenu: view },
    ...help,
  ];
}
