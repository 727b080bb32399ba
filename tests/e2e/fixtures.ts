// E2E fixtures: a real web host process on a fresh temp workspace, restartable, plus screenshot and axe helpers.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { ChildProcess } from 'node:child_process';
import { cli as runCli, spawnTs, WEB_ENTRY } from '../helpers/processes';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');

export interface Host { url: string; workspace: string; restart(): Promise<void>; stop(): Promise<void> }

async function launch(workspace: string, extraArgs: string[] = []): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawnTs(WEB_ENTRY, ['--port', '0', '--workspace', workspace, '--no-open', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out} ${err}`)), 60_000);
    proc.stdout!.on('data', (d) => {
      out += String(d);
      // Only a whole line: the address may arrive split across two output chunks.
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)\r?\n/m.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.stderr!.on('data', (d) => { err += String(d); });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`web host exited ${code}: ${err}`)); });
  });
  return { proc, url };
}

function stopProc(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

/** A web host started with extra flags (e.g. --open-file); the caller stops it. */
export async function startHost(workspace: string, extraArgs: string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const { proc, url } = await launch(workspace, extraArgs);
  return { url, stop: () => stopProc(proc) };
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use) => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-e2e-'));
    let current = await launch(workspace);
    const host: Host = {
      get url() { return current.url; },
      workspace,
      async restart() { await stopProc(current.proc); current = await launch(workspace); },
      async stop() { await stopProc(current.proc); },
    };
    await use(host);
    await stopProc(current.proc);
    fs.rmSync(workspace, { recursive: true, force: true });
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await use(page);
    expect(errors, 'no errors in the browser console').toEqual([]);
  },
});

/** Saves a full-page screenshot (git-ignored) at the current size for people to review. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const { width } = page.viewportSize()!;
  await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
}

/** Runs axe-core on the page and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility of ${label}`).toEqual([]);
}

/** Runs the CLI as a user would and returns its stdout. */
export function cli(...args: string[]): string {
  const r = runCli(...args);
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export { expect };

/** Calls the back end's handler table from the page with the page's own session token, as the client does. */
export async function api<T = any>(page: Page, name: string, input: unknown = {}): Promise<T> {
  const r = await page.evaluate(async ({ name, input }) => {
    const res = await fetch(`./api/${name}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': sessionStorage.getItem('swanilai.token') ?? '' }, body: JSON.stringify(input),
    });
    return res.json() as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  }, { name, input });
  if (!r.ok) throw new Error(`${name}: ${r.error?.code} ${r.error?.message}`);
  return r.value as T;
}

/** Stored blobs in the workspace's evidence folder, not counting unfinished uploads. */
export function storedBlobs(workspace: string): string[] {
  const root = path.join(workspace, 'evidence');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !path.relative(root, path.join(d.parentPath, d.name)).startsWith('.incoming'))
    .map((d) => d.name);
}

/** Writes a copy of a dossier with one byte flipped inside the first evidence entry's data (entries are stored, not
 * deflated, so those bytes are the file's): the archive still opens, its digests no longer match. */
export function tamper(src: string, out: string): void {
  const buf = fs.readFileSync(src);
  for (let i = buf.indexOf('PK\x03\x04'); i >= 0; i = buf.indexOf('PK\x03\x04', i + 4)) {
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    if (!buf.subarray(i + 30, i + 30 + nameLen).toString('utf8').startsWith('evidence/')) continue;
    buf[i + 30 + nameLen + extraLen + 10] ^= 0xff;
    fs.writeFileSync(out, buf);
    return;
  }
  throw new Error('no evidence entry found');
}
