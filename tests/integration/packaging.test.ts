// Packaging smoke test: electron-builder packs the app offline (dummy Electron binary) with everything it needs,
// the Linux desktop entry and MIME type it would install come from electron-builder's own code, and the icons
// and installer settings are what the README promises. Installer targets themselves need downloads (TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const ICONS = path.join(ROOT, 'assets/icons');
const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

// Runs after packing, inside electron-builder: asks its Linux helper (the code the deb and AppImage targets use)
// for the desktop entry, the shared-mime-info XML and the icon set, and writes them where the test can read them.
const LINUX_HOOK = `
const fs = require('node:fs');
const path = require('node:path');
const { LinuxTargetHelper } = require(${JSON.stringify(path.join(ROOT, 'node_modules/app-builder-lib/out/targets/LinuxTargetHelper.js'))});
const { default: FpmTarget } = require(${JSON.stringify(path.join(ROOT, 'node_modules/app-builder-lib/out/targets/FpmTarget.js'))});
exports.default = async function (context) {
  const packager = context.packager;
  const helper = new LinuxTargetHelper(packager);
  const debOptions = Object.assign({}, packager.platformSpecificBuildOptions, packager.config.deb || {});
  const mime = await helper.mimeTypeFiles;
  // The deb target's own metadata check (homepage, maintainer), which fails the build before fpm would run.
  const deb = await new FpmTarget('deb', packager, helper, context.outDir).computeFpmMetaInfoOptions();
  const out = {
    deb,
    desktopFileName: helper.getDesktopFileName() + '.desktop',
    desktop: await helper.computeDesktopEntry(debOptions),
    mime: mime ? fs.readFileSync(mime, 'utf8') : null,
    icons: (await helper.icons).map((i) => ({ file: i.file, size: i.size })),
  };
  fs.writeFileSync(path.join(context.outDir, 'linux-integration.json'), JSON.stringify(out));
};
`;

interface LinuxIntegration { deb: { name: string; maintainer: string; url: string; vendor: string }; desktopFileName: string; desktop: string; mime: string | null; icons: { file: string; size: number }[] }

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function pngBufferSize(b: Buffer): number {
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.readUInt32BE(16)).toBe(b.readUInt32BE(20));
  return b.readUInt32BE(16);
}

