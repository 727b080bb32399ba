// CLI commands over the assessment rounds of a workspace.
import { AppError } from '../../../shared/api/result';
import type { AssessmentSummary } from '../../../shared/api/contract-assessment';
import { computeResults } from '../../services/assessment/results';
import { call, withWorkspace, type CliCommand } from './command';
import { renderScore } from './score-command';

export const assessmentList: CliCommand = {
  path: ['assessment', 'list'],
  usage: 'assessment list [--workspace DIR] [--json]',
  summary: 'Daftar putaran penilaian / list assessment rounds',
  async run(args, io) {
    const rounds = await withWorkspace(args, 'read', (ctx) => call(ctx, 'assessment.list', {})) as AssessmentSummary[];
    if (args.flags.json) { io.out(JSON.stringify(rounds, null, 2)); return; }
    if (rounds.length === 0) { io.out('Belum ada putaran penilaian / no assessment rounds yet'); return; }
    for (const r of rounds) io.out(`#${r.id}  ${r.name}  (${r.instrument.id} ${r.instrument.version}; ${r.answeredIndicators} indikator, ${r.answeredGcg} butir GCG dijawab)`);
  },
};

export const assessmentScore: CliCommand = {
  path: ['assessment', 'score'],
  usage: 'assessment score [--id N] [--workspace DIR] [--json]',
  summary: 'Hasil sebuah putaran (default: terbaru) / results of a round (default: newest)',
  valued: ['id'],
  async run(args, io) {
    const result = await withWorkspace(args, 'read', async (ctx) => {
      const rounds = await call(ctx, 'assessment.list', {}) as AssessmentSummary[];
      const id = args.flags.id === undefined ? rounds[0]?.id : Number(args.flags.id);
      if (!id || !rounds.some((r) => r.id === id)) throw new AppError('NOT_FOUND', 'Putaran penilaian tidak ditemukan / assessment round not found');
      return computeResults(ctx, id).result;
    });
    if (args.flags.json) { io.out(JSON.stringify(result, null, 2)); return; }
    for (const line of renderScore(result)) io.out(line);
  },
};
