// Handlers for the LKS profile: read and autosave (the whole validated document in one row).
import { contract } from '../../../shared/api/contract';
import { Profile } from '../../../shared/profile';
import { mergeEdits } from '../../../shared/profile-merge';
import { splitStoredProfile, toInvalidField, type InvalidField } from '../../../shared/profile-repair';
import type { HandlerContext } from '../context';
import type { PartialTable } from './define';

/**
 * The stored profile split into the fields that pass today's schema (`profile`, what every reader such as
 * scoring uses) and the ones that do not (`invalid`, raw values for the profile screen to show and fix).
 * A stored profile from an older version never makes this fail.
 */
export function readProfile(ctx: HandlerContext): { profile: Profile | null; invalid: InvalidField[]; updatedAt: string | null } {
  const row = ctx.workspace.db.prepare('SELECT data, updated_at FROM profile WHERE id = 1').get() as { data: string; updated_at: string } | undefined;
  if (!row) return { profile: null, invalid: [], updatedAt: null };
  const { profile, problems } = splitStoredProfile(row.data);
  return { profile, invalid: problems.map(toInvalidField), updatedAt: row.updated_at };
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
  // The input is the whole profile, validated by the contract: an invalid field rejects the call (VALIDATION,
  // naming the field) rather than being dropped; the profile screen sends only valid values.
  'profile.save': {
    ...contract['profile.save'],
    run(ctx, input) {
      if (!input.base) return { updatedAt: writeProfile(ctx, input.profile) };
      // Read and write in one transaction, so a save from another window cannot slip in between.
      return ctx.workspace.db.transaction(() => {
        const merged = mergeEdits(readProfile(ctx).profile ?? {}, input.base!, input.profile);
        // A merge of two valid profiles can break a rule across fields; then this window's profile wins whole.
        const checked = Profile.safeParse(merged);
        return { updatedAt: writeProfile(ctx, checked.success ? checked.data : input.profile) };
      })();
    },
  },
};
