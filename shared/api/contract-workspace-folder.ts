// Contract entries for Settings → Folder ruang kerja: where the workspace is, show it, change it. Showing and
// changing need the desktop (a browser cannot open or pick folders on the server), so the answer says what is possible.
import { z } from 'zod';

const Empty = z.object({}).strict();

export const workspaceFolderContract = {
  'workspace.folder': {
    input: Empty,
    /** canShow / canChange: this host can open the folder in the file manager / pick another folder (desktop only). */
    output: z.object({ dir: z.string(), canShow: z.boolean(), canChange: z.boolean() }),
  },
  /** Opens the workspace folder in the OS's file manager (desktop); shown: false elsewhere. */
  'workspace.showFolder': { input: Empty, output: z.object({ shown: z.boolean() }) },
  /**
   * Desktop: a native folder picker; on a choice the app remembers it and restarts on that folder (the answer may
   * never arrive). changed: false when cancelled or on a host that cannot pick folders.
   */
  'workspace.changeFolder': { input: Empty, output: z.object({ changed: z.boolean() }) },
} as const;
