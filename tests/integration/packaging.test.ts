// Packaging smoke test: electron-builder packs the app offline (dummy Electron binary) with everything it needs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);

describe('electron-builder packaging', () => {
  it('packs main, preload, renderer, instruments and native SQLite (unpacked) into the app', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs')], { cwd: ROOT, stdio: 'pipe' });
    expect(fs.existsSync(path.join(ROOT, 'dist/renderer/index.html')), 'npm test builds the renderer first').toBe(true);
    const dir = tempDir('swanilai-pack-');
    const fakeElectron = path.join(dir, 'electron-dist');
    fs.mkdirSync(fakeElectron);
    fs.writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    // Fuses are flipped inside the real Electron binary, which cannot be downloaded here; the rest of the config is used as it is.
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8').replace(/^electronFuses:\n(?: {2}.*\n)+/m, '');
    expect(yml).not.toContain('electronFuses');
    const config = path.join(dir, 'builder.yml');
    fs.writeFileSync(config, yml);
    const out = path.join(dir, 'out');
    execFileSync(path.join(ROOT, 'node_modules/.bin/electron-builder'), ['--linux', 'dir', '--config', config,
      `-c.electronDist=${fakeElectron}`, '-c.electronVersion=45.4.1', `-c.directories.output=${out}`], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    const resources = path.join(out, 'linux-unpacked', 'resources');
    const asar = require('@electron/asar') as { listPackage(p: string): string[] };
    const files = asar.listPackage(path.join(resources, 'app.asar'));
    for (const f of ['/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist/renderer/index.html', '/package.json', '/node_modules/idn-area-data/data/villages.csv', '/node_modules/zod/package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('/tests/') || f.startsWith('/electron/'))).toBe(false);
    const native = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(native)).toBe(true);
    expect(fs.readdirSync(native, { recursive: true }).some((f) => String(f).endsWith('.node'))).toBe(true);
  }, 300_000);
});
