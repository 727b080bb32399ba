// What one CLI command looks like; commands live in files next to this one and are listed in registry.ts.
import { AppError } from '../../../shared/api/result';
import type { ParsedArgs } from '../bin/args';
import { startBackend } from '../../services/backend';
import type { HandlerContext } from '../../services/context';
import { dispatch } from '../../services/dispatch';
import { defaultWorkspaceDir, type OpenWorkspaceOptions } from '../../services/workspace/workspace';

export interface CliIo { out(line: string): void; err(line: string): void }

export interface CliCommand {
  /** Words that select the command, e.g. ['profile', 'show']. */
  path: string[];
  usage: string;
  summary: string;
  /** Flags that take a value and switches, beyond the common --workspace DIR, --json and --help. */
  valued?: string[];
  booleans?: string[];
  run(args: ParsedArgs, io: CliIo): Promise<void> | void;
}

/**
 * Opens the workspace named by --workspace (or the default) through startBackend, the entry the desktop and the web
 * host use too, runs fn, always closes it. `mode` 'read' gives a read-only view while the app holds the lock;
 * `recovery` opens a damaged database too (backup commands only), with `ctx.workspace.damaged` set. A one-shot
 * command makes no daily backup.
 */
export async function withWorkspace<T>(args: ParsedArgs, mode: OpenWorkspaceOptions['mode'], fn: (ctx: HandlerContext) => Promise<T> | T, create = false, recovery = false): Promise<T> {
  const dir = typeof args.flags.workspace === 'string' ? args.flags.workspace : defaultWorkspaceDir();
  const backend = startBackend({ workspaceDir: dir, transport: 'cli', purpose: 'CLI', mode, create, recovery, dailyBackups: false });
  try {
    return await fn(backend.ctx);
  } finally {
    backend.close();
  }
}

/** Calls the handler table like the UI does and turns a failed result into an error with its reason. */
export async function call(ctx: HandlerContext, name: string, input: unknown): Promise<unknown> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) {
    const details = Array.isArray(r.error.details) ? ' ' + (r.error.details as { path: string; message: string }[]).map((d) => `${d.path}: ${d.message}`).join('; ') : '';
    throw new AppError(r.error.code, r.error.message + details);
  }
  return r.value;
}
