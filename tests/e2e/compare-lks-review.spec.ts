// The assessor's comparison screen (blind, then open; sort by difference, filters, search, links to the review) and
// the LKS importing the review file BALKS sent back and marking an item "diperbaiki". Files come from the real services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { runTs, ROOT } from '../helpers/processes';
import { api, expect, expectAccessible, shot, test } from './fixtures';

const FIXTURE = path.join(ROOT, 'tests/helpers/review-fixture.ts');

function prepare<T>(mode: 'assessor' | 'lks', workspace: string, out: string): T {
  const r = runTs(FIXTURE, [mode, workspace, out], { timeout: 170_000 });
  if (r.status !== 0) throw new Error(`review fixture ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
}

async function dropFile(page: Page, testId: string, file: string): Promise<void> {
  const b64 = fs.readFileSync(file).toString('base64');
  await page.getByTestId(testId).evaluate((el, { b64, name }) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name, { type: 'application/octet-stream' }));
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, { b64, name: path.basename(file) });
}

const SIZES = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }];

test('Perbandingan: blind until all scored, estimates side by side, sort by difference, filters, links to the review', async ({ page, host }) => {
  test.setTimeout(240_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-compare-'));
  await host.stop();
  const f = prepare<{ reviewId: number; gap: string; noted: string; up: string; leave: string; leaveAnswer: { level: number | null; notApplicable: boolean } }>('assessor', host.workspace, out);
  await host.restart();

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Perbandingan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Perbandingan penilaian' })).toBeVisible();
  // No id: pick the review from the list.
  await expect(page.getByRole('heading', { name: 'Pilih tinjauan untuk dibandingkan' })).toBeVisible();
  await page.getByRole('link', { name: /CONTOH FIKTIF.*versi 1/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?id=${f.reviewId}$`));

  // Blind and one item unscored: the self side is hidden, the assessor's estimates are shown.
  await expect(page.getByTestId('hidden-self')).toContainText('disembunyikan sampai setiap butir dinilai');
  await expect(page.getByTestId('side-self')).toContainText('Disembunyikan');
  await expect(page.getByTestId('side-assessor')).toContainText('Peringkat (perkiraan)');
  await expect(page.locator('[data-testid="compare-items"] tr[data-code="S1.01"] td.col-self')).toHaveText('tersembunyi');
  await expectAccessible(page, 'Perbandingan (buta)');
  await shot(page, 'compare-blind');

  // Scoring the last item opens the self side.
  const a = f.leaveAnswer;
  await api(page, 'review.setItem', a.notApplicable
    ? { reviewId: f.reviewId, target: 'indicator', code: f.leave, notApplicable: { reason: 'tidak berlaku menurut asesor' } }
    : { reviewId: f.reviewId, target: 'indicator', code: f.leave, level: a.level });
  await page.reload();
  await expect(page.getByTestId('side-self')).toContainText('Total (perkiraan)');
  await expect(page.getByTestId('hidden-self')).toHaveCount(0);
  await expect(page.locator('.cmp-estimate').first()).toContainText('PERKIRAAN');

  // Per standard: S1 differs (sign and words, not colour alone).
  const s1 = page.locator('[data-testid="compare-standards"] tr[data-code="S1"]');
  await expect(s1).toHaveClass(/differs/);
  await expect(s1.locator('.cmp-delta')).toHaveText(/^[▲▼] [+−]\d/);

  const items = page.locator('[data-testid="compare-items"] tbody tr');
  const all = await items.count();
  expect(all).toBeGreaterThan(50);

  // Sort by difference: the two-level gaps first.
  const diffHead = page.locator('[data-testid="compare-items"] th').filter({ has: page.getByRole('button', { name: /^Selisih/ }) });
  await expect(diffHead).toHaveAttribute('aria-sort', 'none');
  await diffHead.getByRole('button').click();
  await expect(diffHead).toHaveAttribute('aria-sort', 'descending');
  expect([f.gap, f.noted]).toContain(await items.nth(0).getAttribute('data-code'));
  expect([f.gap, f.noted]).toContain(await items.nth(1).getAttribute('data-code'));
  await expect(items.nth(2)).toHaveAttribute('data-code', f.up);
  await expect(items.nth(2).locator('td.col-diff')).toHaveText('▲ +1');
  await expect(page.locator(`[data-testid="compare-items"] tr[data-code="${f.gap}"]`)).toHaveClass(/big/);
  await shot(page, 'compare-sorted');

  // "Perlu komentar": only the gap without a comment, flagged in words.
  await page.getByLabel('Perlu komentar').check();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-code', f.gap);
  await expect(items.first()).toContainText('Perlu komentar');
  await expect(items.first().getByRole('link', { name: `Buka ${f.gap} di layar tinjauan` })).toHaveAttribute('href', `#/review?id=${f.reviewId}&code=${f.gap}`);
  await page.getByLabel('Perlu komentar').uncheck();

  // "Hanya yang berbeda": the three changed items.
  await page.getByLabel('Hanya yang berbeda').check();
  await expect(items).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'butir' })).toContainText(`3 dari ${all} butir`);
  await page.getByLabel('Hanya yang berbeda').uncheck();

  // Search by code; keyboard sorting by code.
  await page.getByLabel('Cari kode atau butir').fill(f.up);
  await expect(items).toHaveCount(1);
  await page.getByLabel('Cari kode atau butir').fill('');
  await expect(items).toHaveCount(all);
  const codeHead = page.locator('[data-testid="compare-items"] th').filter({ has: page.getByRole('button', { name: /^Kode/ }) });
  await codeHead.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(codeHead).toHaveAttribute('aria-sort', 'ascending');
  await diffHead.getByRole('button').click();

  await expectAccessible(page, 'Perbandingan');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shot(page, 'compare');
  }

  // In English too.
  await page.setViewportSize(SIZES[0]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment comparison' })).toBeVisible();
  await expect(page.getByTestId('side-self')).toContainText('Grade (estimate)');
  await expect(page.locator('[data-testid="compare-items"] th').filter({ has: page.getByRole('button', { name: /^Difference/ }) })).toHaveAttribute('aria-sort', 'descending');
  await expectAccessible(page, 'Comparison (English)');
  await shot(page, 'compare-en');
  fs.rmSync(out, { recursive: true, force: true });
});

