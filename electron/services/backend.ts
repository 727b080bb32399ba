// The one way every host opens a workspace and gets the handler table: the desktop's back-end process
// (electron/backend-process.ts), the web host (transports/bin/web.ts) and the CLI (transports/cli/command.ts).
import type { PendingOpenFile } from '../../shared/api/contract-open-files';
import type { Result } from '../../shared/api/result';
import { APP_VERSION } from './app-version';
import { startDailyBackups } from './backup/auto';
import { createContext, type HandlerContext } from './context';
import { dispatch } from './dispatch';
import { openWorkspace, openWorkspaceForRecovery, type OpenWorkspaceOptions, type Workspace } from './workspace/workspace';

export interface BackendOptions {
  workspaceDir: string;
  transport: HandlerContext['transport'];
  /** Named in the lock file, so a second app sees who holds the workspace ("desktop app", "web host", "CLI"). */
  purpose: string;
  mode?: OpenWorkspaceOptions['mode'];
  create?: boolean;
  /** A damaged database still opens (locked, for recovery) so the app can offer a restore; default true. */
  recovery?: boolean;
  /** Long-running hosts back up daily; a one-shot CLI command does not (default: on for ipc and http). */
  dailyBackups?: boolean;
  log?: (line: string) => void;
  /** What only the desktop's main process can do (the back end asks it over the channel). */
  native?: Pick<HandlerContext, 'openPath' | 'showItemInFolder' | 'chooseWorkspaceFolder'>;
}

export interface Backend {
  ctx: HandlerContext;
  workspace: Workspace;
  dispatch(name: string, input: unknown): Promise<Result<unknown>>;
  /** Registers a file the host was asked to open (see services/open-files.ts). */
  openFile(file: string): Promise<PendingOpenFile>;
  close(): void;
}

export function startBackend(opts: BackendOptions): Backend {
  const recovery = opts.recovery ?? true;
  const workspace = (recovery ? openWorkspaceForRecovery : openWorkspace)(opts.workspaceDir, {
    mode: opts.mode ?? 'exclusive', purpose: opts.purpose, create: opts.create ?? true,
  });
  const ctx: HandlerContext = { ...createContext(workspace, opts.transport, APP_VERSION), ...opts.native };
  const daily = opts.dailyBackups ?? (opts.transport === 'ipc' || opts.transport === 'http');
  const stopBackups = daily && !workspace.readonly ? startDailyBackups(workspace, opts.log) : () => {};
  let closed = false;
  return {
    ctx,
    workspace,
    dispatch: (name, input) => dispatch(ctx, name, input),
    openFile: (file) => ctx.openFiles.add(file),
    close() {
      if (closed) return;
      closed = true;
      stopBackups();
      workspace.close();
    },
  };
}
