// Profile screen: a stored profile that fails today's schema is shown marked and fixable; valid edits save while
// another field is invalid; the tri-state activity facts persist.
import Database from 'better-sqlite3';
import path from 'node:path';
import { cli, expect, expectAccessible, shot, test, type Host } from './fixtures';

/** Writes the profile row behind the app's back (as an older version would have), with the host stopped. */
async function storeRawProfile(host: Host, data: unknown): Promise<void> {
  await host.stop();
  const db = new Database(path.join(host.workspace, 'swanilai.sqlite'));
  db.prepare('INSERT INTO profile (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data')
    .run(JSON.stringify(data), new Date().toISOString());
  db.close();
  await host.restart();
}

const shown = (host: Host) => JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json'));

test('a stored profile with old invalid values opens with them marked, and fixing them saves', async ({ page, host }) => {
  await storeRawProfile(host, {
    name: 'LKS Harapan Lama', legalForm: 'pt', foundingYear: 1800, staffCount: 5, collectsZakat: 'ya',
    contact: { name: 'Bu Sri', phone: '12' }, address: { region: { province: '34', regency: '3404' } },
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Profil LKS' })).toBeVisible();
  await expect(page.getByText(/tidak lagi memenuhi aturan/)).toBeVisible();
  // Valid parts as stored, invalid ones shown with their old values and marked.
  await expect(page.getByLabel('Nama lembaga')).toHaveValue('LKS Harapan Lama');
  await expect(page.getByLabel('Jumlah pengurus dan staf')).toHaveValue('5');
  await expect(page.getByLabel('Telepon')).toHaveValue('12');
  await expect(page.getByLabel('Telepon')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('nomor telepon tidak valid')).toBeVisible();
  await expect(page.getByLabel('Bentuk badan hukum')).toHaveValue('pt');
  await expect(page.getByLabel('Bentuk badan hukum')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Tahun berdiri')).toHaveValue('1800');
  await expect(page.getByLabel('Tahun berdiri')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('3404');
  await expect(page.getByText(/kode wilayah tidak sesuai format Kemendagri/)).toBeVisible();
  const zakat = page.getByRole('group', { name: 'Menghimpun zakat' });
  await expect(zakat.getByText('harus Ya atau Tidak')).toBeVisible();
  await expect(page.locator('[aria-invalid="true"]')).not.toHaveCount(0);
  await expectAccessible(page, 'profile with invalid stored fields');
  await shot(page, 'profile-stored-invalid');

  await page.getByLabel('Telepon').fill('0274 123456');
  await page.getByLabel('Bentuk badan hukum').selectOption('yayasan');
  await page.getByLabel('Tahun berdiri').fill('1985');
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bantul' });
  await zakat.getByRole('radio', { name: 'Tidak' }).check();
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Telepon')).toHaveValue('0274 123456');
  await expect(page.getByText(/tidak lagi memenuhi aturan/)).toHaveCount(0);
  expect(shown(host)).toMatchObject({
    profile: { name: 'LKS Harapan Lama', legalForm: 'yayasan', foundingYear: 1985, collectsZakat: false, contact: { phone: '0274 123456' }, address: { region: { province: '34', regency: '34.02' } } },
    invalid: [],
  });
});

test('valid edits save while another field is invalid; the invalid draft stays visible until fixed', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Nama lembaga').fill('Yayasan Draf Sejahtera');
  await page.getByLabel('Telepon').fill('12');
  await expect(page.getByText('nomor telepon tidak valid')).toBeVisible();
  await expect(page.getByText('belum tersimpan', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Belum tersimpan' })).toBeVisible();
  // The name is saved although the phone is invalid.
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await page.getByLabel('Jumlah pengurus dan staf').fill('7');
  // The draft survives the re-render of another edit.
  await expect(page.getByLabel('Telepon')).toHaveValue('12');
  await expect(page.getByText('nomor telepon tidak valid')).toBeVisible();
  await expect.poll(() => shown(host).profile, { intervals: [250, 500, 1000] }).toMatchObject({ name: 'Yayasan Draf Sejahtera', staffCount: 7 });
  expect(shown(host).profile.contact?.phone).toBeUndefined();

  await page.reload();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue('Yayasan Draf Sejahtera');
  await expect(page.getByLabel('Jumlah pengurus dan staf')).toHaveValue('7');
  await expect(page.getByLabel('Telepon')).toHaveValue('');
});

test('legal forms and tri-state activity facts: set, saved, and cleared back to "belum diisi"', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Bentuk badan hukum').selectOption({ label: 'UPT/UPTD pemerintah' });
  const facts = page.getByRole('group', { name: /menentukan butir tata kelola/ });
  await expect(facts.getByText(/Belum diisi/).first()).toBeVisible();
  await facts.getByRole('group', { name: 'Menerima hibah atau bantuan sosial (bansos) dari pemerintah' }).getByRole('radio', { name: 'Ya' }).check();
  await facts.getByRole('group', { name: 'Menghimpun zakat' }).getByRole('radio', { name: 'Tidak' }).check();
  await expect(page.getByLabel('Kekayaan di luar harta wakaf (Rp)')).toBeVisible();
  await expect(page.getByText(/PP 29\/1980 Pasal 21/)).toBeVisible();
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await expectAccessible(page, 'profile facts');
  await page.reload();
  const grants = page.getByRole('group', { name: 'Menerima hibah atau bantuan sosial (bansos) dari pemerintah' });
  await expect(grants.getByRole('radio', { name: 'Ya' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Menjalankan badan usaha / unit usaha' }).getByRole('radio', { name: 'Belum diisi' })).toBeChecked();
  expect(shown(host).profile).toEqual({ legalForm: 'upt-pemerintah', receivesGovernmentGrants: true, collectsZakat: false });
  await grants.getByRole('radio', { name: 'Belum diisi' }).check();
  await expect.poll(() => shown(host).profile, { intervals: [250, 500, 1000] }).toEqual({ legalForm: 'upt-pemerintah', collectsZakat: false });
});
