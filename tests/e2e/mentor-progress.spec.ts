// The "Perkembangan" section of the Kunjungan screen: three yearly dossiers of one LKS (received with the real
// services) plus a manual record from an earlier year give two charts (6 standards, 5 TARIF principles, 3 years)
// and the changes between rounds; an LKS with only a list record shows the empty state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { runTs, ROOT } from '../helpers/processes';
import { api, expect, expectAccessible, shot, test } from './fixtures';

const FIXTURE = path.join(ROOT, 'tests/helpers/progress-fixture.ts');

test('Perkembangan: per-standard and GCG charts over three years, what changed, empty state for a list-only LKS', async ({ page, host }) => {
  test.setTimeout(180_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-progress-'));
  await host.stop();
  const r = runTs(FIXTURE, [host.workspace, out], { timeout: 150_000 });
  if (r.status !== 0) throw new Error(`progress fixture failed: ${r.stderr}`);
  await host.restart();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Kunjungan' })).toBeVisible();
  // Records through the API: the received dossiers into the portfolio, a manual record for 2023, a list-only LKS.
  expect(await api(page, 'portfolio.fromDossiers')).toMatchObject({ created: 1, records: 3 });
  const [lks] = await api<{ id: number; name: string }[]>(page, 'portfolio.list');
  await api(page, 'portfolio.update', { id: lks.id, record: { year: 2023, typology: 'C', grade: 'C' } });
  const other = await api<{ id: number }>(page, 'portfolio.add', { name: 'LKSA Tunas Harapan', record: { year: 2025, typology: 'B' } });

  await page.goto(`${host.url.split('#')[0]}#/visits?lks=${lks.id}`);
  const progress = page.getByTestId('progress');
  await expect(progress.getByRole('heading', { name: 'Perkembangan' })).toBeVisible();
  const standards = progress.getByTestId('progress-standards');
  await expect(standards.locator('[data-series]')).toHaveCount(6);
  await expect(standards.locator('circle[data-point]')).toHaveCount(18);
  await expect(standards.locator('.pg-year')).toHaveText(['2024', '2025', '2026']);
  const gcg = progress.getByTestId('progress-gcg');
  await expect(gcg.locator('[data-series]')).toHaveCount(5);
  await expect(gcg.locator('circle[data-point]')).toHaveCount(15);
  await expect(gcg.locator('[data-series=T] circle[data-point]').first().locator('title')).toHaveText('T Transparansi: 0');
  // The table equivalent holds the same numbers.
  await expect(standards.getByRole('table')).toContainText('S4 Sumber Daya Manusia');
  await expect(gcg.getByRole('table').getByRole('row')).toHaveCount(6);

  const changes = progress.getByTestId('progress-changes').locator(':scope > li');
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0).getByRole('heading')).toHaveText('2023 → 2024');
  await expect(changes.nth(0)).toContainText('Baru dinilai per standar: S1, S2, S3, S4, S5, S6');
  await expect(changes.nth(1).getByRole('heading')).toHaveText('2024 → 2025');
  await expect(changes.nth(1)).toContainText(/Nilai \d+(,\d)? → \d+(,\d)? \(\+/);
  await expect(changes.nth(1)).toContainText('S4 Sumber Daya Manusia:');
  await expect(changes.nth(1)).toContainText('GCG T Transparansi: 0 →');
  await expect(changes.nth(2)).toContainText('S6 Hasil Pelayanan:');
  await expectAccessible(page, 'Perkembangan');
  await progress.scrollIntoViewIfNeeded();
  await shot(page, 'mentor-progress');

  // English.
  await api(page, 'settings.set', { language: 'en' });
  await page.reload();
  await expect(page.getByTestId('progress').getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expect(page.getByTestId('progress-changes')).toContainText('S4 Human Resources:');
  await api(page, 'settings.set', { language: 'id' });

  // Only a list record: no per-standard scores, the empty state says what to do.
  await page.goto(`${host.url.split('#')[0]}#/visits?lks=${other.id}`);
  await page.reload();
  await expect(page.getByTestId('progress-empty')).toHaveText('Belum ada nilai per standar — impor berkas akreditasi LKS ini untuk melihat perkembangan');
  await expect(page.getByTestId('progress-standards')).toHaveCount(0);
  await expect(page.getByTestId('progress')).toContainText('Baru ada satu catatan');
  await expectAccessible(page, 'Perkembangan kosong');
  fs.rmSync(out, { recursive: true, force: true });
});
