// `npm run start:web -- --open-file FILE`: the app opens on the screen that imports the file and imports it by id
// (the browser never sends a path); a damaged dossier is refused with its reasons, a file of no known kind plainly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTs } from '../helpers/processes';
import { cli, expect, expectAccessible, ROOT, shot, startHost, test, tamper } from './fixtures';

const REVIEW_FIXTURE = path.join(ROOT, 'tests/helpers/review-fixture.ts');

function listed(workspace: string): { id: number; lksName: string | null }[] {
  return JSON.parse(cli('dossier', 'list', '--workspace', workspace, '--json')) as { id: number; lksName: string | null }[];
}

test('--open-file: a dossier lands in Berkas masuk and is imported; a tampered one and an unknown file are refused, nothing imported', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-open-'));
  const sender = path.join(dir, 'lks');
  const file = path.join(dir, 'dossier-kiriman.swanilai');
  const tampered = path.join(dir, 'dossier-rusak.swanilai');
  const garbage = path.join(dir, 'bukan-dossier.swanilai');
  cli('workspace', 'init', sender, '--sample');
  cli('dossier', 'export', '--workspace', sender, '--out', file);
  tamper(file, tampered);
  fs.writeFileSync(garbage, 'ini bukan arsip zip');
  const ws = path.join(dir, 'balks');

  // First run: a sound dossier. The page is opened at the bare address; the app itself goes to Berkas masuk.
  let host = await startHost(ws, ['--open-file', file]);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Berkas masuk' })).toBeVisible();
  expect(page.url()).toMatch(/#\/assessor$/);
  await expect(page.getByRole('status')).toContainText('dossier-kiriman.swanilai diimpor', { timeout: 30_000 });
  const rows = page.locator('.inbox-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('CONTOH FIKTIF');
  // Region names arrive after the rows; the table must show them, not the codes.
  await expect(rows.first()).toContainText('Kabupaten Sleman');
  await expectAccessible(page, 'Berkas masuk (dibuka dari --open-file)');
  await shot(page, 'open-file-imported');
  // Reloading does not import it again: the entry left the pending list with the import.
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(page.locator('.inbox-outcome')).toHaveCount(0);
  await host.stop();
  expect(listed(ws)).toHaveLength(1);

  // Second run: the same dossier with one byte changed, and a file that is not a Swanilai file at all.
  host = await startHost(ws, ['--open-file', tampered]);
  await page.goto(host.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('dossier-rusak.swanilai ditolak', { timeout: 30_000 });
  await expect(alert).toContainText('Tidak ada yang ditambahkan');
  await alert.getByText('Lihat rincian').click();
  await expect(alert.locator('details li').first()).toBeVisible();
  await expect(rows).toHaveCount(1);
  await shot(page, 'open-file-refused');
  await host.stop();

  host = await startHost(ws, ['--open-file', garbage]);
  await page.goto(host.url);
  await expect(alert).toContainText('bukan-dossier.swanilai ditolak: bukan berkas Swanilai yang dikenal', { timeout: 30_000 });
  await expect(alert).toContainText('Tidak ada yang ditambahkan');
  // The same refusal in English once the language is switched.
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await page.getByRole('navigation').getByRole('link', { name: 'Incoming dossiers' }).click();
  await expect(rows).toHaveCount(1);
  await host.stop();
  // Started again in English: the refusal of an unknown file reads in English.
  host = await startHost(ws, ['--open-file', garbage]);
  await page.goto(host.url);
  await expect(alert).toContainText('bukan-dossier.swanilai refused: not a known Swanilai file', { timeout: 30_000 });
  await expect(alert).toContainText('Nothing was added');
  await shot(page, 'open-file-unknown-en');
  await host.stop();
  expect(listed(ws)).toHaveLength(1);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--open-file: a review file lands in Berkas akreditasi and is received for the round it belongs to', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-open-review-'));
  const ws = path.join(dir, 'lks');
  const r = runTs(REVIEW_FIXTURE, ['lks', ws, dir], { timeout: 170_000 });
  if (r.status !== 0) throw new Error(`review fixture failed: ${r.stderr}`);
  const { reviewFile } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { reviewFile: string };

  const host = await startHost(ws, ['--open-file', reviewFile]);
  await page.goto(host.url);
  await expect(page).toHaveURL(/#\/dossier$/);
  await expect(page.getByRole('status').filter({ hasText: 'diterima' })).toContainText(`${path.basename(reviewFile)} diterima`, { timeout: 30_000 });
  await shot(page, 'open-file-review');
  await host.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});
