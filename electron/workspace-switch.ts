// Settings → "Ganti folder…" on the desktop: a native folder picker, the choice remembered in userData, then a
// restart on that folder (the back end, the lock and every window belong to one workspace, so a restart is the
// honest way to switch). Electron's pieces come in as parameters so the rules are tested with fakes.
import path from 'node:path';
import { argsForRestart, writeWorkspaceChoice } from './workspace-choice';

export interface SwitchDeps {
  /** dialog.showOpenDialog(window, …) answer. */
  pickFolder(opts: { title: string; buttonLabel: string; defaultPath: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  userData: string;
  currentDir: string;
  language: 'id' | 'en';
  /** process.argv without the executable. */
  args: readonly string[];
  relaunch(opts: { args: string[] }): void;
  exit(code: number): void;
}

const TEXT = {
  id: { title: 'Pilih folder ruang kerja', button: 'Pakai folder ini' },
  en: { title: 'Choose the workspace folder', button: 'Use this folder' },
} as const;

/** Resolves false when cancelled or when the same folder was picked; otherwise restarts the app and never returns. */
export async function chooseAndSwitchWorkspace(d: SwitchDeps): Promise<boolean> {
  const t = TEXT[d.language];
  const r = await d.pickFolder({ title: t.title, buttonLabel: t.button, defaultPath: path.dirname(d.currentDir), properties: ['openDirectory', 'createDirectory'] });
  const dir = r.canceled ? undefined : r.filePaths[0];
  if (!dir || path.resolve(dir) === path.resolve(d.currentDir)) return false;
  writeWorkspaceChoice(d.userData, path.resolve(dir));
  d.relaunch({ args: argsForRestart(d.args) });
  d.exit(0);
  return true;
}
