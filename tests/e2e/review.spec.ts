// The assessor's review end to end: opened from the inbox, blind scores, keyboard and mouse, comment gap, revision, visit mode, undo, final and reopen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { runTs } from '../helpers/processes';
import { api, cli, expect, expectAccessible, ROOT, shot, SHOTS, test } from './fixtures';

const SIZES = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }];

/** Full page, and the window as the user sees it (the full page of a standard is very tall). */
async function shots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shot(page, name);
    await page.screenshot({ path: path.join(SHOTS, `${name}-window-${size.width}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
}

const card = (page: Page, code: string) => page.locator(`.tj-card[data-code="${code}"]`);
const saved = (page: Page) => expect(page.locator('.save-bar .save-status')).toHaveAttribute('data-state', 'saved');

test('Tinjauan: from the inbox, blind, keyboard and mouse, gap comment, revision, visit mode, undo, final and reopen', async ({ page, host }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-review-'));
  const sender = path.join(dir, 'lks');
  const file = path.join(dir, 'berkas-akreditasi.swanilai');
  cli('workspace', 'init', sender, '--sample');
  cli('dossier', 'export', '--workspace', sender, '--out', file);

  // Before any dossier: the review list points to "Berkas masuk".
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Tinjauan' }).click();
  await expect(page.getByRole('heading', { name: 'Belum ada dossier untuk ditinjau' })).toBeVisible();
  await expectAccessible(page, 'Tinjauan (kosong)');
  await page.getByRole('link', { name: 'Buka "Berkas masuk"' }).click();

  // Import, then open the review from the inbox row.
  await page.getByLabel('Pilih berkas dossier .swanilai').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('diimpor', { timeout: 30_000 });
  const row = page.locator('.inbox-table tbody tr').first();
  await expect(row.locator('.tj-state-badge')).toHaveText('Diajukan');
  await expectAccessible(page, 'Berkas masuk dengan kolom tinjauan');
  await row.getByRole('button', { name: /^Buka tinjauan/ }).click();
  await expect(page).toHaveURL(/#\/review\?id=\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CONTOH FIKTIF');
  const reviewId = Number(/id=(\d+)/.exec(page.url())![1]);

  // Blind by default: no self-score shows until the assessor scores the item.
  const blind = page.getByLabel('Penilaian buta: sembunyikan nilai mandiri sampai Anda menilai');
  await expect(blind).toBeChecked();
  const s101 = card(page, 'S1.01');
  await expect(s101.locator('.tj-self')).toHaveAttribute('data-self', 'hidden');
  await expect(s101).toContainText('Nilai mandiri disembunyikan');
  await expectAccessible(page, 'Tinjauan (S1)');

  // Mouse: a level card; the self-score then shows.
  await s101.getByRole('radio', { name: /^Tingkat 2:/ }).click();
  await expect(s101.getByRole('radio', { name: /^Tingkat 2:/ })).toHaveAttribute('aria-checked', 'true');
  await expect(s101.locator('.tj-self')).not.toHaveAttribute('data-self', 'hidden');
  await saved(page);

  // Keyboard: n moves to the next indicator, a digit sets its level.
  await s101.getByRole('radio', { name: /^Tingkat 2:/ }).focus();
  await page.keyboard.press('n');
  const s102 = card(page, 'S1.02');
  await expect(s102.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('1');
  await expect(s102.getByRole('radio', { name: /^Tingkat 1:/ })).toHaveAttribute('aria-checked', 'true');
  await expect(s102.locator('.tj-self')).not.toHaveAttribute('data-self', 'hidden');
  await saved(page);

  // A gap of two levels or more from the self-score asks for a comment.
  await page.keyboard.press('n');
  const s103 = card(page, 'S1.03');
  await page.keyboard.press('0');
  await expect(s103.locator('.tj-self')).not.toHaveAttribute('data-self', 'hidden');
  const selfText = await s103.locator('.tj-self').getAttribute('data-self');
  const selfLevel = Number(/(\d+)/.exec(selfText ?? '')?.[1] ?? 0);
  const gapLevel = selfLevel >= 2 ? 0 : 4;
  await page.keyboard.press(String(gapLevel));
  await expect(s103.getByRole('radio', { name: new RegExp(`^Tingkat ${gapLevel}:`) })).toHaveAttribute('aria-checked', 'true');
  await expect(s103.getByText('Perlu komentar', { exact: true })).toBeVisible();
  await expect(s103.locator('.tj-gap')).toContainText('tulis catatan asesor');
  await expect(s103).toHaveClass(/needs-comment/);
  await saved(page);

  // A revision request needs what to fix.
  await s102.getByRole('button', { name: 'Minta perbaikan…' }).click();
  await s102.getByRole('button', { name: 'Minta perbaikan', exact: true }).click();
  await expect(s102.getByRole('alert')).toContainText('Tulis apa yang harus diperbaiki');
  await s102.getByLabel('Apa yang harus diperbaiki LKS? (wajib)').fill('Lampirkan notulen rapat peninjauan visi dan misi.');
  await s102.getByRole('button', { name: 'Minta perbaikan', exact: true }).click();
  await expect(s102.locator('.tj-rev-shown')).toContainText('Lampirkan notulen rapat');
  await expect(s102).toHaveClass(/revision/);
  await saved(page);
  await shots(page, 'review-standard');

  // Undo (Ctrl+Z outside text fields) takes the request back.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.undo-msg')).toContainText('S1.02');
  await expect(s102.locator('.tj-rev-shown')).toHaveCount(0);
  await saved(page);

  // Evidence of the dossier opens inside the app (a PNG linked to S3.10).
  await page.getByRole('navigation', { name: 'Standar dan prinsip GCG' }).getByRole('button', { name: /^S3/ }).click();
  const s310 = card(page, 'S3.10');
  await s310.locator('.tj-evidence').evaluate((d: HTMLDetailsElement) => { d.open = true; });
  await s310.getByRole('button', { name: /^Lihat / }).click();
  const img = page.locator('dialog .ev-preview-img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await page.locator('dialog').getByRole('button', { name: 'Tutup' }).click();

  // GCG items per TARIF principle: met / partly / not met, N/A with a reason.
  await page.getByRole('navigation', { name: 'Standar dan prinsip GCG' }).getByRole('button', { name: /^T\b/ }).click();
  const gcg = page.locator('.tj-card[data-target="gcg"]').first();
  await gcg.getByRole('radio', { name: 'Sebagian' }).click();
  await expect(gcg.getByRole('radio', { name: 'Sebagian' })).toHaveAttribute('aria-checked', 'true');
  await expect(gcg.locator('.tj-self')).not.toHaveAttribute('data-self', 'hidden');
  await saved(page);
  await expectAccessible(page, 'Tinjauan (GCG)');
  await shots(page, 'review-gcg');

  // Visit mode: one line per indicator; an observation saves.
  await page.getByRole('tab', { name: 'Mode visitasi' }).click();
  const visitRow = page.locator('.tj-visit-row[data-code="S1.04"]');
  await visitRow.getByRole('radio', { name: /^Tingkat 3:/ }).click();
  await visitRow.getByLabel('Pengamatan visitasi S1.04').fill('Papan visi dan misi terpasang di ruang tamu.');
  await page.keyboard.press('Tab');
  await expect(page.locator('.tj-visit-row[data-code="S1.05"] [role=radio][tabindex="0"]')).toBeFocused();
  await saved(page);
  await expect(page.locator('.tj-visit-row[data-code="S1.01"] .tj-visit-self')).not.toHaveText('LKS: disembunyikan');
  await expect(page.locator('.tj-visit-row[data-code="S1.06"] .tj-visit-self')).toHaveText('LKS: disembunyikan');
  await expectAccessible(page, 'Tinjauan (mode visitasi)');
  await shots(page, 'review-visit');
  await page.getByRole('tab', { name: 'Per standar' }).click();
  await page.getByRole('navigation', { name: 'Standar dan prinsip GCG' }).getByRole('button', { name: /^S1/ }).click();
  await expect(card(page, 'S1.04').getByLabel('Pengamatan visitasi')).toHaveValue('Papan visi dan misi terpasang di ruang tamu.');

  // Setup through the API: score everything else as the LKS did (no gaps), except one indicator left open.
  await api(page, 'review.update', { reviewId, blind: false });
  const detail = await api(page, 'review.get', { id: reviewId });
  const cmp = await api(page, 'review.compare', { id: reviewId });
  const rows = cmp.rows.filter((r: any) => r.assessor === null);
  const open = rows.filter((r: any) => r.target === 'indicator').at(-1).code as string;
  for (const r of rows) {
    if (r.code === open) continue;
    const self = detail.self[`${r.target}:${r.code}`];
    if (r.target === 'gcg') await api(page, 'review.setItem', { reviewId, target: 'gcg', code: r.code, gcgValue: self?.gcgValue && self.gcgValue !== 'na' ? self.gcgValue : 'met' });
    else if (self?.notApplicable) await api(page, 'review.setItem', { reviewId, target: 'indicator', code: r.code, notApplicable: { reason: 'Sesuai alasan LKS, diperiksa saat visitasi' } });
    else await api(page, 'review.setItem', { reviewId, target: 'indicator', code: r.code, level: self?.level ?? 2 });
  }
  await api(page, 'review.update', { reviewId, blind: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CONTOH FIKTIF');

  // Finalize is refused and lists what blocks it: the open indicator and the uncommented gap, with links.
  await page.getByRole('tab', { name: 'Laporan & status' }).click();
  await page.getByLabel('Nama asesor').fill('Dra. Asesor Contoh');
  await page.getByLabel('Ringkasan visitasi').fill('Visitasi berjalan lancar; pengurus dan staf hadir.');
  await page.getByRole('button', { name: 'Tandai final' }).click();
  const blockers = page.locator('.tj-blockers');
  await expect(blockers).toContainText('Belum dapat ditandai final');
  await expect(blockers).toContainText('1 butir belum dinilai');
  await expect(blockers.getByRole('button', { name: `Ke butir ${open}` })).toBeVisible();
  await expect(blockers.getByRole('button', { name: 'Ke butir S1.03' })).toBeVisible();
  await expectAccessible(page, 'Tinjauan (laporan, final ditolak)');

  // The links jump to the items: score the open one by keyboard, comment the gap.
  await blockers.getByRole('button', { name: `Ke butir ${open}` }).click();
  await expect(card(page, open).getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('2');
  await expect(card(page, open).getByRole('radio', { name: /^Tingkat 2:/ })).toHaveAttribute('aria-checked', 'true');
  await saved(page);
  await page.getByRole('tab', { name: 'Laporan & status' }).click();
  await page.getByRole('button', { name: 'Tandai final' }).click();
  await expect(page.locator('.tj-blockers')).not.toContainText('belum dinilai');
  await page.locator('.tj-blockers').getByRole('button', { name: 'Ke butir S1.03' }).click();
  await card(page, 'S1.03').getByLabel('Catatan asesor').fill('Dokumen yang diklaim tidak ditemukan saat visitasi; hanya draf.');
  await card(page, 'S1.03').getByLabel('Catatan asesor').blur();
  await saved(page);
  await expect(card(page, 'S1.03')).not.toHaveClass(/needs-comment/);

  // Final locks every score.
  await page.getByRole('tab', { name: 'Laporan & status' }).click();
  await expect(page.getByLabel('Nama asesor')).toHaveValue('Dra. Asesor Contoh');
  await page.getByRole('button', { name: 'Tandai final' }).click();
  await expect(page.locator('.tj-final-banner')).toContainText('Final — terkunci');
  await expect(page.getByLabel('Nama asesor')).toBeDisabled();
  await expect(page.locator('.tj-log')).toContainText('Ditandai final');
  await shots(page, 'review-final');
  await page.getByRole('tab', { name: 'Per standar' }).click();
  await expect(card(page, 'S1.01').getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
  await card(page, 'S1.01').getByRole('radio', { name: /^Tingkat 4:/ }).click({ force: true });
  await expect(card(page, 'S1.01').getByRole('radio', { name: /^Tingkat 2:/ })).toHaveAttribute('aria-checked', 'true');
  await expect(card(page, 'S1.01').getByLabel('Catatan asesor')).toBeDisabled();
  await expectAccessible(page, 'Tinjauan (final)');
  await shots(page, 'review-final-standard');

  // Outputs: the DOCX may not exist yet; either a download or a plain error message.
  await page.getByRole('tab', { name: 'Laporan & status' }).click();
  await page.getByRole('button', { name: 'Laporan asesor (DOCX)' }).click();
  await expect(page.locator('.tj-outputs .notice')).toContainText(/diunduh|gagal dibuat/, { timeout: 30_000 });

  // Reopen needs a reason, which is logged.
  await page.getByRole('button', { name: 'Buka kembali…' }).click();
  await page.getByRole('button', { name: 'Buka kembali', exact: true }).click();
  await expect(page.locator('.tj-state').getByRole('alert')).toContainText('Tulis alasannya');
  await page.getByLabel('Alasan membuka kembali (wajib, dicatat di log)').fill('LKS mengirim SK pengurus yang baru.');
  await page.getByRole('button', { name: 'Buka kembali', exact: true }).click();
  await expect(page.locator('.tj-final-banner')).toHaveCount(0);
  await expect(page.locator('.tj-log')).toContainText('Dibuka kembali: LKS mengirim SK pengurus yang baru.');
  await expect(page.getByLabel('Nama asesor')).toBeEnabled();

  // The LKS changes one answer and sends version 2: the review follows it and lists what changed.
  const changed = runTs(path.join(ROOT, 'tests/e2e/change-answer.ts'), [sender, 'S1.06']);
  expect(changed.status, changed.stderr).toBe(0);
  const { after } = JSON.parse(changed.stdout.trim().split('\n').at(-1)!) as { before: number | null; after: number };
  const file2 = path.join(dir, 'berkas-akreditasi-v2.swanilai');
  cli('dossier', 'export', '--workspace', sender, '--out', file2);
  await page.getByRole('navigation').getByRole('link', { name: 'Berkas masuk' }).click();
  await page.getByLabel('Pilih berkas dossier .swanilai').setInputFiles(file2);
  await expect(page.getByRole('status')).toContainText('versi 2', { timeout: 30_000 });
  await expectAccessible(page, 'Berkas masuk (dua versi, tinjauan)');
  await shots(page, 'review-inbox');
  await page.locator('.inbox-table tbody tr').filter({ hasText: 'Versi 2' }).getByRole('button', { name: /^Buka tinjauan/ }).click();
  const toggle = page.getByRole('button', { name: 'v2 — 1 perubahan sejak v1' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(page.locator('.tj-changes li')).toHaveCount(1);
  await expect(page.locator('.tj-changes li')).toContainText(`S1.06`);
  await expect(page.locator('.tj-changes li')).toContainText(`→ Tingkat ${after}`);
  await expect(card(page, 'S1.06').getByText('Berubah sejak v1')).toBeVisible();
  await expectAccessible(page, 'Tinjauan v2 dengan perubahan');

  // The list shows the review with its state.
  await page.getByRole('link', { name: '← Semua tinjauan' }).click();
  await expect(page.locator('.tj-list tbody tr')).toHaveCount(1);
  await expect(page.locator('.tj-list .tj-state-badge')).toHaveText(/Sudah diperbaiki|Sedang ditinjau/);
  await shots(page, 'review-list');
  await expectAccessible(page, 'Daftar tinjauan');
  fs.rmSync(dir, { recursive: true, force: true });
});
