// The mentor's "Kunjungan" screen end to end: an LKS added by hand, a visit logged with two actions (one due in the
// past) → the overdue action appears under "Perlu perhatian"; ticked done → it goes; the .ics downloads with the
// planned visit; a typology C LKS gets the governance training with its reason; edit and remove with confirmation.
import fs from 'node:fs';
import { expect, expectAccessible, shot, test } from './fixtures';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromNow = (n: number) => { const d = new Date(); d.setDate(d.getDate() + n); return iso(d); };

test('Kunjungan: log a visit with actions, the overdue one needs attention until done, .ics export, training reasons', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);

  // Empty portfolio: the screen says where to start.
  await page.getByRole('navigation').getByRole('link', { name: 'Kunjungan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kunjungan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Belum ada LKS di portofolio' })).toBeVisible();
  await expect(page.getByTestId('attention')).toContainText('Tidak ada tindak lanjut yang lewat tenggat');

  // An LKS of typology C, by hand.
  await page.getByRole('navigation').getByRole('link', { name: 'Portofolio LKS' }).click();
  await page.getByRole('button', { name: 'Tambah LKS' }).first().click();
  const add = page.getByRole('dialog', { name: 'Tambah LKS' });
  await add.getByLabel('Nama LKS').fill('LKSA Harapan Bangsa');
  await add.getByLabel('Provinsi').selectOption({ label: 'Daerah Istimewa Yogyakarta' });
  await add.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Sleman' });
  await add.getByLabel('Jenis LKS').selectOption('lksa');
  await add.getByLabel('Tipologi').selectOption('C');
  await add.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('LKSA Harapan Bangsa ditambahkan.')).toBeVisible();

  // The row's "Kunjungan" link opens the screen on that LKS.
  await page.getByRole('link', { name: 'Kunjungan LKSA Harapan Bangsa' }).click();
  await expect(page).toHaveURL(/#\/visits\?lks=\d+$/);
  await expect(page.getByLabel('LKS', { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByText('Belum ada kunjungan yang dicatat untuk LKS ini.')).toBeVisible();

  // A recommendation with its reason for typology C; the rest under "why not".
  const training = page.getByTestId('training');
  const m2 = training.locator('.vs-model.rec[data-model=m2-tata-kelola]');
  await expect(m2).toContainText('Diklat Tata Kelola LKS');
  await expect(m2).toContainText('Tipologi LKS C');
  await expect(training.locator('details.vs-whynot')).not.toHaveAttribute('open', /.*/);

  // Rhythm.
  await page.getByLabel('Ritme pemantauan').selectOption('quarterly');
  await expect(page.getByText('Ritme LKSA Harapan Bangsa: Triwulanan.')).toBeVisible();

  // Log a visit with two actions, one due in the past.
  await page.getByRole('button', { name: 'Catat kunjungan' }).click();
  const form = page.getByRole('dialog', { name: 'Catat kunjungan ke LKSA Harapan Bangsa' });
  await form.getByLabel('Tanggal kunjungan').fill(daysFromNow(-20));
  await form.getByLabel('Jenis kunjungan').selectOption({ label: 'Supervisi — perizinan' });
  await form.getByLabel('Peserta').fill('Ketua, bendahara, pekerja sosial');
  await form.getByLabel('Temuan').fill('Izin operasional berakhir tahun ini; SOP pengasuhan belum tertulis.');
  await form.getByLabel('Kunjungan berikutnya').fill(daysFromNow(30));
  await form.getByRole('button', { name: 'Tambah baris tindak lanjut' }).click();
  await form.getByRole('button', { name: 'Tambah baris tindak lanjut' }).click();
  await form.getByRole('button', { name: 'Tambah baris tindak lanjut' }).click();
  await expect(form.getByTestId('action-row')).toHaveCount(3);
  await form.getByRole('button', { name: 'Hapus baris 3' }).click();
  await expect(form.getByTestId('action-row')).toHaveCount(2);
  // A blank action row is refused with a message.
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert').first()).toContainText('Isi tindak lanjut');
  await form.getByLabel('Tindak lanjut 1', { exact: true }).fill('Ajukan perpanjangan izin operasional');
  await form.getByLabel('Penanggung jawab 1').fill('Ketua');
  await form.getByLabel('Tenggat 1').fill(daysFromNow(-5));
  await form.getByLabel('Tindak lanjut 2', { exact: true }).fill('Tulis SOP pengasuhan');
  await form.getByLabel('Penanggung jawab 2').fill('Pekerja sosial');
  await form.getByLabel('Tenggat 2').fill(daysFromNow(40));
  await expectAccessible(page, 'Catat kunjungan');
  await shot(page, 'visits-form');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dicatat' })).toBeVisible();

  const log = page.locator('.vs-visit');
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('Supervisi — perizinan');
  await expect(log.locator('.vs-action.overdue')).toHaveCount(1);
  await expect(log.locator('.vs-action.overdue')).toContainText('Lewat tenggat');

  // The overdue action needs attention, with the days late and the LKS.
  const attention = page.getByTestId('attention');
  const item = attention.locator('.vs-att.action');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Ajukan perpanjangan izin operasional');
  await expect(item).toContainText('terlambat 5 hari');
  await expect(item.getByRole('link', { name: 'Buka LKSA Harapan Bangsa' })).toBeVisible();
  await expectAccessible(page, 'Kunjungan');
  await shot(page, 'visits');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'visits');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The calendar: a real .ics with the planned visit.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh kalender (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = fs.readFileSync(await download.path(), 'utf8').replace(/\r?\n[ \t]/g, '');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('SUMMARY:Kunjungan pendampingan — LKSA Harapan Bangsa');
  expect(ics).toContain('Tulis SOP pengasuhan');
  await expect(page.getByRole('status').filter({ hasText: 'diunduh' })).toBeVisible();

  // Done → the action leaves the attention list.
  await page.getByRole('checkbox', { name: 'Selesai: Ajukan perpanjangan izin operasional' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ditandai selesai' })).toBeVisible();
  await expect(attention.locator('.vs-att.action')).toHaveCount(0);
  await expect(log.locator('.vs-action.overdue')).toHaveCount(0);
  await expect(log.locator('.vs-action.done')).toContainText('Selesai');

  // Edit the visit, then remove it with confirmation.
  await page.getByRole('button', { name: /^Ubah kunjungan/ }).click();
  const edit = page.getByRole('dialog', { name: /^Ubah kunjungan/ });
  await edit.getByLabel('Temuan').fill('SOP pengasuhan belum tertulis.');
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(log).toContainText('SOP pengasuhan belum tertulis.');
  await page.getByRole('button', { name: /^Hapus kunjungan/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Hapus kunjungan/ });
  await expect(confirm).toContainText('2 tindak lanjutnya');
  await confirm.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Belum ada kunjungan yang dicatat untuk LKS ini.')).toBeVisible();

  // English.
  await page.getByRole('button', { name: /Bahasa|Language/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Training recommendations' })).toBeVisible();
  await expectAccessible(page, 'Visits (English)');
  await shot(page, 'visits-en');
});
