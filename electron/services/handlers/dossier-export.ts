// Handlers for sending a round to BALKS: the workspace key, the pre-export check, the export itself and its background jobs.
import { contract } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { gatherRound } from '../dossier/manifest-build';
import { exportDossier } from '../dossier/export';
import { exportJobs } from '../dossier/export-jobs';
import { defaultExportPath } from '../dossier/export-target';
import { workspaceKey } from '../dossier/keys';
import type { PartialTable } from './define';
import { readSettings } from './settings';

type Names = 'workspace.key' | 'dossier.precheck' | 'dossier.export' | 'dossier.exportStart' | 'dossier.exportStatus' | 'dossier.exportCurrent' | 'dossier.exportCancel'
  | 'dossier.exportShowInFolder' | 'dossier.exportTicket';

export const dossierExportHandlers: PartialTable<Names> = {
  'workspace.key': {
    ...contract['workspace.key'],
    run(ctx) {
      const key = workspaceKey(ctx);
      return { fingerprint: key.fingerprint, publicKey: key.publicKeyBase64 };
    },
  },
  'dossier.precheck': { ...contract['dossier.precheck'], run: (ctx, i) => gatherRound(ctx, i.roundId).findings },
  'dossier.export': {
    ...contract['dossier.export'],
    async run(ctx, i) {
      // A browser page must never choose where the app writes on this computer; only the CLI and tests may.
      if (i.out && ctx.transport === 'http') {
        throw new AppError('VALIDATION', 'Tujuan berkas tidak dapat dipilih dari peramban; berkas ditulis ke folder exports/. / A target path cannot be given from the browser; the file goes to exports/.');
      }
      const out = i.out ?? defaultExportPath(ctx);
      const r = await exportDossier(ctx, { roundId: i.roundId, out, language: i.language ?? readSettings(ctx).language });
      return { path: r.path, size: r.size, sha256: r.sha256, findings: r.findings };
    },
  },
  'dossier.exportStart': {
    ...contract['dossier.exportStart'],
    run(ctx, i) {
      gatherRound(ctx, i.roundId); // an unknown round fails here, at once, not later in the job
      return { jobId: exportJobs(ctx).start(ctx, i.roundId, i.language).jobId };
    },
  },
  'dossier.exportStatus': { ...contract['dossier.exportStatus'], run: (ctx, i) => exportJobs(ctx).status(ctx, i.jobId) },
  'dossier.exportCurrent': { ...contract['dossier.exportCurrent'], run: (ctx, i) => ({ jobId: exportJobs(ctx).current(ctx, i.roundId) }) },
  'dossier.exportCancel': { ...contract['dossier.exportCancel'], run: (ctx, i) => exportJobs(ctx).cancel(ctx, i.jobId) },
  'dossier.exportShowInFolder': {
    ...contract['dossier.exportShowInFolder'],
    run(ctx, i) {
      const file = exportJobs(ctx).file(ctx, i.jobId);
      if (!ctx.showItemInFolder) return { shown: false, path: ctx.transport === 'http' ? '' : file };
      ctx.showItemInFolder(file);
      return { shown: true, path: file };
    },
  },
  'dossier.exportTicket': {
    ...contract['dossier.exportTicket'],
    run(ctx, i) {
      if (ctx.transport === 'ipc') throw new AppError('VALIDATION', 'Aplikasi desktop menampilkan berkas di foldernya, bukan lewat tiket / the desktop app shows the file in its folder, not with tickets');
      const t = exportJobs(ctx).issueTicket(ctx, i.jobId);
      return { url: `/blob/dossier-export/${i.jobId}?ticket=${t.ticket}`, expiresAt: t.expiresAt.toISOString() };
    },
  },
};
