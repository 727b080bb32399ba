// What every handler receives: the open workspace, shared indexes and a clock (injectable for tests).
import type { Workspace } from './workspace';
import { RegionIndex } from './regions';

export interface HandlerContext {
  workspace: Workspace;
  regions: RegionIndex;
  transport: 'ipc' | 'http' | 'cli' | 'test';
  appVersion: string;
  now(): Date;
}

let sharedRegions: RegionIndex | undefined;

export function createContext(workspace: Workspace, transport: HandlerContext['transport'], appVersion: string): HandlerContext {
  sharedRegions ??= new RegionIndex();
  return { workspace, regions: sharedRegions, transport, appVersion, now: () => new Date() };
}
