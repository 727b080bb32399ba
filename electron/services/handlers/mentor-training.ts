// Handler for the training invitation list's XLSX export.
import { contract } from '../../../shared/api/contract';
import { invitationsXlsx } from '../mentor/invitations-xlsx';
import type { PartialTable } from './define';

export const mentorTrainingHandlers: PartialTable<'training.exportInvitations'> = {
  'training.exportInvitations': { ...contract['training.exportInvitations'], run: (ctx, i) => invitationsXlsx(ctx, i) },
};
