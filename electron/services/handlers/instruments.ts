// Handlers for listing, reading and importing instruments and checklists.
import { contract } from '../../../shared/api/contract';
import { getDefinition, importDefinition, listDefinitions } from '../instruments/catalog';
import type { PartialTable } from './define';

export const instrumentHandlers: PartialTable<'instrument.list' | 'instrument.get' | 'instrument.import'> = {
  'instrument.list': { ...contract['instrument.list'], run: (ctx) => listDefinitions(ctx) },
  'instrument.get': { ...contract['instrument.get'], run: (ctx, i) => getDefinition(ctx, i.kind, i.id, i.version) },
  'instrument.import': { ...contract['instrument.import'], run: (ctx, i) => importDefinition(ctx, i.json) },
};
