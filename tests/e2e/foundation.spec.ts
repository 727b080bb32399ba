// The foundation end to end: first run, profile autosave and persistence, language switch, sample LKS.
import { cli, expect, expectAccessible, shot, test } from './fixtures';

test('first run offers the sample; a typed profile persists across reload and restart and reaches the CLI', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Swanilai' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await shot(page, 'welcome');

  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await expect(page.getByRole('heading', { name: 'Profil LKS' })).toBeVisible();
  await page.getByLabel('Nama lembaga').fill('Yayasan Uji Coba Sejahtera');
  await page.getByLabel('Bentuk badan hukum').selectOption('yayasan');
  await page.getByLabel('Jenis LKS').selectOption('lansia');
  await page.getByLabel('Provinsi').selectOption({ label: 'Daerah Istimewa Yogyakarta' });
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bantul' });
  await page.getByLabel('Kecamatan').selectOption({ index: 1 });
  await page.getByLabel('Desa/kelurahan').selectOption({ index: 1 });
  await page.getByLabel('NPWP lembaga').fill('12');
  await expect(page.getByText('NPWP harus 15 atau 16 digit')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Belum tersimpan' })).toBeVisible();
  await page.getByLabel('NPWP lembaga').fill('01.234.567.8-901.000');
  await page.getByLabel('Jumlah pengurus dan staf').fill('14');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await expectAccessible(page, 'profile');
  await shot(page, 'profile');

  await page.reload();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue('Yayasan Uji Coba Sejahtera');
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('34.02');

  await host.restart();
  await page.goto(host.url);
  await expect(page.getByLabel('Nama lembaga')).toHaveValue('Yayasan Uji Coba Sejahtera');
  await expect(page.getByLabel('Jumlah pengurus dan staf')).toHaveValue('14');

  // The CLI reads the same workspace while the host still holds it.
  const shown = JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json'));
  expect(shown.profile).toMatchObject({ name: 'Yayasan Uji Coba Sejahtera', legalForm: 'yayasan', lksType: 'lansia', staffCount: 14, registration: { npwp: '01.234.567.8-901.000' } });
  expect(shown.profile.address.region).toMatchObject({ province: '34', regency: '34.02' });
});

test('language switches to English and back, and is remembered', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Swanilai' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, 'welcome-en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Swanilai' })).toBeVisible();
  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang di Swanilai' })).toBeVisible();
});

test('the sample LKS loads, is labelled as fictional, and every screen is reachable and accessible', async ({ page, host }) => {
  // Every screen at two sizes with axe on each: some 36 page checks, more on a loaded machine.
  test.setTimeout(240_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dengan LKS contoh/ }).click();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue(/CONTOH FIKTIF/);
  await expect(page.getByText('Anda sedang melihat LKS CONTOH (fiktif)')).toBeVisible();
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('34.04');
  await expect(page.getByLabel('Desa/kelurahan')).toHaveValue('34.04.07.2002');
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    const links = page.getByRole('navigation').getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const label = (await link.textContent())!.trim();
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, label);
      await shot(page, `screen-${label.replace(/[^A-Za-z0-9]+/g, '_')}`);
    }
  }
});
