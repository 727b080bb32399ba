// What one CLI command looks like; commands live in files next to this one and are listed in registry.ts.
import { AppError } from '../../../shared/api/result';
import type { ParsedArgs } from '../bin/args';
import { APP_VERSION } from '../../services/app-version';
import { createContext, type HandlerContext } from '../../services/context';
import { dispatch } from '../../services/dispatch';
import { defaultWorkspaceDir, openWorkspace, openWorkspaceForRecovery, type OpenWorkspaceOptions } from '../../services/workspace/workspace';

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
 * Opens the workspace named by --workspace (or the default), runs fn, always closes it. `recovery` opens a damaged
 * database too (backup commands), with `ctx.workspace.damaged` set.
 */
export async function withWorkspace<T>(args: ParsedArgs, mode: OpenWorkspaceOptions['mode'], fn: (ctx: HandlerContext) => Promise<T> | T, create = false, recovery = false): Promise<T> {
  const dir = typeof args.flags.workspace === 'string' ? args.flags.workspace : defaultWorkspaceDir();
  const ws = (recovery ? openWorkspaceForRecovery : openWorkspace)(dir, { mode, purpose: 'CLI', create });
  try {
    return await fn(createContext(ws, 'cli', APP_VERSION));
  } finally {
    ws.close();
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
