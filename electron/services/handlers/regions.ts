// Handlers for picking Kemendagri region codes.
import { contract } from '../../../shared/api/contract';
import type { PartialTable } from './define';

export const regionHandlers: PartialTable<'regions.list' | 'regions.resolve'> = {
  'regions.list': { ...contract['regions.list'], run: (ctx, input) => ctx.regions.list(input.level, input.parent) },
  'regions.resolve': { ...contract['regions.resolve'], run: (ctx, input) => ctx.regions.resolve(input.codes) },
};
