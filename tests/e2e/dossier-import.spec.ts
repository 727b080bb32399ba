// "Berkas masuk" end to end: a CLI-exported dossier imported by file picker and by drop; again, tampered, and a newer version.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { cli, expect, expectAccessible, shot, test, tamper } from './fixtures';

/** Drops a file on the drop area the way a browser does: a DataTransfer built in the page from the file's bytes. */
async function dropFile(page: Page, file: string): Promise<void> {
  const b64 = fs.readFileSync(file).toString('base64');
  await page.getByTestId('dossier-drop').evaluate((el, { b64, name }) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name, { type: 'application/octet-stream' }));
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, { b64, name: path.basename(file) });
}

test('Berkas masuk: import by picker and by drop, already imported, tampered file refused, newer export is version 2', async ({ page, host }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-inbox-'));
  const sender = path.join(dir, 'lks');
  const file = path.join(dir, 'berkas-akreditasi.swanilai');
  const newer = path.join(dir, 'berkas-akreditasi-baru.swanilai');
  const tampered = path.join(dir, 'berkas-diubah.swanilai');
  cli('workspace', 'init', sender, '--sample');
  cli('dossier', 'export', '--workspace', sender, '--out', file);
  tamper(file, tampered);

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Berkas masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berkas masuk' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Belum ada dossier' })).toBeVisible();
  await expectAccessible(page, 'Berkas masuk (kosong)');
  await shot(page, 'inbox-empty');

  const picker = page.getByLabel('Pilih berkas dossier .swanilai');
  const rows = page.locator('.inbox-table tbody tr');
  await picker.setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('diimpor', { timeout: 30_000 });
  await expect(rows).toHaveCount(1);
  const first = rows.first();
  await expect(first).toContainText('CONTOH FIKTIF');
  await expect(first).toContainText('Utuh dan bertanda tangan sah');
  await expect(first).toContainText('Versi 1');
  await expect(first.locator('.inbox-fp')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
  await expectAccessible(page, 'Berkas masuk (satu dossier)');

  // The same file again: recognised, nothing added.
  await picker.setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('sudah pernah diimpor', { timeout: 30_000 });
  await expect(rows).toHaveCount(1);

  // One flipped byte inside an evidence file: one clear message, the details list every problem, nothing added.
  await picker.setInputFiles(tampered);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('berkas-diubah.swanilai ditolak', { timeout: 30_000 });
  await expect(alert).toContainText('Tidak ada yang ditambahkan');
  await alert.getByText('Lihat rincian').click();
  await expect(alert.locator('details li').first()).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expectAccessible(page, 'Berkas masuk (ditolak)');
  await shot(page, 'inbox-refused');

  // Drag and drop of the first file: already imported.
  await dropFile(page, file);
  await expect(page.getByRole('status')).toContainText('sudah pernah diimpor', { timeout: 30_000 });
  await expect(page.locator('.inbox-refused')).toHaveCount(0);
  await expect(rows).toHaveCount(1);

  // A newer export of the same round arrives as version 2, next to the first.
  cli('dossier', 'export', '--workspace', sender, '--out', newer);
  await dropFile(page, newer);
  await expect(page.getByRole('status')).toContainText('versi 2', { timeout: 30_000 });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Versi 2');

  // Keyboard: the picker button and the sort buttons are reachable and named.
  await page.getByRole('button', { name: 'Pilih berkas .swanilai' }).focus();
  await expect(page.getByRole('button', { name: 'Pilih berkas .swanilai' })).toBeFocused();
  const versionHead = page.locator('.inbox-table th').filter({ has: page.getByRole('button', { name: /^Versi/ }) });
  await expect(versionHead).toHaveAttribute('aria-sort', 'none');
  await versionHead.getByRole('button').press('Enter');
  await expect(versionHead).toHaveAttribute('aria-sort', /ascending|descending/);

  for (const size of [{ width: 1280, height: 900 }, { width: 1024, height: 800 }]) {
    await page.setViewportSize(size);
    await shot(page, 'inbox-list');
  }
  await expectAccessible(page, 'Berkas masuk (dua versi)');
  fs.rmSync(dir, { recursive: true, force: true });
});