test('Hasil tinjauan BALKS: refused files, review file imported by drop, revision item marked diperbaiki', async ({ page, host }) => {
  test.setTimeout(240_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-lks-review-'));
  await host.stop();
  const f = prepare<{ reviewFile: string; foreignFile: string; dossier: string; revise: string; gap: string; fingerprint: string }>('lks', host.workspace, out);
  await host.restart();

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Berkas akreditasi' }).click();
  const section = page.getByTestId('review-received');
  await expect(section.getByRole('heading', { name: 'Hasil tinjauan BALKS' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Belum ada hasil tinjauan' })).toBeVisible();
  await expectAccessible(page, 'Berkas akreditasi (tanpa tinjauan)');

  // A review of another LKS's dossier: one clear message, nothing added.
  const picker = page.getByLabel('Pilih berkas tinjauan .swanilai');
  await picker.setInputFiles(f.foreignFile);
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('tinjauan-lks-lain.swanilai ditolak', { timeout: 30_000 });
  await expect(alert).toContainText('tidak pernah dikirim dari ruang kerja ini');
  await expect(alert).toContainText('Tidak ada yang ditambahkan');
  await alert.getByText('Lihat rincian').click();
  await expect(alert.locator('details li')).toContainText('UNKNOWN_DOSSIER');
  await expect(section.getByRole('heading', { name: 'Belum ada hasil tinjauan' })).toBeVisible();
  await expectAccessible(page, 'Berkas akreditasi (tinjauan ditolak)');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'lks-review-refused');

  // The LKS's own dossier is not a review file.
  await picker.setInputFiles(f.dossier);
  await expect(alert).toContainText('bukan hasil tinjauan', { timeout: 30_000 });

  // The real review file, dropped on the box.
  await dropFile(page, 'review-drop', f.reviewFile);
  await expect(section.getByRole('status').first()).toContainText('diterima', { timeout: 30_000 });
  await expect(section.locator('.rv-refused')).toHaveCount(0);
  const review = section.locator('article.rv-review');
  await expect(review).toHaveCount(1);
  await expect(review.getByTestId('review-fingerprint')).toHaveText(f.fingerprint);
  await expect(review).toContainText('Perlu perbaikan');
  await expect(review).toContainText('Draf (belum final)');
  await expect(review).toContainText('PERKIRAAN');
  await expect(review).toContainText('SK pengurus perlu diperbarui');
  // The item to revise comes first, with the assessor's request, scores side by side.
  const rev = review.locator(`li.rv-rev[data-code="${f.revise}"]`);
  await expect(rev).toContainText('Lampirkan SK pengurus yang masih berlaku.');
  await expect(rev).toContainText('▲ +1');
  await expect(review.locator('[data-testid="review-items"] tbody tr').first()).toHaveAttribute('data-code', f.revise);
  await expect(review.locator(`[data-testid="review-items"] tr[data-code="${f.gap}"]`)).toContainText(/[▲▼] [+−]\d/);
  await expect(review).toContainText('Berkas akreditasi berikutnya yang Anda ekspor membawa tanda');
  // By default only what needs attention; "Tampilkan semua butir" lists every item the assessor scored.
  const tableRows = review.locator('[data-testid="review-items"] tbody tr');
  const some = await tableRows.count();
  await review.getByLabel('Tampilkan semua butir').check();
  await expect.poll(() => tableRows.count()).toBeGreaterThan(some + 50);
  await review.getByLabel('Tampilkan semua butir').uncheck();
  await expect(tableRows).toHaveCount(some);
  await expectAccessible(page, 'Berkas akreditasi (tinjauan diterima)');

  // Mark it revised with a note, by keyboard.
  await rev.getByLabel(`Catatan untuk asesor (opsional) (${f.revise})`).fill('SK pengurus 2025 sudah dilampirkan.');
  const toggle = rev.getByRole('checkbox', { name: `Tandai diperbaiki (${f.revise})` });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(rev).toContainText('Ditandai diperbaiki');
  await expect(rev).toHaveClass(/fixed/);
  const marks = await api(page, 'revision.list', { assessmentId: (await api(page, 'assessment.list', {}) as { id: number }[])[0].id }) as { marks: { code: string; note: string | null }[] };
  expect(marks.marks).toEqual([expect.objectContaining({ code: f.revise, note: 'SK pengurus 2025 sudah dilampirkan.' })]);

  // After a reload the mark and its note are still there.
  await page.reload();
  const rev2 = page.getByTestId('review-received').locator(`li.rv-rev[data-code="${f.revise}"]`);
  await expect(rev2.getByRole('checkbox', { name: `Tandai diperbaiki (${f.revise})` })).toBeChecked();
  await expect(rev2.getByLabel(`Catatan untuk asesor (opsional) (${f.revise})`)).toHaveValue('SK pengurus 2025 sudah dilampirkan.');

  await expectAccessible(page, 'Berkas akreditasi (butir ditandai)');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByTestId('review-received').scrollIntoViewIfNeeded();
    await shot(page, 'lks-review');
  }
  await page.setViewportSize(SIZES[0]);
  await page.getByRole('button', { name: 'English' }).click();
  const en = page.getByTestId('review-received');
  await expect(en.getByRole('heading', { name: 'BALKS review results' })).toBeVisible();
  await expect(en.getByRole('checkbox', { name: `Mark revised (${f.revise})` })).toBeChecked();
  await expect(en).toContainText('Needs revision');
  await expectAccessible(page, 'Accreditation dossier review (English)');
  fs.rmSync(out, { recursive: true, force: true });
});
