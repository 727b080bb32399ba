// The native menu as data: labels follow the UI language, the file items call main's actions.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutText, menuTemplate, type MenuActions } from '../../../electron/menu';

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flat(items).find((i) => i.label === label);

function fakeActions() {
  return {
    openFile: vi.fn<() => void>(), openRecent: vi.fn<(file: string) => void>(), clearRecent: vi.fn<() => void>(),
    showWorkspaceFolder: vi.fn<() => void>(), about: vi.fn<() => void>(),
  } satisfies MenuActions;
}

describe('application menu', () => {
  it('is in Bahasa Indonesia by default and in English when the setting says so', () => {
    const actions = fakeActions();
    expect(menuTemplate({ isMac: false, isDev: false, actions }).map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const en = menuTemplate({ isMac: false, isDev: false, language: 'en', actions });
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const labels = flat(en).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Open dossier/review file…', 'Recent files', 'Show workspace folder', 'Quit', 'About Swanilai']));
    // No Indonesian label left over in the English menu.
    expect(labels).not.toContain('Berkas terakhir');
    expect(flat(menuTemplate({ isMac: false, isDev: false, actions })).map((i) => i.label)).toEqual(
      expect.arrayContaining(['Buka berkas dossier/tinjauan…', 'Berkas terakhir', 'Tampilkan folder ruang kerja', 'Keluar', 'Tentang Swanilai']),
    );
  });

  it('File items call main: open, recent (newest first, name then folder), clear, show workspace; Help → About', () => {
    const actions = fakeActions();
    const recent = ['/data/masuk/lks-a.swanilai', '/data/lama/lks-a.swanilai'];
    const t = menuTemplate({ isMac: false, isDev: false, language: 'id', recent, actions });
    const open = byLabel(t, 'Buka berkas dossier/tinjauan…')!;
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    (open.click as () => void)();
    expect(actions.openFile).toHaveBeenCalledOnce();
    const sub = byLabel(t, 'Berkas terakhir')!.submenu as MenuItemConstructorOptions[];
    expect(sub.map((i) => i.label)).toEqual(['lks-a.swanilai — /data/masuk', 'lks-a.swanilai — /data/lama', undefined, 'Kosongkan daftar']);
    (sub[1].click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('/data/lama/lks-a.swanilai');
    (sub[3].click as () => void)();
    expect(actions.clearRecent).toHaveBeenCalledOnce();
    (byLabel(t, 'Tampilkan folder ruang kerja')!.click as () => void)();
    expect(actions.showWorkspaceFolder).toHaveBeenCalledOnce();
    (byLabel(t, 'Tentang Swanilai')!.click as () => void)();
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('an empty recent list shows a disabled placeholder; macOS keeps the app menu and Close', () => {
    const t = menuTemplate({ isMac: true, isDev: false, language: 'en', recent: [], actions: fakeActions() });
    expect(t[0].role).toBe('appMenu');
    expect(byLabel(t, 'Recent files')!.submenu).toEqual([{ label: '(none yet)', enabled: false }]);
    expect(flat(t).some((i) => i.role === 'close')).toBe(true);
    expect(flat(t).some((i) => i.role === 'quit')).toBe(false);
  });

  it('About text in both languages names the version and the workspace', () => {
    expect(aboutText('id', '1.2.3', '/ws')).toMatchObject({ title: 'Tentang Swanilai', message: 'Swanilai 1.2.3' });
    expect(aboutText('id', '1.2.3', '/ws').detail).toContain('Ruang kerja: /ws');
    expect(aboutText('en', '1.2.3', '/ws').detail).toContain('Workspace: /ws');
  });
});
