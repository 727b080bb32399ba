// Handler for an LKS's progress over its yearly records.
import { contract } from '../../../shared/api/contract';
import { lksProgress } from '../mentor/progress';
import type { PartialTable } from './define';

export const mentorProgressHandlers: PartialTable<'mentor.progress'> = {
  'mentor.progress': { ...contract['mentor.progress'], run: (ctx, i) => lksProgress(ctx, i.lksId) },
};
