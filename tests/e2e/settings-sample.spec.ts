// Settings and the sample LKS: never offered over a real LKS (the safe way is shown instead); a sample-only workspace may be reset.
import { cli, expect, expectAccessible, shot, test } from './fixtures';

const nav = (page: import('@playwright/test').Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

test('with a real LKS profile, Settings offers no sample button and shows how to try the sample safely', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Nama lembaga').fill('Yayasan Harapan Sungguhan');
  await expect.poll(() => JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json')).profile?.name, { intervals: [250, 500, 1000] })
    .toBe('Yayasan Harapan Sungguhan');
  await nav(page, 'Pengaturan').click();
  await expect(page.getByRole('heading', { level: 2, name: 'LKS contoh' })).toBeVisible();
  await expect(page.getByRole('button', { name: /LKS contoh/ })).toHaveCount(0);
  const note = page.getByRole('note');
  await expect(note).toContainText('berisi data LKS Anda');
  await expect(note).toContainText('npm run -s cli -- workspace init FOLDER --sample');
  await expect(note).toContainText('--workspace FOLDER');
  await expectAccessible(page, 'settings with a real LKS');
  await shot(page, 'settings-sample-refused');
  // Nothing was mixed in: still the user's own profile and no rounds.
  expect(JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json')).profile.name).toBe('Yayasan Harapan Sungguhan');
  expect(JSON.parse(cli('assessment', 'list', '--workspace', host.workspace, '--json'))).toEqual([]);
});

test('a workspace holding only the sample can reload it from Settings', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dengan LKS contoh/ }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH FIKTIF/);
  await page.getByLabel('Nama lembaga').fill('Coba ganti nama contoh');
  await expect.poll(() => JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json')).profile?.name, { intervals: [250, 500, 1000] })
    .toBe('Coba ganti nama contoh');
  await nav(page, 'Pengaturan').click();
  await expect(page.getByText('Ruang kerja ini hanya berisi LKS contoh')).toBeVisible();
  page.once('dialog', (d) => { expect(d.message()).toContain('keadaan awal'); void d.accept(); });
  await page.getByRole('button', { name: 'Muat ulang LKS contoh' }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH FIKTIF/);
  expect(JSON.parse(cli('assessment', 'list', '--workspace', host.workspace, '--json'))).toHaveLength(1);
});
