// Handlers for the mentor's exports: the regional summary as XLSX and DOCX, and the mentor report DOCX.
import { contract } from '../../../shared/api/contract';
import { mentorReportDocx } from '../mentor/documents/report';
import { summaryDocx } from '../mentor/documents/summary-docx';
import { summaryXlsx } from '../mentor/summary-xlsx';
import type { PartialTable } from './define';

export const mentorExportHandlers: PartialTable<'summary.exportXlsx' | 'summary.exportDocx' | 'mentor.reportDocx'> = {
  'summary.exportXlsx': { ...contract['summary.exportXlsx'], run: (ctx, i) => summaryXlsx(ctx, i) },
  'summary.exportDocx': { ...contract['summary.exportDocx'], run: (ctx, i) => summaryDocx(ctx, i) },
  'mentor.reportDocx': { ...contract['mentor.reportDocx'], run: (ctx, i) => mentorReportDocx(ctx, i) },
};
