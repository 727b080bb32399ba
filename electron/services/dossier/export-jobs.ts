// Background dossier exports for the UI: one job per export, progress, cancel, and one-time download tickets.
import crypto from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { ExportJobStatus } from '../../../shared/api/contract-dossier-export';
import type { HandlerContext } from '../context';
import type { Workspace } from '../workspace/workspace';
import { exportDossier } from './export';
import { defaultExportPath } from './export-target';

/** Finished jobs (and their download tickets) are kept this long, so a slow click still finds the result. */
export const JOB_KEEP_MS = 10 * 60 * 1000;
export const EXPORT_TICKET_TTL_MS = 60 * 1000;

interface Job {
  id: string;
  roundId: number;
  state: ExportJobStatus['state'];
  done: number;
  total: number;
  path?: string;
  result?: ExportJobStatus['result'];
  error?: ExportJobStatus['error'];
  controller: AbortController;
  finishedAt?: number;
  tickets: Map<string, number>;
}

export class ExportJobs {
  private jobs = new Map<string, Job>();

  /** Starts exporting; the target is always generated inside the workspace's exports/ folder. */
  start(ctx: HandlerContext, roundId: number, language: 'id' | 'en'): { jobId: string; done: Promise<void> } {
    this.prune(ctx.now().getTime());
    // One at a time: two jobs would pick the same free file name and BALKS needs only the newest file anyway.
    if ([...this.jobs.values()].some((j) => j.state === 'running')) {
      throw new AppError('CONFLICT', 'Ekspor lain sedang berjalan; tunggu sampai selesai atau batalkan dulu. / Another export is running; wait for it or cancel it first.');
    }
    const job: Job = { id: crypto.randomBytes(12).toString('base64url'), roundId, state: 'running', done: 0, total: 0, controller: new AbortController(), tickets: new Map() };
    this.jobs.set(job.id, job);
    const finish = (state: Job['state']) => { job.state = state; job.finishedAt = ctx.now().getTime(); };
    const done = (async () => {
      // Yields first, so a cancel in the same moment as the start is seen before anything is written.
      await Promise.resolve();
      try {
        const out = defaultExportPath(ctx);
        const r = await exportDossier(ctx, {
          roundId, out, language, signal: job.controller.signal,
          onProgress: (p) => { job.done = p.written; job.total = p.total; },
        });
        job.path = r.path;
        job.result = { fileName: path.basename(r.path), size: r.size, sha256: r.sha256, findings: r.findings.length };
        finish('done');
      } catch (e) {
        const err = e instanceof AppError ? e : new AppError('INTERNAL', String((e as Error)?.message ?? e));
        job.error = { code: err.code, message: err.message };
        finish(err.code === 'CANCELLED' ? 'cancelled' : 'failed');
      }
    })();
    return { jobId: job.id, done };
  }

  status(ctx: HandlerContext, jobId: string): ExportJobStatus {
    const j = this.get(ctx, jobId);
    return {
      state: j.state, done: j.done, total: j.total, result: j.result, error: j.error,
      // A browser has no use for the computer's paths; the desktop shows the file in its folder.
      path: ctx.transport === 'http' ? undefined : j.path,
    };
  }

  /**
   * The round's running export, else its newest finished one still kept: a screen opened (or reloaded) during or
   * just after an export picks it up instead of offering a second one.
   */
  current(ctx: HandlerContext, roundId: number): string | null {
    this.prune(ctx.now().getTime());
    const mine = [...this.jobs.values()].filter((j) => j.roundId === roundId);
    const running = mine.find((j) => j.state === 'running');
    if (running) return running.id;
    const finished = mine.filter((j) => j.state === 'done').sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
    return finished[0]?.id ?? null;
  }

  cancel(ctx: HandlerContext, jobId: string): { cancelled: boolean } {
    const j = this.get(ctx, jobId);
    if (j.state !== 'running') return { cancelled: false };
    j.controller.abort();
    return { cancelled: true };
  }

  /** The finished file of a job, for the desktop's "show in folder". */
  file(ctx: HandlerContext, jobId: string): string {
    const j = this.get(ctx, jobId);
    if (j.state !== 'done' || !j.path) throw new AppError('CONFLICT', 'Ekspor belum selesai / the export has not finished');
    return j.path;
  }

  issueTicket(ctx: HandlerContext, jobId: string): { ticket: string; expiresAt: Date } {
    this.file(ctx, jobId);
    const j = this.jobs.get(jobId)!;
    const ticket = crypto.randomBytes(24).toString('base64url');
    const expiresAt = ctx.now().getTime() + EXPORT_TICKET_TTL_MS;
    j.tickets.set(ticket, expiresAt);
    return { ticket, expiresAt: new Date(expiresAt) };
  }

  /** The file a valid ticket opens (the ticket is spent), or null: unknown, expired, other job. */
  redeem(jobId: string, ticket: string, now: Date): { path: string; fileName: string } | null {
    const j = this.jobs.get(jobId);
    const expiresAt = j?.tickets.get(ticket);
    if (!j || expiresAt === undefined) return null;
    j.tickets.delete(ticket);
    if (expiresAt <= now.getTime() || j.state !== 'done' || !j.path || !j.result) return null;
    return { path: j.path, fileName: j.result.fileName };
  }

  get size(): number {
    return this.jobs.size;
  }

  private get(ctx: HandlerContext, jobId: string): Job {
    this.prune(ctx.now().getTime());
    const j = this.jobs.get(jobId);
    if (!j) throw new AppError('NOT_FOUND', 'Proses ekspor ini tidak dikenal atau sudah lama selesai; ekspor lagi. / Unknown or long-finished export; export again.');
    return j;
  }

  private prune(now: number): void {
    for (const [id, j] of this.jobs) if (j.finishedAt !== undefined && now - j.finishedAt > JOB_KEEP_MS) this.jobs.delete(id);
  }
}

// Keyed by workspace: the web host hands every request a copy of its context, but the workspace object is shared.
const registry = new WeakMap<Workspace, ExportJobs>();

export function exportJobs(ctx: HandlerContext): ExportJobs {
  let jobs = registry.get(ctx.workspace);
  if (!jobs) registry.set(ctx.workspace, (jobs = new ExportJobs()));
  return jobs;
}
