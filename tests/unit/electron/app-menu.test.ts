// The menu wiring of the desktop app with fakes for Menu, app, dialog and shell: built in the workspace's language,
// rebuilt on a language change passing the router, recent files remembered (userData) and offered, a missing one
// dropped with a message, the Open… dialog filtered to .swanilai, About and the workspace folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { AppMenu, languageOf, watchLanguage, type AppMenuDeps } from '../../../electron/app-menu';
import { loadRecent } from '../../../electron/recent-files';
import { tempDir } from '../../helpers/tmp';

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
const byLabel = (items: MenuItemConstructorOptions[], label: string | RegExp) =>
  flat(items).find((i) => typeof i.label === 'string' && (typeof label === 'string' ? i.label === label : label.test(i.label)));
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

function fakes(over: { userData?: string } = {}) {
  const menus: MenuItemConstructorOptions[][] = [];
  const d = {
    isMac: false, isDev: false, userData: tempDir(), workspaceDir: '/data/ws', version: '1.2.3',
    setMenu: vi.fn((t: MenuItemConstructorOptions[]) => { menus.push(t); }),
    addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn(),
    pickFiles: vi.fn(async () => ({ canceled: false, filePaths: ['/in/a.swanilai'] })),
    messageBox: vi.fn(async () => ({ response: 0 })), openPath: vi.fn(async () => ''), open: vi.fn(),
    exists: (f: string) => !f.includes('gone'), platform: 'linux' as const,
    ...over,
  } satisfies AppMenuDeps;
  return { d, menus, last: () => menus[menus.length - 1] };
}

describe('app menu wiring', () => {
  it('builds once started, in the workspace language, and rebuilds with new labels on a language change', () => {
    const { d, menus, last } = fakes();
    const m = new AppMenu(d);
    m.openFiles(['/in/early.swanilai']); // before ready: remembered, menu not touched yet
    expect(menus).toHaveLength(0);
    expect(d.addRecentDocument).not.toHaveBeenCalled();
    m.start('en');
    expect(d.addRecentDocument).toHaveBeenCalledWith('/in/early.swanilai');
    expect(last().map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    m.setLanguage('id');
    expect(last().map((i) => i.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const count = menus.length;
    m.setLanguage('id');
    expect(menus).toHaveLength(count);
  });

  it('opened files go to the routing and the recent list (saved, OS list, menu); other files only to the routing', () => {
    const { d, last } = fakes();
    const m = new AppMenu(d);
    m.start();
    m.openFiles(['/in/a.swanilai', '/in/notes.txt']);
    m.openFiles(['/in/b.swanilai']);
    expect(d.open).toHaveBeenCalledWith(['/in/a.swanilai', '/in/notes.txt']);
    expect(loadRecent(d.userData)).toEqual(['/in/b.swanilai', '/in/a.swanilai']);
    expect(d.addRecentDocument.mock.calls.map((c) => c[0])).toEqual(['/in/a.swanilai', '/in/b.swanilai']);
    expect(byLabel(last(), /^b\.swanilai — /)).toBeTruthy();
    // A new start (next run) reads the list back.
    expect(new AppMenu(d).recentFiles).toEqual(['/in/b.swanilai', '/in/a.swanilai']);
    click(byLabel(last(), 'Kosongkan daftar'));
    expect(loadRecent(d.userData)).toEqual([]);
    expect(d.clearRecentDocuments).toHaveBeenCalled();
    expect(byLabel(last(), '(belum ada)')).toMatchObject({ enabled: false });
  });

  it('Open… asks for .swanilai files and routes the choice; a missing recent file is dropped with a message', async () => {
    const { d, last } = fakes();
    const m = new AppMenu(d);
    m.start('en');
    await m.openDialog();
    expect(d.pickFiles).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Swanilai files', extensions: ['swanilai'] }] }));
    expect(d.open).toHaveBeenLastCalledWith(['/in/a.swanilai']);
    m.remember(['/old/gone.swanilai']);
    d.open.mockClear();
    await m.openRecent('/old/gone.swanilai');
    expect(d.open).not.toHaveBeenCalled();
    expect(d.messageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'warning', title: 'File not found', detail: expect.stringContaining('/old/gone.swanilai') }));
    expect(loadRecent(d.userData)).toEqual(['/in/a.swanilai']);
    expect(byLabel(last(), /gone/)).toBeUndefined();
    await m.openRecent('/in/a.swanilai');
    expect(d.open).toHaveBeenCalledWith(['/in/a.swanilai']);
  });

  it('shows the workspace folder and an About box in the menu language', async () => {
    const { d, last } = fakes();
    const m = new AppMenu(d);
    m.start();
    click(byLabel(last(), 'Tampilkan folder ruang kerja'));
    expect(d.openPath).toHaveBeenCalledWith('/data/ws');
    await m.about();
    expect(d.messageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'info', title: 'Tentang Swanilai', message: 'Swanilai 1.2.3', detail: expect.stringContaining('/data/ws') }));
  });

  it('a read-only profile folder does not stop files from opening', () => {
    const userData = path.join(tempDir(), 'file-not-folder');
    fs.writeFileSync(userData, '');
    const { d } = fakes({ userData });
    new AppMenu(d).openFiles(['/in/a.swanilai']);
    expect(d.open).toHaveBeenCalledWith(['/in/a.swanilai']);
  });
});

describe('language changes passing the router', () => {
  const backend = (value: unknown) => ({ call: vi.fn(async () => ({ ok: true as const, value })), chunk: vi.fn(async () => ({ ok: true as const, value: null })) });

  it('a successful settings.set with a language reaches the menu; other calls and failures do not', async () => {
    const seen: string[] = [];
    const b = backend({ language: 'en' });
    const routed = watchLanguage(b, (l) => seen.push(l));
    expect(await routed.call('settings.set', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    await routed.call('settings.get', {});
    await routed.chunk('u', 0, new Uint8Array(1));
    expect(b.chunk).toHaveBeenCalledWith('u', 0, new Uint8Array(1));
    const failing = watchLanguage({ call: async () => ({ ok: false, error: { code: 'VALIDATION', message: 'x' } }), chunk: b.chunk }, (l) => seen.push(l));
    await failing.call('settings.set', { language: 'xx' });
    expect(seen).toEqual(['en']);
    expect(languageOf({ ok: true, value: { language: 'id' } })).toBe('id');
    expect(languageOf({ ok: true, value: null })).toBeNull();
  });
});
