// Handlers behind Settings → Folder ruang kerja. Opening and picking folders are the desktop's (ctx capabilities);
// the web host answers honestly that it cannot, and the screen shows the --workspace command instead.
import { contract } from '../../../shared/api/contract';
import type { PartialTable } from './define';

type Names = 'workspace.folder' | 'workspace.showFolder' | 'workspace.changeFolder';

export const workspaceFolderHandlers: PartialTable<Names> = {
  'workspace.folder': {
    ...contract['workspace.folder'],
    run: (ctx) => ({ dir: ctx.workspace.dir, canShow: !!ctx.openPath, canChange: !!ctx.chooseWorkspaceFolder }),
  },
  'workspace.showFolder': {
    ...contract['workspace.showFolder'],
    async run(ctx) {
      if (!ctx.openPath) return { shown: false };
      // openPath on a folder opens the folder itself (not its parent with the folder selected).
      return { shown: (await ctx.openPath(ctx.workspace.dir)) === '' };
    },
  },
  'workspace.changeFolder': {
    ...contract['workspace.changeFolder'],
    run: async (ctx) => ({ changed: ctx.chooseWorkspaceFolder ? await ctx.chooseWorkspaceFolder() : false }),
  },
};
