// The printable visit kit DOCX (being written): per indicator what to observe, whom to interview, documents to ask for.
import { AppError } from '../../../../shared/api/result';
import type { HandlerContext } from '../../context';

export async function visitKitDocx(_ctx: HandlerContext, _reviewId: number, _language: 'id' | 'en'): Promise<{ fileName: string; data: Buffer }> {
  throw new AppError('INTERNAL', 'Perangkat visitasi belum tersedia / the visit kit is not available yet');
}
