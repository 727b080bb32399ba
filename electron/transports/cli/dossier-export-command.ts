// `dossier export`: writes a round (default: the newest) as a signed *.swanilai file, with progress and the findings.
import path from 'node:path';
import type { AssessmentSummary } from '../../../shared/api/contract-assessment';
import { AppError } from '../../../shared/api/result';
import { exportDossier } from '../../services/dossier/export';
import { defaultExportPath } from '../../services/dossier/export-target';
import { readSettings } from '../../services/handlers/settings';
import { call, withWorkspace, type CliCommand } from './command';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

export const dossierExport: CliCommand = {
  path: ['dossier', 'export'],
  usage: 'dossier export [--workspace DIR] [--out FILE] [--round ID] [--json]',
  summary: 'Buat berkas akreditasi (*.swanilai) untuk BALKS / write the accreditation dossier for BALKS',
  valued: ['out', 'round'],
  async run(args, io) {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      const r = await withWorkspace(args, 'exclusive', async (ctx) => {
        const rounds = await call(ctx, 'assessment.list', {}) as AssessmentSummary[];
        const id = args.flags.round === undefined ? rounds[0]?.id : Number(args.flags.round);
        if (!id || !rounds.some((x) => x.id === id)) throw new AppError('NOT_FOUND', 'Putaran penilaian tidak ditemukan / assessment round not found');
        const out = typeof args.flags.out === 'string' ? path.resolve(args.flags.out) : defaultExportPath(ctx);
        let shown = -1;
        return exportDossier(ctx, {
          roundId: id, out, language: readSettings(ctx).language, signal: controller.signal,
          onProgress: ({ written, total }) => {
            // One line per tenth, so a log stays short whatever the size.
            const tenth = Math.floor((written / total) * 10);
            if (tenth === shown || args.flags.json) return;
            shown = tenth;
            io.err(`menulis / writing ${tenth * 10}% (${mb(written)} / ${mb(total)} MB)`);
          },
        });
      });
      if (args.flags.json) { io.out(JSON.stringify({ path: r.path, size: r.size, sha256: r.sha256, findings: r.findings }, null, 2)); return; }
      io.out(`Berkas akreditasi / dossier: ${r.path}`);
      io.out(`  ${mb(r.size)} MB, ${r.evidence} bukti / evidence files, ${r.documents} dokumen / documents, sha256 ${r.sha256}`);
      io.out(r.findings.length === 0 ? 'Pemeriksaan / check: tidak ada catatan / no findings'
        : `Catatan pemeriksaan (ikut dalam berkas) / findings (included in the file): ${r.findings.length}`);
      for (const f of r.findings) io.out(`  - [${f.kind}] ${f.message.id}`);
    } finally {
      process.off('SIGINT', stop);
    }
  },
};
