// Hostile text through the UI: markup, script, SQL, an RTL override, emoji and combining marks typed into the
// profile and an indicator note come back exactly after a reload, are shown as text on every screen that names
// them, and never run (no dialog, no global set by an onerror, no console error).
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';

const NAME = `Yayasan <img src=x onerror="window.__pwned=1"> '); DROP TABLE profile;-- \u202Egnp.exe 👩🏽‍⚕️ Lansia Sejahtera e\u0301`;
const NOTE = `<script>window.__pwned=1</script>"; DELETE FROM answer; -- ${'panjang '.repeat(480)}\u202E ✅`.slice(0, 4000);

async function notPwned(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

test('hostile text in the profile and a note survives exactly and stays inert', async ({ page, host }) => {
  test.setTimeout(120_000);
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Nama lembaga').fill(NAME);
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await expect.poll(async () => (await api(page, 'profile.get')).profile?.name).toBe(NAME);

  const [round] = await api<{ id: number }[]>(page, 'assessment.list');
  const roundId = round?.id ?? (await api<{ id: number }>(page, 'assessment.create', { name: 'Putaran uji' })).id;
  await api(page, 'assessment.setAnswer', { assessmentId: roundId, code: 'S1.01', note: NOTE });

  await page.reload();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(NAME);
  await notPwned(page);
  // Screens that print the LKS name or the note as text.
  for (const hash of ['#/assessment', '#/results', '#/dossier', '#/evidence']) {
    await page.goto(`${host.url.split('#')[0]}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await notPwned(page);
  }
  await page.goto(`${host.url.split('#')[0]}#/assessment`);
  const nav = page.getByRole('navigation', { name: 'Standar akreditasi' });
  await nav.getByRole('button', { name: /^S1 / }).click();
  await expect(page.locator('.std-panel .ind-card[data-code="S1.01"]').getByLabel('Catatan (tidak wajib)')).toHaveValue(NOTE);
  await notPwned(page);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
