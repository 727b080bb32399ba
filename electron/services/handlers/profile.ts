// Handlers for the LKS profile: read and autosave (the whole validated document in one row).
import { contract } from '../../../shared/api/contract';
import { Profile } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import type { PartialTable } from './define';

export function readProfile(ctx: HandlerContext): { profile: Profile | null; updatedAt: string | null } {
  const row = ctx.workspace.db.prepare('SELECT data, updated_at FROM profile WHERE id = 1').get() as { data: string; updated_at: string } | undefined;
  if (!row) return { profile: null, updatedAt: null };
  const parsed = Profile.safeParse(JSON.parse(row.data));
  // A stored profile that no longer validates is still shown (fields the user can fix), never dropped.
  return { profile: parsed.success ? parsed.data : (JSON.parse(row.data) as Profile), updatedAt: row.updated_at };
}

export function writeProfile(ctx: HandlerContext, profile: Profile): string {
  const updatedAt = ctx.now().toISOString();
  ctx.workspace.db.prepare(
    'INSERT INTO profile (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  ).run(JSON.stringify(profile), updatedAt);
  return updatedAt;
}

export const profileHandlers: PartialTable<'profile.get' | 'profile.save'> = {
  'profile.get': { ...contract['profile.get'], run: (ctx) => readProfile(ctx) },
  'profile.save': { ...contract['profile.save'], run: (ctx, input) => ({ updatedAt: writeProfile(ctx, input.profile) }) },
};
