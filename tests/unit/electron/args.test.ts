// Flag parsing shared by the CLI and the web host (node:util parseArgs underneath): same shapes, clear errors.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../electron/transports/bin/args';

const spec = { valued: ['workspace', 'port'], booleans: ['json', 'no-open'] };

describe('parseArgs', () => {
  it('reads positionals, --flag, --key value, --key=value and -h', () => {
    expect(parseArgs(['init', 'DIR', '--json', '--workspace', '/tmp/a b', '--port=0'], spec))
      .toEqual({ positionals: ['init', 'DIR'], flags: { json: true, workspace: '/tmp/a b', port: '0' } });
    expect(parseArgs(['-h'], spec)).toEqual({ positionals: [], flags: { help: true } });
    expect(parseArgs(['--help', '--no-open'], spec)).toEqual({ positionals: [], flags: { help: true, 'no-open': true } });
  });

  it('everything after -- is a positional, and an empty --key= value is kept', () => {
    expect(parseArgs(['a', '--', '--json', '-x'], spec)).toEqual({ positionals: ['a', '--json', '-x'], flags: {} });
    expect(parseArgs(['--workspace='], spec)).toEqual({ positionals: [], flags: { workspace: '' } });
  });

  it('the last of a repeated flag wins', () => {
    expect(parseArgs(['--port', '1', '--port', '2'], spec).flags.port).toBe('2');
  });

  it('a repeatable flag keeps every value in order', () => {
    const r = { ...spec, repeatable: ['open-file'] };
    expect(parseArgs(['--open-file', 'a.swanilai', '--open-file=b c.swanilai'], r).lists).toEqual({ 'open-file': ['a.swanilai', 'b c.swanilai'] });
    expect(parseArgs([], r).lists).toEqual({ 'open-file': [] });
  });

  it('an unknown flag is refused by name, listing the known ones', () => {
    expect(() => parseArgs(['--bogus'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--bogus'], spec)).toThrow(/tidak dikenal \/ unknown option: --bogus.*--workspace/s);
    expect(() => parseArgs(['-x'], spec)).toThrow(/-x/);
  });

  it('a valued flag without a value, or a switch with one, says so', () => {
    expect(() => parseArgs(['--workspace'], spec)).toThrow(/--workspace butuh nilai \/ needs a value/);
    expect(() => parseArgs(['--workspace', '--json'], spec)).toThrow(/--workspace butuh nilai \/ needs a value/);
    expect(() => parseArgs(['--json=yes'], spec)).toThrow(/--json tidak menerima nilai \/ takes no value/);
  });
});
