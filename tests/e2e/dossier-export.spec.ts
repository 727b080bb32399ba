// The LKS exports its accreditation dossier: grouped gaps, confirm, progress, result, browser download verified by the CLI; cancel leaves nothing.
import fs from 'node:fs';
import path from 'node:path';
import { cli as runCli } from '../helpers/processes';
import { expect, expectAccessible, shot, test } from './fixtures';

test('export the sample dossier, download it and verify it; a cancel leaves no file', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dengan LKS contoh/ }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH/);
  await page.getByRole('link', { name: 'Berkas akreditasi' }).click();
  await expect(page.getByRole('heading', { name: 'Berkas akreditasi', level: 1 })).toBeVisible();
  await expect(page.getByText(/Masih ada \d+ hal yang kurang/)).toBeVisible();
  const groups = page.locator('.dos-group');
  expect(await groups.count()).toBeGreaterThan(0);
  await expect(groups.first().getByRole('link', { name: /^Buka / })).toBeVisible();
  await expect(page.getByTestId('dossier-fingerprint')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
  await expectAccessible(page, 'dossier screen');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 768 });
    await shot(page, 'dossier-check');
  }

  // Findings exist, so a confirm dialog comes first; its safe choice (Batal) has the focus.
  await page.getByRole('button', { name: 'Ekspor berkas akreditasi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor tetap?' });
  await expect(dialog).toContainText('Daftar kekurangan ikut dicatat dalam berkas');
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
  await expectAccessible(page, 'dossier confirm');
  await dialog.getByRole('button', { name: 'Ya, ekspor' }).click();
  await expect(page.getByRole('progressbar', { name: 'Kemajuan ekspor' }).or(page.getByText('Berkas siap'))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Berkas siap' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Berkas sudah diperiksa ulang setelah ditulis.')).toBeVisible();
  const fileName = (await page.getByTestId('dossier-file').textContent())!;
  expect(fileName).toMatch(/^berkas-akreditasi-.+\.swanilai$/);
  await expectAccessible(page, 'dossier result');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 768 });
    await shot(page, 'dossier-result');
  }

  // A reload (or coming back to the screen) picks the finished export up again instead of offering a new one.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Berkas siap' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('dossier-file')).toHaveText(fileName);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh berkas' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  const saved = path.join(host.workspace, '..', `${path.basename(host.workspace)}-${fileName}`);
  await download.saveAs(saved);
  try {
    const r = runCli('dossier', 'verify', saved, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  } finally {
    fs.rmSync(saved, { force: true });
  }

  // Cancel: the status poll is held back so "Batal" is pressed while the job still counts as running here;
  // the back end then either stops the job (no file) or had finished it (one more file). Either way no part file stays.
  const before = fs.readdirSync(path.join(host.workspace, 'exports'));
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/api/dossier.exportStatus', async (route) => { await held; await route.continue(); });
  await page.getByRole('button', { name: 'Ekspor lagi' }).click();
  await page.getByRole('dialog', { name: 'Ekspor tetap?' }).getByRole('button', { name: 'Ya, ekspor' }).click();
  await page.getByRole('button', { name: 'Batal' }).click();
  release();
  await expect(page.getByText('Ekspor dibatalkan; tidak ada berkas yang ditulis.').or(page.getByText('Berkas siap'))).toBeVisible({ timeout: 60_000 });
  const after = fs.readdirSync(path.join(host.workspace, 'exports'));
  expect(after.filter((n) => n.includes('.part-'))).toEqual([]);
  if (await page.getByText('Ekspor dibatalkan').isVisible()) {
    expect(after).toEqual(before);
    await shot(page, 'dossier-cancelled');
  }
});
