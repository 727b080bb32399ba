// Main's answers to the back end's native requests (backend-channel.ts NativeOp), with Electron's pieces passed in
// so the routing is tested with fakes: shell.openPath, shell.showItemInFolder and the workspace folder switch.
import type { NativeOp } from './backend-channel';

export interface NativeDeps {
  openPath(file: string): Promise<string>;
  showItemInFolder(file: string): void;
  /** workspace-switch.ts chooseAndSwitchWorkspace with main's dialog/app; true when the app restarts. */
  chooseWorkspaceFolder(): Promise<boolean>;
}

export function nativeOps(d: NativeDeps): (op: NativeOp, file: string) => Promise<unknown> {
  return async (op, file) => {
    switch (op) {
      case 'openPath': return d.openPath(file);
      case 'showItemInFolder': d.showItemInFolder(file); return null;
      case 'chooseWorkspaceFolder': return d.chooseWorkspaceFolder();
      default: throw new Error(`unknown native op: ${String(op)}`);
    }
  };
}