describe('electron-builder packaging', () => {
  let resources = '';
  let linux: LinuxIntegration;
  let config: Record<string, any>;

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs')], { cwd: ROOT, stdio: 'pipe' });
    expect(fs.existsSync(path.join(ROOT, 'dist/renderer/index.html')), 'npm test builds the renderer first').toBe(true);
    const dir = tempDir('swanilai-pack-');
    const fakeElectron = path.join(dir, 'electron-dist');
    fs.mkdirSync(fakeElectron);
    fs.writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    const source = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const yaml = require('js-yaml') as { load(s: string): unknown };
    config = yaml.load(source) as Record<string, any>;
    // Fuses are flipped inside the real Electron binary, which cannot be downloaded here; the rest of the config is used as it is.
    const yml = source.replace(/^electronFuses:\n(?: {2}.*\n)+/m, '');
    expect(yml).not.toContain('electronFuses');
    const builderConfig = path.join(dir, 'builder.yml');
    fs.writeFileSync(builderConfig, yml);
    const hook = path.join(dir, 'linux-hook.cjs');
    fs.writeFileSync(hook, LINUX_HOOK);
    const out = path.join(dir, 'out');
    try {
      execFileSync(path.join(ROOT, 'node_modules/.bin/electron-builder'), ['--linux', 'dir', '--config', builderConfig,
        `-c.electronDist=${fakeElectron}`, '-c.electronVersion=45.4.1', `-c.directories.output=${out}`, `-c.afterPack=${hook}`],
      { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer };
      throw new Error(`electron-builder failed:\n${String(err.stderr ?? '')}\n${String(err.stdout ?? '').slice(-2000)}`);
    }
    resources = path.join(out, 'linux-unpacked', 'resources');
    linux = JSON.parse(fs.readFileSync(path.join(out, 'linux-integration.json'), 'utf8')) as LinuxIntegration;
  }, 300_000);

  it('packs main, preload, renderer, assets and icons into app.asar, without tests, sources, source maps or dev dependencies', () => {
    const asar = require('@electron/asar') as { listPackage(p: string): string[]; extractFile(a: string, f: string): Buffer };
    const files = asar.listPackage(path.join(resources, 'app.asar'));
    // Electron reads desktopName from the packaged package.json (Linux app id, matching swanilai.desktop).
    const pkg = JSON.parse(asar.extractFile(path.join(resources, 'app.asar'), 'package.json').toString('utf8')) as { main: string; desktopName: string };
    expect(pkg).toMatchObject({ main: 'dist-electron/main.cjs', desktopName: 'swanilai.desktop' });
    for (const f of ['/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist/renderer/index.html', '/package.json',
      '/assets/instruments/balks-umum.json', '/assets/mentor/training-models.json', '/assets/icons/png/256x256.png',
      '/node_modules/idn-area-data/data/villages.csv', '/node_modules/zod/package.json', '/node_modules/exceljs/package.json']) {
      expect(files, f).toContain(f);
    }
    const top = (d: string) => files.some((f) => f.startsWith(`/${d}/`));
    for (const d of ['tests', 'electron', 'renderer', 'shared', 'scripts', 'bench', 'docs', 'vendor', 'release']) expect(top(d), d).toBe(false);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('/node_modules/'))).toEqual([]);
    for (const dev of ['electron', 'electron-builder', 'vitest', 'vite', 'typescript', 'playwright-core', 'esbuild', 'tsx']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${dev}/`)), dev).toBe(false);
    }
    // The Windows and macOS icon containers are used by the installers, not by the running app.
    expect(files.filter((f) => /\.(ico|icns)$/.test(f) && f.startsWith('/assets/'))).toEqual([]);
  });

  it('keeps native SQLite outside the asar with its prebuilt binding, without the C sources', () => {
    const native = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(native)).toBe(true);
    const all = fs.readdirSync(native, { recursive: true }).map(String);
    expect(all.some((f) => f.endsWith('.node'))).toBe(true);
    expect(all.some((f) => f.startsWith('deps') || f.startsWith('src'))).toBe(false);
    expect(fs.existsSync(path.join(native, 'lib', 'index.js'))).toBe(true);
  });

  it('installs a Linux desktop entry and MIME type that open .swanilai files in the app', () => {
    expect(linux.desktopFileName).toBe('swanilai.desktop');
    expect(linux.deb).toMatchObject({ name: 'swanilai', maintainer: expect.stringMatching(/^Swanilai <.+@.+>$/), url: expect.stringMatching(/^https:\/\//) });
    const entry = Object.fromEntries(linux.desktop.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(linux.desktop.startsWith('[Desktop Entry]')).toBe(true);
    expect(entry.Name).toBe('Swanilai');
    expect(entry['Name[id]']).toBe('Swanilai');
    expect(entry.Exec).toBe('/opt/Swanilai/swanilai %U');
    expect(entry.Icon).toBe('swanilai');
    expect(entry.StartupWMClass).toBe('swanilai');
    expect(entry.Type).toBe('Application');
    expect(entry.MimeType).toBe('application/x-swanilai;');
    expect(entry.Categories).toBe('Office;Education;');
    expect(entry.Comment).toMatch(/penilaian mandiri/i);
    expect(entry.Comment).toMatch(/self-assessment/i);
    expect(entry['Comment[id]']).toMatch(/Penilaian mandiri/);
    expect(linux.mime).toContain('<mime-type type="application/x-swanilai">');
    expect(linux.mime).toContain('<glob pattern="*.swanilai"/>');
    expect(linux.mime).toContain('<comment>Berkas Swanilai');
    // Hicolor icons for the launcher, one per size, from the rendered PNGs.
    const sizes = linux.icons.map((i) => i.size).sort((a, b) => a - b);
    expect(sizes).toEqual(PNG_SIZES);
    for (const i of linux.icons) expect(path.relative(ROOT, i.file)).toBe(`assets/icons/png/${i.size}x${i.size}.png`);
  });

  it('configures per-user NSIS (Indonesian and English), AppImage and deb, dmg, the file association and the fuses', () => {
    expect(config.appId).toBe('id.swanilai.app');
    expect(config.productName).toBe('Swanilai');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.fileAssociations).toEqual([expect.objectContaining({
      ext: 'swanilai', name: 'Berkas Swanilai', role: 'Editor', mimeType: 'application/x-swanilai', icon: 'assets/icons/icon' })]);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, multiLanguageInstaller: true,
      installerLanguages: ['en_US', 'id_ID'], createDesktopShortcut: true, deleteAppDataOnUninstall: false });
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.linux.synopsis).toMatch(/Penilaian mandiri.*self-assessment/i);
    expect(config.mac.target[0].target).toBe('dmg');
    expect(config.electronFuses).toEqual({ runAsNode: false, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false });
    for (const icon of [config.win.icon, config.mac.icon, `${config.fileAssociations[0].icon}.ico`, `${config.fileAssociations[0].icon}.icns`]) {
      expect(fs.existsSync(path.join(ROOT, icon)), icon).toBe(true);
    }
  });

  it('`npm run dist` without a way to download Electron says so in one line and exits non-zero', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/build && node scripts\/dist\.mjs$/);
    expect(fs.readFileSync(path.join(ROOT, 'scripts/dist.mjs'), 'utf8')).toContain("['--config', 'electron-builder.yml', ...process.argv.slice(2)]");
    const cache = tempDir('swanilai-electron-cache-');
    let result: { status: number | null; stdout: string; stderr: string } = { status: 0, stdout: '', stderr: '' };
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/dist.mjs'), '--linux', 'dir'], { cwd: ROOT, stdio: 'pipe', timeout: 30_000,
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache, SWANILAI_DIST_SKIP_CHECK: '' } });
    } catch (e) {
      const err = e as { status: number | null; stdout: Buffer; stderr: Buffer };
      result = { status: err.status, stdout: String(err.stdout), stderr: String(err.stderr) };
    }
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot build installers: Electron 45\.4\.1 cannot be downloaded from http:\/\/127\.0\.0\.1:9\/v45\.4\.1\/SHASUMS256\.txt/);
  });

  it('ships icons at every size: PNGs, a Windows ICO up to 256 px and a macOS ICNS up to 1024 px', () => {
    for (const s of PNG_SIZES) expect(pngSize(path.join(ICONS, 'png', `${s}x${s}.png`))).toEqual({ width: s, height: s });
    expect(pngSize(path.join(ICONS, 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    const ico = fs.readFileSync(path.join(ICONS, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const icoSizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const declared = ico.readUInt8(e) || 256;
      const [len, off] = [ico.readUInt32LE(e + 8), ico.readUInt32LE(e + 12)];
      expect(off + len).toBeLessThanOrEqual(ico.length);
      expect(pngBufferSize(ico.subarray(off, off + len))).toBe(declared);
      icoSizes.push(declared);
    }
    expect(icoSizes).toEqual([16, 32, 48, 64, 128, 256]);
    const icns = fs.readFileSync(path.join(ICONS, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: Record<string, number> = {};
    for (let off = 8; off < icns.length;) {
      const len = icns.readUInt32BE(off + 4);
      types[icns.subarray(off, off + 4).toString('ascii')] = pngBufferSize(icns.subarray(off + 8, off + len));
      off += len;
    }
    expect(types).toMatchObject({ icp4: 16, icp5: 32, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic14: 512 });
  });
});
