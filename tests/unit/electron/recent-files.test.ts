// File → Recent files: which files are listed, in what order, and what survives a damaged JSON.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, loadRecent, MAX_RECENT, removeRecent, saveRecent, sanitizeRecent } from '../../../electron/recent-files';
import { tempDir } from '../../helpers/tmp';

describe('recent files', () => {
  it('newest first, each file once, at most 10, only .swanilai files', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/in/f${i}.swanilai`, 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/in/f11.swanilai');
    expect(list.at(-1)).toBe('/in/f2.swanilai');
    list = addRecent(list, '/in/f5.swanilai', 'linux');
    expect(list[0]).toBe('/in/f5.swanilai');
    expect(list.filter((f) => f === '/in/f5.swanilai')).toHaveLength(1);
    expect(addRecent(list, '/in/notes.pdf', 'linux')).toEqual(list);
  });

  it('relative paths become absolute; case is ignored where the file system ignores it', () => {
    expect(addRecent([], 'x.swanilai', 'linux')[0]).toBe(path.resolve('x.swanilai'));
    expect(addRecent(['/in/A.swanilai'], '/in/a.SWANILAI', 'win32')).toEqual(['/in/a.SWANILAI']);
    expect(addRecent(['/in/A.swanilai'], '/in/a.swanilai', 'linux')).toEqual(['/in/a.swanilai', '/in/A.swanilai']);
    expect(removeRecent(['/in/a.swanilai', '/in/b.swanilai'], '/in/a.swanilai', 'linux')).toEqual(['/in/b.swanilai']);
  });

  it('a hand-edited or damaged list keeps only absolute .swanilai paths', () => {
    expect(sanitizeRecent({ files: ['/a.swanilai', 'rel.swanilai', 3, '/b.exe', '/a.swanilai', null] }, 'linux')).toEqual(['/a.swanilai']);
    expect(sanitizeRecent('nonsense')).toEqual([]);
    const dir = tempDir();
    expect(loadRecent(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'recent-files.json'), '{ broken');
    expect(loadRecent(dir)).toEqual([]);
    saveRecent(dir, ['/x/one.swanilai']);
    expect(loadRecent(dir)).toEqual(['/x/one.swanilai']);
    expect(fs.readdirSync(dir)).toEqual(['recent-files.json']);
  });
});
