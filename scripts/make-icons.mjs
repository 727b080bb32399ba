// Renders the app icon (assets/icons/swanilai.svg; swanilai-small.svg for 16 and 32 px) to PNGs with headless
// Chromium, then writes the Windows ICO and macOS ICNS containers from those PNGs (both are plain lists of PNGs).
// Run: node scripts/make-icons.mjs   (needs /usr/bin/chromium or CHROMIUM=path). Outputs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'assets/icons');
export const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger renders).
const ICNS_TYPES = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];

export function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e); header.writeUInt8(size >= 256 ? 0 : size, e + 1); // 0 means 256
    header.writeUInt8(0, e + 2); header.writeUInt8(0, e + 3); // no palette, reserved
    header.writeUInt16LE(1, e + 4); header.writeUInt16LE(32, e + 6); // planes, bits per pixel
    header.writeUInt32LE(data.length, e + 8); header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

export function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const h = Buffer.alloc(8); h.write(type, 0, 'ascii'); h.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([h, data]);
  });
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(8); h.write('icns', 0, 'ascii'); h.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([h, body]);
}

async function render() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const page = await browser.newPage();
  const pngs = new Map();
  fs.mkdirSync(path.join(DIR, 'png'), { recursive: true });
  for (const size of SIZES) {
    const svg = fs.readFileSync(path.join(DIR, size <= 32 ? 'swanilai-small.svg' : 'swanilai.svg'), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const data = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
    fs.writeFileSync(path.join(DIR, 'png', `${size}x${size}.png`), data);
    pngs.set(size, data);
  }
  await browser.close();
  return pngs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pngs = await render();
  fs.copyFileSync(path.join(DIR, 'png/1024x1024.png'), path.join(DIR, 'icon.png'));
  fs.writeFileSync(path.join(DIR, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, data: pngs.get(size) }))));
  fs.writeFileSync(path.join(DIR, 'icon.icns'), icns(ICNS_TYPES.map(([t, s]) => [t, pngs.get(s)])));
  console.log(`Icons written to ${path.relative(ROOT, DIR)}/: png/{${SIZES.join(',')}}, icon.png, icon.ico, icon.icns`);
}
