// Handlers for workspace backups. They work on the backup folder and the lock, so list and restore stay available
// while the database is damaged.
import { contract } from '../../../shared/api/contract';
import { createBackup, listBackups, pruneBackups } from '../backup/backup';
import { RETENTION } from '../backup/retention';
import type { PartialTable } from './define';

export const backupHandlers: PartialTable<'backup.list' | 'backup.create' | 'backup.restore'> = {
  'backup.list': {
    ...contract['backup.list'],
    run: (ctx) => ({ backups: listBackups(ctx.workspace.dir), damaged: ctx.workspace.damaged ? { message: ctx.workspace.damaged.message } : null, retention: { ...RETENTION } }),
  },
  'backup.create': {
    ...contract['backup.create'],
    async run(ctx) {
      const b = await createBackup(ctx.workspace.db, ctx.workspace.dir, 'manual', ctx.now());
      pruneBackups(ctx.workspace.dir);
      return b;
    },
  },
  'backup.restore': { ...contract['backup.restore'], run: (ctx, i) => ctx.workspace.restore(i.id) },
};
