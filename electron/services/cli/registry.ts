// Every CLI command, in the order `--help` lists them.
import type { CliCommand } from './command';
import { profileShow, workspaceInit } from './workspace-commands';

export const COMMANDS: CliCommand[] = [workspaceInit, profileShow];
