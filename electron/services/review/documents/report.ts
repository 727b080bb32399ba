// The assessor report DOCX (being written): visitasi summary, scores per standard, findings, differences, recommendation.
import { AppError } from '../../../../shared/api/result';
import type { HandlerContext } from '../../context';

export async function assessorReportDocx(_ctx: HandlerContext, _reviewId: number, _language: 'id' | 'en'): Promise<{ fileName: string; data: Buffer }> {
  throw new AppError('INTERNAL', 'Laporan asesor belum tersedia / the assessor report is not available yet');
}
