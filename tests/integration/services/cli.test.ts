// The CLI as a user runs it (a real process): init with sample, show as JSON, clear one-line failures.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp';
import { cli } from '../../helpers/processes';


describe('cli', () => {
  it('workspace init --sample, then profile show --json prints the sample', () => {
    const dir = path.join(tempDir(), 'ws');
    const init = cli('workspace', 'init', dir, '--sample');
    expect(init.status).toBe(0);
    const show = cli('profile', 'show', '--workspace', dir, '--json');
    expect(show.status).toBe(0);
    const parsed = JSON.parse(show.stdout);
    expect(parsed.profile.isSample).toBe(true);
    expect(parsed.profile.address.region.regency).toBe('34.04');
  });

  it('human output names the region, not only its codes', () => {
    const dir = path.join(tempDir(), 'ws');
    cli('workspace', 'init', dir, '--sample');
    expect(cli('profile', 'show', '--workspace', dir).stdout).toContain('Kabupaten Sleman');
  });

  it('fails with a non-zero code and one line for a missing workspace or unknown command', () => {
    const missing = cli('profile', 'show', '--workspace', path.join(tempDir(), 'none'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/NOT_FOUND/);
    const unknown = cli('fly', 'away');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help lists the commands and exits 0', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('workspace init DIR');
    expect(help.stdout).toContain('profile show');
  });
});
