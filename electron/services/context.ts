// What every handler receives: the open workspace, shared indexes, upload state and a clock (injectable for tests).
import type { Workspace } from './workspace/workspace';
import { RegionIndex } from './regions';
import { EvidenceUploads } from './evidence/files';
import { EvidenceTickets } from './evidence/tickets';
import { PendingOpenFiles } from './open-files';

export interface HandlerContext {
  workspace: Workspace;
  regions: RegionIndex;
  uploads: EvidenceUploads;
  /** Short-lived read tickets for evidence URLs in the browser (web host). */
  tickets: EvidenceTickets;
  /** Files the host was asked to open (desktop file association, web host --open-file), imported by id. */
  openFiles: PendingOpenFiles;
  transport: 'ipc' | 'http' | 'cli' | 'test';
  appVersion: string;
  now(): Date;
  /** Opens a file with the OS's default program; only the desktop app provides it. */
  openPath?: (file: string) => Promise<string>;
  /** Reveals a file in the OS's file manager; only the desktop app provides it. */
  showItemInFolder?: (file: string) => void;
  /**
   * Desktop only: a native folder picker for another workspace; on a choice main remembers it and restarts the app
   * (electron/workspace-switch.ts). Resolves false when cancelled.
   */
  chooseWorkspaceFolder?: () => Promise<boolean>;
}

let sharedRegions: RegionIndex | undefined;

export function createContext(workspace: Workspace, transport: HandlerContext['transport'], appVersion: string): HandlerContext {
  sharedRegions ??= new RegionIndex();
  const uploads = new EvidenceUploads(workspace.evidenceDir);
  // The desktop app and the web host run for hours, so uploads abandoned there are dropped on a timer.
  if (transport === 'ipc' || transport === 'http') uploads.startIdleSweep();
  return { workspace, regions: sharedRegions, uploads, tickets: new EvidenceTickets(), openFiles: new PendingOpenFiles(), transport, appVersion, now: () => new Date() };
}
