// Importing an instrument file in the app, refusing a broken one, and carrying the sample round to the new version.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, expect, expectAccessible, shot, test } from './fixtures';

function writeJson(name: string, data: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-inst-')), name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

test('import a new instrument version, see a broken file explained, carry the round over', async ({ page, host }) => {
  const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/instruments/balks-umum.json'), 'utf8'));
  const next = structuredClone(shipped);
  next.version = '9.0.0'; // above every shipped version (1.1.0 is shipped now)
  next.components[0].indicators[0].levels[3].description.id = 'Uraian baru tingkat 3';
  const broken = structuredClone(shipped);
  broken.version = '2.0.0';
  broken.components[1].indicators[0].weight = -1;

  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dengan LKS contoh/ }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH/);
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByRole('heading', { name: 'Instrumen dan daftar periksa' })).toBeVisible();
  await expect(page.getByText('Putaran "Persiapan akreditasi 2027 (contoh)" sudah memakai versi terbaru')).toBeVisible();

  const notJson = writeJson('x.json', {}).replace(/x\.json$/, 'garbage.json');
  fs.writeFileSync(notJson, '{"kind": "instrument", ');
  await page.locator('#instrument-file').setInputFiles(notJson);
  await expect(page.getByText('Berkas ini bukan JSON yang valid')).toBeVisible();
  const huge = writeJson('huge.json', {}).replace(/huge\.json$/, 'big.json');
  fs.writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024, 32));
  await page.locator('#instrument-file').setInputFiles(huge);
  await expect(page.getByText('Berkas terlalu besar (maks. 4 MB).')).toBeVisible();

  await page.locator('#instrument-file').setInputFiles(writeJson('broken.json', broken));
  await expect(page.getByText('Berkas tidak dapat diimpor')).toBeVisible();
  await expect(page.getByText(/components\[1\]\.indicators\[0\]\.weight/)).toBeVisible();

  await page.locator('#instrument-file').setInputFiles(writeJson('next.json', next));
  await expect(page.getByText('berhasil diimpor')).toBeVisible();
  await expect(page.getByRole('row', { name: /9\.0\.0/ })).toContainText('Diimpor');
  await page.getByRole('button', { name: 'Lihat perbedaan' }).click();
  await expect(page.getByText(/S1\.01 \(uraian tingkat\)/)).toBeVisible();
  await expectAccessible(page, 'settings with carry-over preview');
  await shot(page, 'settings-instruments');
  await page.getByRole('button', { name: /Buat putaran baru dengan versi 9\.0\.0/ }).click();
  await expect(page.getByText(/Putaran baru ".*" dibuat/)).toBeVisible();
  await expect(page.getByText('Putaran "Persiapan akreditasi 2027 (contoh) (v9.0.0)" sudah memakai versi terbaru')).toBeVisible();
});
