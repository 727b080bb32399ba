// Which workspace the desktop app opens, and the restart after changing it in Settings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argsForRestart, readWorkspaceChoice, resolveWorkspaceDir, writeWorkspaceChoice } from '../../../electron/workspace-choice';
import { tempDir } from '../../helpers/tmp';

describe('workspace folder choice', () => {
  it('--workspace wins, then $SWANILAI_WORKSPACE, then the folder chosen in Settings, then userData/workspace', () => {
    const userData = tempDir();
    expect(resolveWorkspaceDir([], {}, userData)).toBe(path.join(userData, 'workspace'));
    writeWorkspaceChoice(userData, '/srv/lks');
    expect(resolveWorkspaceDir([], {}, userData)).toBe('/srv/lks');
    expect(resolveWorkspaceDir([], { SWANILAI_WORKSPACE: '/env' }, userData)).toBe('/env');
    expect(resolveWorkspaceDir(['--workspace', '/flag'], { SWANILAI_WORKSPACE: '/env' }, userData)).toBe('/flag');
    expect(resolveWorkspaceDir(['--workspace=/eq'], {}, userData)).toBe('/eq');
  });

  it('a damaged or relative choice is ignored; a relative folder is not written', () => {
    const userData = tempDir();
    fs.writeFileSync(path.join(userData, 'workspace-folder.json'), '{"dir":"relative/ws"}');
    expect(readWorkspaceChoice(userData)).toBeNull();
    fs.writeFileSync(path.join(userData, 'workspace-folder.json'), 'nope');
    expect(readWorkspaceChoice(userData)).toBeNull();
    expect(() => writeWorkspaceChoice(userData, 'relative')).toThrow();
  });

  it('the restart drops --workspace and the files already opened, keeps the rest', () => {
    expect(argsForRestart(['.', '--workspace', '/old', '--open-file', '/in/a.swanilai', '/in/b.SWANILAI', '--workspace=/x', '--inspect'])).toEqual(['.', '--inspect']);
  });
});
