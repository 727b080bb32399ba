// `backup create|list|restore` on a real workspace through the CLI process: a damaged database is restored with
// --latest --yes; without --yes (and no terminal to ask) nothing is restored and nothing changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('backup CLI', () => {
  it('creates, lists and restores; refuses to restore without --yes when it cannot ask', () => {
    const ws = path.join(tempDir(), 'ws');
    expect(cli('workspace', 'init', ws, '--sample').status).toBe(0);
    const made = cli('backup', 'create', '--workspace', ws, '--json');
    expect(made.status).toBe(0);
    const b = JSON.parse(made.stdout) as { id: string; reason: string };
    expect(b.reason).toBe('manual');
    const list = cli('backup', 'list', '--workspace', ws);
    expect(list.stdout).toContain(b.id);

    const db = path.join(ws, 'swanilai.sqlite');
    const h = fs.openSync(db, 'r+');
    fs.writeSync(h, Buffer.alloc(8192, 0xde), 0, 8192, 4096 * 3);
    fs.closeSync(h);
    const show = cli('profile', 'show', '--workspace', ws);
    expect(show.status).not.toBe(0);
    expect(show.stderr).toMatch(/rusak.*backup restore/);

    const before = sha(db);
    const asked = cli('backup', 'restore', '--latest', '--workspace', ws);
    expect(asked.status).not.toBe(0);
    expect(asked.stderr).toContain('--yes');
    expect(sha(db)).toBe(before);

    const restored = cli('backup', 'restore', '--latest', '--yes', '--workspace', ws, '--json');
    expect(restored.status).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: b.id, keptAs: null });
    expect(cli('profile', 'show', '--workspace', ws).stdout).toContain('CONTOH FIKTIF');
    expect(cli('backup', 'restore', 'swanilai-20990101T000000000Z-manual', '--yes', '--workspace', ws).stderr).toMatch(/tidak ada|does not exist/);
  });
});
