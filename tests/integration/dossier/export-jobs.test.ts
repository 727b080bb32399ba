// Background exports for the UI: progress to done, cancel leaving no file, one job at a time, ticket downloads, no client paths.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { exportJobs, JOB_KEEP_MS } from '../../../electron/services/dossier/export-jobs';
import { verifyDossier } from '../../../electron/services/dossier/verify';
import { startWebHost } from '../../../electron/transports/web/web-host';
import { tempDir } from '../../helpers/tmp';
import { sampleWorkspace } from './export-helpers';

type Status = { state: string; done: number; total: number; result?: { fileName: string; size: number; sha256: string; findings: number }; path?: string; error?: { code: string } };

async function waitEnd(t: Awaited<ReturnType<typeof sampleWorkspace>>['t'], jobId: string): Promise<Status> {
  for (;;) {
    const s = await t.value<Status>('dossier.exportStatus', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const exportsOf = (dir: string) => (fs.existsSync(path.join(dir, 'exports')) ? fs.readdirSync(path.join(dir, 'exports')) : []);

describe('dossier export jobs', () => {
  it('runs to done with progress, a verified file in exports/ and the findings count', async () => {
    const { t, roundId } = await sampleWorkspace();
    const findings = await t.value<unknown[]>('dossier.precheck', { roundId });
    const { jobId } = await t.value<{ jobId: string }>('dossier.exportStart', { roundId, language: 'id' });
    const s = await waitEnd(t, jobId);
    expect(s.state).toBe('done');
    expect(s.done).toBe(s.total);
    expect(s.result!.findings).toBe(findings.length);
    expect(s.path).toBe(path.join(t.dir, 'exports', s.result!.fileName));
    const bytes = fs.readFileSync(s.path!);
    expect(bytes.length).toBe(s.result!.size);
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(s.result!.sha256);
    expect((await verifyDossier(s.path!)).ok).toBe(true);
    expect(exportsOf(t.dir)).toEqual([s.result!.fileName]);
  });

  it('a cancel right after the start leaves no file, not even a part file', async () => {
    const { t, roundId } = await sampleWorkspace();
    const { jobId, done } = exportJobs(t.ctx).start(t.ctx, roundId, 'id');
    expect(await t.value('dossier.exportCancel', { jobId })).toEqual({ cancelled: true });
    await done;
    const s = await t.value<Status>('dossier.exportStatus', { jobId });
    expect(s.state).toBe('cancelled');
    expect(s.error?.code).toBe('CANCELLED');
    expect(exportsOf(t.dir)).toEqual([]);
    expect(await t.value('dossier.exportCancel', { jobId })).toEqual({ cancelled: false });
  });

  it('refuses a second export while one runs, an unknown round and an unknown job', async () => {
    const { t, roundId } = await sampleWorkspace();
    expect(await t.value('dossier.exportCurrent', { roundId })).toEqual({ jobId: null });
    const { jobId } = await t.value<{ jobId: string }>('dossier.exportStart', { roundId, language: 'en' });
    // A screen reloaded during the export finds the running job (and after it, the finished one).
    expect(await t.value('dossier.exportCurrent', { roundId })).toEqual({ jobId });
    expect(await t.value('dossier.exportCurrent', { roundId: roundId + 1 })).toEqual({ jobId: null });
    const again = await t.call('dossier.exportStart', { roundId, language: 'en' });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    expect((await waitEnd(t, jobId)).state).toBe('done');
    expect(await t.value('dossier.exportCurrent', { roundId })).toEqual({ jobId });
    const bad = await t.call('dossier.exportStart', { roundId: 999, language: 'en' });
    expect(bad.ok || bad.error.code).toBe('NOT_FOUND');
    const unknown = await t.call('dossier.exportStatus', { jobId: 'AAAAAAAAAAAAAAAA' });
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
  });

  it('forgets finished jobs after a while', async () => {
    const { t, roundId } = await sampleWorkspace();
    let now = Date.now();
    t.ctx.now = () => new Date(now);
    const { jobId } = await t.value<{ jobId: string }>('dossier.exportStart', { roundId, language: 'id' });
    await waitEnd(t, jobId);
    now += JOB_KEEP_MS + 1000;
    const r = await t.call('dossier.exportStatus', { jobId });
    expect(r.ok || r.error.code).toBe('NOT_FOUND');
    expect(await t.value('dossier.exportCurrent', { roundId })).toEqual({ jobId: null });
  });

  it('over HTTP: no paths in or out, and a one-use ticket downloads the file as an attachment', async () => {
    const { t, roundId } = await sampleWorkspace();
    const http = { ...t.ctx, transport: 'http' as const };
    const refused = await dispatch(http, 'dossier.export', { roundId, out: path.join(tempDir(), 'x.swanilai') });
    expect(refused.ok || refused.error.code).toBe('VALIDATION');
    const host = await startWebHost({ ctx: t.ctx, staticDir: tempDir(), port: 0 });
    try {
      const api = async (name: string, body: unknown) => (await (await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': host.token }, body: JSON.stringify(body),
      })).json()) as { ok: boolean; value: any; error?: { code: string } };
      const early = await api('dossier.export', { roundId, out: path.join(tempDir(), 'x.swanilai') });
      expect(early.error?.code).toBe('VALIDATION');
      const { jobId } = (await api('dossier.exportStart', { roundId, language: 'id' })).value;
      let s: Status;
      do s = (await api('dossier.exportStatus', { jobId })).value; while (s.state === 'running');
      expect(s.state).toBe('done');
      expect(s.path).toBeUndefined();
      const { url } = (await api('dossier.exportTicket', { jobId })).value;
      const res = await fetch(`http://127.0.0.1:${host.port}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${s.result!.fileName}`);
      const body = Buffer.from(await res.arrayBuffer());
      expect(crypto.createHash('sha256').update(body).digest('hex')).toBe(s.result!.sha256);
      expect((await fetch(`http://127.0.0.1:${host.port}${url}`)).status).toBe(403);
      expect((await fetch(`http://127.0.0.1:${host.port}/blob/dossier-export/${jobId}?ticket=nope`)).status).toBe(403);
    } finally {
      await host.close();
    }
  });
});
