// Which command-line arguments are files to open: Windows and Linux pass a double-clicked file as an argument, on
// the first launch (process.argv) and on a second launch (the running instance's `second-instance` argv).
import path from 'node:path';

/** Our own flags that take a value: that value is not a file to open. */
const VALUED_FLAGS = new Set(['--workspace']);

/**
 * argv is [electron executable, (in development) the app folder or main script, ...arguments]; Chromium and our
 * own switches start with "-"; the rest are files, resolved against the launching process's folder.
 */
export function filesFromArgv(argv: readonly string[], opts: { packaged: boolean; cwd: string }): string[] {
  const args = argv.slice(opts.packaged ? 1 : 2);
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUED_FLAGS.has(a)) { i++; continue; }
    if (a === '' || a.startsWith('-')) continue;
    // A URL-like argument (e.g. a protocol activation) is not a path on disk.
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(a)) continue;
    files.push(path.resolve(opts.cwd, a));
  }
  return files;
}

/** The workspace folder named on the command line (--workspace DIR or --workspace=DIR), if any. */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  const i = argv.indexOf('--workspace');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith('--workspace='));
  return eq ? eq.slice('--workspace='.length) : null;
}
