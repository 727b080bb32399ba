// Which workspace folder the desktop app opens: --workspace, then $SWANILAI_WORKSPACE, then the folder chosen in
// Settings (a small JSON in userData, read at start), then userData/workspace.
import fs from 'node:fs';
import path from 'node:path';

export const WORKSPACE_CHOICE_FILE = 'workspace-folder.json';

export function workspaceFlag(argv: readonly string[]): string | null {
  const i = argv.indexOf('--workspace');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith('--workspace='));
  return eq ? eq.slice('--workspace='.length) || null : null;
}

export function readWorkspaceChoice(userData: string): string | null {
  try {
    const dir = (JSON.parse(fs.readFileSync(path.join(userData, WORKSPACE_CHOICE_FILE), 'utf8')) as { dir?: unknown }).dir;
    return typeof dir === 'string' && path.isAbsolute(dir) ? dir : null;
  } catch {
    return null;
  }
}

export function writeWorkspaceChoice(userData: string, dir: string): void {
  if (!path.isAbsolute(dir)) throw new Error(`not an absolute folder: ${dir}`);
  fs.mkdirSync(userData, { recursive: true });
  const file = path.join(userData, WORKSPACE_CHOICE_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ dir }));
  fs.renameSync(`${file}.tmp`, file);
}

export function resolveWorkspaceDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  return workspaceFlag(argv) ?? (env.SWANILAI_WORKSPACE || null) ?? readWorkspaceChoice(userData) ?? path.join(userData, 'workspace');
}

/**
 * The arguments for the restart after a change in Settings (argv without the executable): without --workspace (the
 * chosen folder is read from the JSON, a --workspace of the first start must not win over it) and without the files
 * it was asked to open (already imported or dismissed; opening them again would import twice).
 */
export function argsForRestart(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--workspace' || a === '--open-file') { i++; continue; }
    if (a.startsWith('--workspace=') || a.startsWith('--open-file=')) continue;
    if (!a.startsWith('-') && path.extname(a).toLowerCase() === '.swanilai') continue;
    out.push(a);
  }
  return out;
}
