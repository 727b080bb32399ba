// Handlers for app settings (language) stored in the workspace.
import { contract, Settings } from '../../../shared/api/contract';
import type { HandlerContext } from '../context';
import type { PartialTable } from './define';

const DEFAULTS: Settings = { language: 'id' };

export function readSettings(ctx: HandlerContext): Settings {
  const rows = ctx.workspace.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  const parsed = Settings.partial().safeParse(stored);
  return { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
}

export const settingsHandlers: PartialTable<'settings.get' | 'settings.set'> = {
  'settings.get': { ...contract['settings.get'], run: (ctx) => readSettings(ctx) },
  'settings.set': {
    ...contract['settings.set'],
    run(ctx, input) {
      const upsert = ctx.workspace.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      ctx.workspace.db.transaction(() => {
        for (const [key, value] of Object.entries(input)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
      })();
      return readSettings(ctx);
    },
  },
};
