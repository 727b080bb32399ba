// Benchmark: app start to first interactive screen. From spawning the web host (electron/transports/bin/web.ts
// --port 0 --no-open, as `npm run start:web` does) until Chromium shows the profile screen's heading and its
// navigation link can be clicked, with a workspace of 1,000 evidence files (1 GB, imported through the services
// once). Baselines in the same run, interleaved: the same sample LKS without those files (what the evidence costs), and a
// plain static page served by a node:http child process (what any local page costs: process start, browser load).
//   SWANILAI_BENCH_START_GB (default 1), SWANILAI_BENCH_START_FILES (default 1000), SWANILAI_BENCH_START_REPS (default 5).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { APP_VERSION } from '../electron/services/app-version';
import { createContext } from '../electron/services/context';
import { dispatch } from '../electron/services/dispatch';
import { openWorkspace } from '../electron/services/workspace/workspace';
import { importFiles, mixedSizes, writeSourceFiles } from './evidence-data';
import { speed, summarise, writeResult, type TableRow } from './util';

const ROOT = path.dirname(import.meta.dirname);
const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const WEB = path.join(ROOT, 'electron/transports/bin/web.ts');
const MB = 1024 * 1024;

/** The sample LKS and round plus `count` files through the upload path, each linked to one of its indicators. */
async function makeWorkspace(dir: string, count: number, bytes: number): Promise<void> {
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'bench', create: true });
  try {
    const ctx = createContext(ws, 'test', APP_VERSION);
    const value = async <T>(name: string, input: unknown = {}): Promise<T> => {
      const r = await dispatch(ctx, name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
    await value('workspace.loadSample');
    const round = (await value<{ id: number }[]>('assessment.list'))[0].id;
    const detail = await value<{ indicators: Record<string, unknown> }>('assessment.get', { id: round });
    if (count === 0) return;
    const src = path.join(path.dirname(dir), 'start-src');
    const files = writeSourceFiles(src, mixedSizes(count, bytes, 21));
    importFiles(ctx, files, { assessmentId: round, codes: Object.keys(detail.indicators).length ? Object.keys(detail.indicators) : ['1.1'] });
    fs.rmSync(src, { recursive: true, force: true });
  } finally {
    ws.close();
  }
}

/** Spawns a process and resolves with the first stdout line matching `url` (which must include the newline: output
 * can arrive in pieces, and a token cut short would be matched otherwise). */
function startProc(cmd: string, args: string[], url: RegExp): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
  return new Promise((resolve, reject) => {
    let out = '', err = '';
    proc.stdout!.on('data', (d) => { out += String(d); const m = url.exec(out); if (m) resolve({ proc, url: m[1] }); });
    proc.stderr!.on('data', (d) => { err += String(d); });
    proc.on('exit', (code) => reject(new Error(`${path.basename(args[1] ?? cmd)} exited ${code}: ${err}`)));
  });
}

function stop(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

/** A page like the app's first screen, without the app: a heading and a navigation link. */
const STATIC_SERVER = `
const http = require('node:http');
const html = '<!doctype html><html lang="id"><title>Swanilai</title><nav aria-label="Utama"><a href="#/profile">Profil LKS</a></nav><main><h1>Profil LKS</h1></main></html>';
const s = http.createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); r.end(html); });
s.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port + '/'));
process.on('SIGTERM', () => process.exit(0));`;

/** Process start → heading visible → the navigation's profile link passes Playwright's actionability checks. */
async function once(browser: Browser, kind: 'static' | 'bare' | 'full', workspaces: Record<'bare' | 'full', string>): Promise<{ total: number; ready: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  const { proc, url } = kind === 'static'
    ? await startProc(process.execPath, ['-e', STATIC_SERVER], /^(http:\/\/127\.0\.0\.1:\d+\/)\r?\n/m)
    : await startProc(process.execPath, [TSX_CLI, WEB, '--port', '0', '--no-open', '--workspace', workspaces[kind]], /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)\r?\n/m);
  const ready = performance.now() - t0; // the process printed its address: listening, workspace open
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  try {
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Profil LKS' }).waitFor({ state: 'visible', timeout: 60_000 });
    // trial: waits until the link is visible, stable, enabled and would receive the click, without navigating.
    await page.getByRole('navigation').getByRole('link', { name: 'Profil LKS', exact: true }).first().click({ trial: true, timeout: 60_000 });
    return { total: performance.now() - t0, ready };
  } catch (e) {
    // What the page said helps more than a bare timeout.
    throw new Error(`start (${kind}): ${(e as Error).message}\npage: ${page.url()}\n${logs.join('\n')}\n${(await page.locator("main").innerText().catch(() => "")).slice(0, 1500)}`);
  } finally {
    await context.close();
    await stop(proc);
  }
}

