// The application menu with its moving parts: the workspace's language, the recent-files list (userData) and the
// menu's own actions (open, open recent, clear, show the workspace folder, About). Electron's objects come in as
// parameters so a unit test drives it with fakes; main.ts only plugs in Menu, app, dialog and shell.
import fs from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import type { Result } from '../shared/api/result';
import type { BackendCalls } from './ipc';
import { aboutText, menuTemplate, type MenuLanguage } from './menu';
import { addRecent, isSwanilaiFile, loadRecent, removeRecent, saveRecent } from './recent-files';

export interface AppMenuDeps {
  isMac: boolean;
  isDev: boolean;
  userData: string;
  workspaceDir: string;
  version: string;
  /** Menu.setApplicationMenu(Menu.buildFromTemplate(template)). */
  setMenu(template: MenuItemConstructorOptions[]): void;
  /** app.addRecentDocument / app.clearRecentDocuments: the OS's own recent lists (Windows jump list, macOS). */
  addRecentDocument(file: string): void;
  clearRecentDocuments(): void;
  /** dialog.showOpenDialog(window, …). */
  pickFiles(opts: { title: string; filters: { name: string; extensions: string[] }[]; properties: ('openFile' | 'multiSelections')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** dialog.showMessageBox(window, …). */
  messageBox(opts: { type: 'info' | 'warning'; title: string; message: string; detail: string; buttons: string[] }): Promise<unknown> | unknown;
  /** shell.openPath. */
  openPath(dir: string): Promise<string> | unknown;
  /** The open-file routing (open-file-routing.ts): the renderer imports what lands there. */
  open(files: string[]): void;
  exists?(file: string): boolean;
  platform?: NodeJS.Platform;
}

const TEXT = {
  id: {
    openTitle: 'Buka berkas dossier atau tinjauan', filter: 'Berkas Swanilai', ok: 'OK',
    missingTitle: 'Berkas tidak ditemukan', missing: 'Berkas ini sudah dipindahkan atau dihapus, dan dihapus dari daftar berkas terakhir.',
  },
  en: {
    openTitle: 'Open a dossier or review file', filter: 'Swanilai files', ok: 'OK',
    missingTitle: 'File not found', missing: 'This file was moved or deleted, and has been removed from the recent files.',
  },
} as const;

export class AppMenu {
  private language: MenuLanguage = 'id';
  private recent: string[];
  /** Files opened before start(): the OS list and the menu are only touched once the app is ready. */
  private early: string[] = [];
  private started = false;

  constructor(private readonly d: AppMenuDeps) {
    this.recent = loadRecent(d.userData);
  }

  get currentLanguage(): MenuLanguage { return this.language; }
  get recentFiles(): readonly string[] { return this.recent; }

  /** The app is ready: builds the menu and hands early files to the OS's recent list. */
  start(language?: MenuLanguage): void {
    if (language) this.language = language;
    this.started = true;
    for (const f of this.early.splice(0)) this.d.addRecentDocument(f);
    this.build();
  }

  build(): void {
    if (!this.started) return;
    this.d.setMenu(menuTemplate({
      isMac: this.d.isMac, isDev: this.d.isDev, language: this.language, recent: this.recent,
      actions: {
        openFile: () => void this.openDialog(),
        openRecent: (file) => void this.openRecent(file),
        clearRecent: () => this.clearRecent(),
        showWorkspaceFolder: () => void this.d.openPath(this.d.workspaceDir),
        about: () => void this.about(),
      },
    }));
  }

  setLanguage(language: MenuLanguage): void {
    if (language === this.language) return;
    this.language = language;
    this.build();
  }

  /** Every file opened (OS, command line, second launch, menu, drop): remembered, then routed to the import. */
  openFiles(files: string[]): void {
    if (!files.length) return;
    this.remember(files);
    this.d.open(files);
  }

  remember(files: string[]): void {
    const platform = this.d.platform ?? process.platform;
    const added = files.filter(isSwanilaiFile);
    if (!added.length) return;
    for (const f of added) this.recent = addRecent(this.recent, f, platform);
    this.save();
    for (const f of added) {
      if (this.started) this.d.addRecentDocument(f);
      else this.early.push(f);
    }
    this.build();
  }

  clearRecent(): void {
    this.recent = [];
    this.save();
    if (this.started) this.d.clearRecentDocuments();
    this.build();
  }

  async openDialog(): Promise<void> {
    const t = TEXT[this.language];
    const r = await this.d.pickFiles({ title: t.openTitle, filters: [{ name: t.filter, extensions: ['swanilai'] }], properties: ['openFile', 'multiSelections'] });
    if (!r.canceled) this.openFiles(r.filePaths);
  }

  /** A file gone since: dropped from the list with a message instead of an import that fails. */
  async openRecent(file: string): Promise<void> {
    if ((this.d.exists ?? fs.existsSync)(file)) { this.openFiles([file]); return; }
    this.recent = removeRecent(this.recent, file, this.d.platform ?? process.platform);
    this.save();
    this.build();
    const t = TEXT[this.language];
    await this.d.messageBox({ type: 'warning', title: t.missingTitle, message: t.missingTitle, detail: `${file}\n\n${t.missing}`, buttons: [t.ok] });
  }

  async about(): Promise<void> {
    const a = aboutText(this.language, this.d.version, this.d.workspaceDir);
    await this.d.messageBox({ type: 'info', ...a, buttons: [TEXT[this.language].ok] });
  }

  private save() {
    try {
      saveRecent(this.d.userData, this.recent);
    } catch {
      /* a read-only profile folder must not break opening files */
    }
  }
}

const isLanguage = (v: unknown): v is MenuLanguage => v === 'id' || v === 'en';

/** The workspace's language from a settings.get / settings.set answer, if it names one. */
export function languageOf(result: Result<unknown>): MenuLanguage | null {
  const l = result.ok ? (result.value as { language?: unknown } | null)?.language : undefined;
  return isLanguage(l) ? l : null;
}

/**
 * The renderer's calls as they pass the router: a settings.set that succeeded and names a language changes the
 * menu's. Everything else passes through untouched.
 */
export function watchLanguage(backend: BackendCalls, onLanguage: (language: MenuLanguage) => void): BackendCalls {
  return {
    async call(name, input) {
      const r = await backend.call(name, input);
      if (name === 'settings.set') {
        const l = languageOf(r);
        if (l) onLanguage(l);
      }
      return r;
    },
    chunk: (uploadId, offset, data) => backend.chunk(uploadId, offset, data),
  };
}
