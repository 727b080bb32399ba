// A web host process whose evidence file breaks during a read keeps serving (it used to crash on the stream error).
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnTs, WEB_ENTRY } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';

let proc: ChildProcess;
let base = '';
let token = '';
let stderr = '';
const workspace = tempDir();

beforeAll(async () => {
  proc = spawnTs(WEB_ENTRY, ['--port', '0', '--workspace', workspace, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)\r?\n/m.exec(out);
      if (m) resolve(m[0].trim());
    });
    proc.on('exit', (code) => reject(new Error(`web host exited ${code}: ${stderr}`)));
  });
  [, base, token] = /^(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/.exec(url)!;
});
afterAll(() => { if (proc.exitCode === null) proc.kill('SIGTERM'); });

async function api(name: string, body: unknown) {
  const r = await fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': token }, body: JSON.stringify(body) });
  return r.json();
}

async function store(name: string, bytes: Buffer, mediaType: string): Promise<{ id: number; sha256: string }> {
  const begin = await api('evidence.uploadBegin', { name, size: bytes.length, mediaType });
  await fetch(`${base}/blob/upload/${begin.value.uploadId}?offset=0`, { method: 'PUT', headers: { 'x-swanilai-token': token }, body: new Uint8Array(bytes) });
  const fin = await api('evidence.uploadFinish', { uploadId: begin.value.uploadId });
  return fin.value.evidence;
}

/** A URL the browser would use to show the file (the way the renderer gets one). */
async function viewUrl(id: number): Promise<string> {
  const r = await api('evidence.ticket', { id, purpose: 'view' });
  return new URL(r.value.url, base).href;
}

describe('web host evidence reads that fail', () => {
  it('a stored file replaced by something unreadable gives an error response, and the host keeps answering', async () => {
    const { id, sha256 } = await store('foto.png', Buffer.from('not really a png, but bytes'), 'image/png');
    const blob = path.join(workspace, 'evidence', sha256.slice(0, 2), sha256);
    expect(fs.existsSync(blob)).toBe(true);
    // Replaced behind the app's back (another program, a sync tool): the path exists but cannot be read as a file.
    fs.rmSync(blob);
    fs.mkdirSync(blob);
    const r = await fetch(await viewUrl(id)).catch((e: Error) => e);
    expect(r).toBeInstanceOf(Response);
    expect((r as Response).status).toBe(500);
    expect((await (r as Response).json()).error.message).toMatch(/tidak dapat dibaca.* \/ .*cannot be read/);
    expect(await api('settings.get', {})).toEqual({ ok: true, value: { language: 'id' } });
    expect(proc.exitCode).toBe(null);
  });

  it('a stored file removed after the record was read gives 404, and the host keeps answering', async () => {
    const { id, sha256 } = await store('akta.pdf', Buffer.from('%PDF-1.4 removed soon'), 'application/pdf');
    fs.rmSync(path.join(workspace, 'evidence', sha256.slice(0, 2), sha256));
    const r = await fetch(await viewUrl(id));
    expect(r.status).toBe(404);
    expect(await api('settings.get', {})).toMatchObject({ ok: true });
    expect(proc.exitCode).toBe(null);
  });
});
