// `npm start` where Electron cannot run: one line says so, then the web host serves the app on the same workspace.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/processes';
import { tempDir } from '../helpers/tmp';

/** Collects stdout + stderr until a line matches, or the process ends. */
function waitForLine(child: ReturnType<typeof spawn>, pattern: RegExp): Promise<{ match: string; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = output.split('\n').find((l) => pattern.test(l));
      if (m) resolve({ match: m.trim(), output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before printing the address:\n${output}`)));
  });
}

describe('npm start without an Electron binary', () => {
  it('says so in one line, starts the web host on the given workspace and prints a URL that serves the app', async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist/renderer/index.html')), 'build the renderer first (npm test does)').toBe(true);
    const ws = tempDir('swanilai-start-');
    const child = spawn('bash', ['scripts/run.sh', 'start', '--', '--no-open', '--port', '0', '--workspace', ws], {
      cwd: ROOT,
      // The test's own Node first on PATH (better-sqlite3 13 needs Node >= 22); no rebuild of the shared dist/.
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, SWANILAI_NO_ELECTRON: '1', SWANILAI_NO_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so npx, tsx and the host all stop together
    });
    try {
      const { match: url, output } = await waitForLine(child, /^http:\/\/127\.0\.0\.1:\d+\/#token=/);
      const lines = output.split('\n').filter((l) => /Electron/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/membuka antarmuka yang sama di peramban.*opening the same UI in a browser/);
      expect(output).toContain(`ruang kerja / workspace ${ws}`);
      expect(fs.existsSync(path.join(ws, 'swanilai.sqlite'))).toBe(true);
      const page = await fetch(url.split('#')[0]);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="root"');
      // The API answers with the token from the printed URL: the same back end the UI talks to.
      const token = url.split('#token=')[1];
      const api = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { 'x-swanilai-token': token, 'content-type': 'application/json' }, body: '{}' });
      expect(api.status).toBe(200);
      expect(((await api.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
  });
});
