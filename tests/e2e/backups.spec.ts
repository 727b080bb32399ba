// Backups in the browser: make one, change the data, restore it after confirming (the state it replaced is kept),
// then damage the database file: the app opens on the recovery screen only and the data comes back from a backup.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, shot, test } from './fixtures';

const profileName = async (page: Page) => (await api<{ profile: { name: string } }>(page, 'profile.get')).profile.name;

test('a backup is made, restored after confirming, and brings back a damaged workspace', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await api(page, 'workspace.loadSample');
  const sample = await profileName(page);

  await page.goto(`${host.url.split('#')[0]}#/backups`);
  await expect(page.getByRole('heading', { name: 'Cadangan', level: 1 })).toBeVisible();
  const rows = page.getByTestId('backups').locator('tbody tr');
  // The web host made the day's backup when it opened the workspace.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Harian');
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  await expect(page.getByRole('status')).toContainText('Cadangan dibuat');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Dibuat manual');

  await api(page, 'profile.save', { profile: { name: 'Nama Sesudah Cadangan' } });
  await rows.first().getByRole('button', { name: /Pulihkan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Pulihkan cadangan?' });
  await expect(dialog).toContainText('dicadangkan dulu');
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
  await expectAccessible(page, 'restore confirmation');
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Dipulihkan dari cadangan');
  // The app reloads on the restored database.
  await expect(rows).toHaveCount(3, { timeout: 15_000 });
  expect(await profileName(page)).toBe(sample);
  await expect(rows.first()).toContainText('Sebelum pemulihan');
  await expectAccessible(page, 'backups');
  await shot(page, 'backups');

  // A failing disk: pages in the middle of the database file are overwritten while the app is closed.
  await host.stop();
  const db = path.join(host.workspace, 'swanilai.sqlite');
  const h = fs.openSync(db, 'r+');
  fs.writeSync(h, Buffer.alloc(32_768, 0xde), 0, 32_768, 4096 * 2);
  fs.closeSync(h);
  await host.restart();
  await page.goto(host.url);
  const alert = page.getByRole('alert').filter({ hasText: 'Basis data ruang kerja rusak' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buat cadangan sekarang' })).toBeDisabled();
  await expectAccessible(page, 'recovery');
  await shot(page, 'backups-recovery');
  // The newest backup is the state the first restore replaced: the renamed profile comes back.
  await expect(rows.first()).toContainText('Sebelum pemulihan');
  await rows.first().getByRole('button', { name: /Pulihkan/ }).click();
  await expect(dialog).toContainText('rusak');
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click();
  await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
  expect(await profileName(page)).toBe('Nama Sesudah Cadangan');
  expect(fs.readdirSync(path.join(host.workspace, 'backups')).some((n) => n.startsWith('damaged-'))).toBe(true);
});
