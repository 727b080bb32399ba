// Handler for the regional summary's XLSX export.
import { contract } from '../../../shared/api/contract';
import { summaryXlsx } from '../mentor/summary-xlsx';
import type { PartialTable } from './define';

export const mentorExportHandlers: PartialTable<'summary.exportXlsx'> = {
  'summary.exportXlsx': { ...contract['summary.exportXlsx'], run: (ctx, i) => summaryXlsx(ctx, i) },
};
