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

  it('an unknown or malformed flag is refused with one clear line and exit code 2', () => {
    const dir = path.join(tempDir(), 'ws');
    expect(cli('workspace', 'init', dir).status).toBe(0);
    const unknown = cli('assessment', 'list', '--workspace', dir, '--jsn');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/unknown option: --jsn/);
    const missing = cli('assessment', 'score', '--workspace', dir, '--id');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--id butuh nilai \/ needs a value/);
    // Flags may also come before the command words.
    expect(cli('--json', 'assessment', 'list', '--workspace', dir).stdout.trim()).toBe('[]');
  });

  it('--help lists the commands and exits 0', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('workspace init DIR');
    expect(help.stdout).toContain('profile show');
  });
});
