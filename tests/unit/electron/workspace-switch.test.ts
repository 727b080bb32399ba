// Changing the workspace folder on the desktop: picker, remembered choice, restart without the old --workspace.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWorkspaceChoice } from '../../../electron/workspace-choice';
import { chooseAndSwitchWorkspace, type SwitchDeps } from '../../../electron/workspace-switch';
import { tempDir } from '../../helpers/tmp';

function deps(answer: { canceled: boolean; filePaths: string[] }, over: Partial<SwitchDeps> = {}) {
  const userData = tempDir();
  const d = {
    pickFolder: vi.fn(async () => answer), userData, currentDir: '/home/ani/swanilai/ws', language: 'id' as const,
    args: ['.', '--workspace', '/home/ani/swanilai/ws', '--open-file', '/in/a.swanilai'], relaunch: vi.fn(), exit: vi.fn(), ...over,
  };
  return d;
}

describe('switching the workspace folder', () => {
  it('a picked folder is remembered and the app restarts without the old --workspace', async () => {
    const d = deps({ canceled: false, filePaths: ['/data/lks-baru'] });
    expect(await chooseAndSwitchWorkspace(d)).toBe(true);
    expect(d.pickFolder).toHaveBeenCalledWith(expect.objectContaining({ title: 'Pilih folder ruang kerja', defaultPath: '/home/ani/swanilai', properties: ['openDirectory', 'createDirectory'] }));
    expect(readWorkspaceChoice(d.userData)).toBe(path.resolve('/data/lks-baru'));
    expect(d.relaunch).toHaveBeenCalledWith({ args: ['.'] });
    expect(d.exit).toHaveBeenCalledWith(0);
  });

  it('cancelled, or the same folder again: nothing changes, no restart; English dialog texts', async () => {
    for (const answer of [{ canceled: true, filePaths: [] }, { canceled: false, filePaths: ['/home/ani/swanilai/ws'] }]) {
      const d = deps(answer, { language: 'en' });
      expect(await chooseAndSwitchWorkspace(d)).toBe(false);
      expect(d.pickFolder).toHaveBeenCalledWith(expect.objectContaining({ title: 'Choose the workspace folder', buttonLabel: 'Use this folder' }));
      expect(readWorkspaceChoice(d.userData)).toBeNull();
      expect(d.relaunch).not.toHaveBeenCalled();
    }
  });
});