export async function startBench(): Promise<Record<string, unknown>> {
  const gb = Number(process.env.SWANILAI_BENCH_START_GB ?? 1);
  const count = Number(process.env.SWANILAI_BENCH_START_FILES ?? 1000);
  const reps = Number(process.env.SWANILAI_BENCH_START_REPS ?? 5);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) {
    console.error('start: building the UI (vite build) …');
    const b = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-bench-start-'));
  const browser = await chromium.launch({ executablePath: process.env.SWANILAI_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const workspaces = { bare: path.join(dir, 'bare'), full: path.join(dir, 'full') };
    // An empty folder would open on the welcome screen; the baseline is the same sample LKS without the bulk evidence.
    await makeWorkspace(workspaces.bare, 0, 0);
    console.error(`start: importing ${count} files (${gb} GB) into a workspace …`);
    const g0 = performance.now();
    await makeWorkspace(workspaces.full, count, Math.round(gb * 1024 * MB));
    const generateMs = performance.now() - g0;
    const samples: Record<'static' | 'bare' | 'full', number[]> = { static: [], bare: [], full: [] };
    const readyAt: Record<'static' | 'bare' | 'full', number[]> = { static: [], bare: [], full: [] };
    await once(browser, 'full', workspaces); // warm-up: first compile of tsx's cache, first Chromium page
    // Rotating order, so load and warm caches favour none of the three.
    const kinds = ['static', 'bare', 'full'] as const;
    for (let r = 0; r < reps; r++) {
      for (let k = 0; k < 3; k++) {
        const kind = kinds[(r + k) % 3];
        const t = await once(browser, kind, workspaces);
        samples[kind].push(t.total);
        readyAt[kind].push(t.ready);
      }
    }
    const med = (k: keyof typeof samples) => summarise(samples[k]).median;
    const vsBare = speed(med('bare'), med('full'), 'the same start without the evidence files');
    const vsStatic = speed(med('static'), med('full'), 'a static page from a node:http process');
    const bareVsStatic = speed(med('static'), med('bare'), 'a static page from a node:http process');
    const result = {
      name: `start: web host process start to the profile screen interactive in Chromium, workspace of ${count} files (${gb} GB)`,
      timed: 'spawn of the process → URL on its stdout → page.goto → h1 "Profil LKS" visible → the navigation link passes the actionability checks of a (trial) click. Browser already running; a fresh browser context per start. Median of the repetitions, rotating order, after one warm-up.',
      generatedMs: Math.round(generateMs),
      medianMs: { full: Math.round(med('full')), bare: Math.round(med('bare')), static: Math.round(med('static')) },
      // Of the median: until the process printed its address (Node + tsx + the back end started, workspace open).
      processReadyMedianMs: Object.fromEntries(Object.entries(readyAt).map(([k, v]) => [k, Math.round(summarise(v).median)])),
      p95Ms: { full: Math.round(summarise(samples.full).p95), bare: Math.round(summarise(samples.bare).p95), static: Math.round(summarise(samples.static).p95) },
      samplesMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(Math.round)])),
      ratios: { fullVsBare: vsBare.ratio, fullVsStatic: vsStatic.ratio, bareVsStatic: bareVsStatic.ratio, text: `${vsBare.text}; ${vsStatic.text}` },
    };
    const written = writeResult('start', result);
    const table: TableRow[] = [
      { measure: `start to interactive, ${count} files / ${gb} GB workspace (${result.medianMs.full} ms)`, says: vsBare.text },
      { measure: `start to interactive, same (${result.medianMs.full} ms) vs static page (${result.medianMs.static} ms)`, says: vsStatic.text },
    ];
    return { ...result, written, table };
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
