// Clearing an answer back to "not answered" on the sample LKS, seeing the count follow, and undoing it.
import { expect, expectAccessible, test } from './fixtures';

test('an answer can be cleared back to unanswered and the clearing undone', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dengan LKS contoh/ }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH/);
  await page.getByRole('link', { name: 'Penilaian mandiri' }).click();
  const card = page.locator('.ind-card[data-code="S1.01"]');
  await expect(card.getByRole('radio', { checked: true })).toHaveCount(1);
  const answered = page.locator('.as-layout').getByText(/^\d+ dari \d+$/).first();
  const before = await answered.textContent();
  await card.getByRole('button', { name: /Kosongkan jawaban S1\.01/ }).click();
  await expect(card.getByText('Belum dijawab')).toBeVisible();
  await expect(card.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(answered).not.toHaveText(before!);
  await expectAccessible(page, 'assessment with a cleared answer');
  await page.getByRole('button', { name: /Urungkan/ }).click();
  await expect(card.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(answered).toHaveText(before!);
  await page.reload();
  await expect(page.locator('.ind-card[data-code="S1.01"]').getByRole('radio', { checked: true })).toHaveCount(1);
});
