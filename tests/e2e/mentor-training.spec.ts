// The mentor's "Pelatihan" screen end to end: an LKS of typology D whose own self-assessment (received as a dossier)
// shows weak fundraising (item S6.08 at level 1) gets Model 2 and Model 4 on the Kunjungan screen with the reason and
// the checks visible; on #/training it is listed under both, its XLSX reads back with it under Model 4; a broken and
// an invalid rules edit show the problem with its path and save nothing; a valid threshold change drops it from
// Model 4; restoring the shipped rules brings it back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { runTs } from '../helpers/processes';
import { cli, expect, expectAccessible, ROOT, shot, test } from './fixtures';

/** Calls the back end the way the renderer does (same origin, the session token from the URL). */
async function api(page: Page, url: string, name: string, input: unknown = {}) {
  const u = new URL(url);
  const token = /token=([^&]+)/.exec(u.hash)![1];
  const res = await page.request.post(`${u.origin}/api/${name}`, { headers: { 'x-swanilai-token': token }, data: input });
  const r = await res.json();
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

test('Pelatihan: recommendation explained, invitations per model, XLSX, rules editor refuses bad edits, a valid edit changes the list, restore', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The LKS's own workspace: the sample round with S6.08 (several sources of support) at level 1, sent as a dossier.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-training-'));
  const sender = path.join(dir, 'lks');
  const file = path.join(dir, 'berkas.swanilai');
  cli('workspace', 'init', sender, '--sample');
  const set = runTs(path.join(ROOT, 'tests/e2e/set-answer.ts'), [sender, 'S6.08', '1']);
  expect(set.status, set.stderr).toBe(0);
  cli('dossier', 'export', '--workspace', sender, '--out', file);

  // The browser cannot hand the back end a path: the dossier comes in through "Berkas masuk" as a user brings it.
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Berkas masuk' }).click();
  await page.getByLabel('Pilih berkas dossier .swanilai').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('diimpor', { timeout: 30_000 });
  await api(page, host.url, 'portfolio.fromDossiers');
  const [weak] = await api(page, host.url, 'portfolio.list');
  await api(page, host.url, 'portfolio.update', { id: weak.id, record: { year: new Date().getFullYear(), typology: 'D' } });
  const other = await api(page, host.url, 'portfolio.add', { name: 'LKS Lansia Sejahtera', regionCode: '34.71', lksType: 'lansia', record: { year: 2025, typology: 'A', grade: 'A' } });
  const rulesBody = (await api(page, host.url, 'training.rules')).body;

  // Kunjungan: the recommendation is explained (reason text and the checks: requirement vs this LKS).
  await page.goto(`${host.url.split('#')[0]}#/visits?lks=${weak.id}`);
  const training = page.getByTestId('training');
  const m4 = training.locator('.vs-model.rec[data-model=m4-jaringan-kemitraan]');
  await expect(m4).toContainText('Diklat Manajemen Jaringan dan Kemitraan');
  await expect(m4.getByText(/Penggalangan dukungan masih lemah pada LKS kategori B, C atau D/)).toBeVisible();
  await expect(m4.getByRole('list', { name: 'Syarat yang terpenuhi' })).toContainText('tipologi B, C atau D — LKS ini: D (Embrio)');
  await expect(m4.getByRole('list', { name: 'Syarat yang terpenuhi' })).toContainText('dukungan dana dari beberapa sumber (butir S6.08) belum ada — LKS ini: tingkat 1');
  const m2 = training.locator('.vs-model.rec[data-model=m2-tata-kelola]');
  await expect(m2.getByText(/Tipologi LKS D \(Embrio\)\. Diklat Tata Kelola/)).toBeVisible();
  // "Why not" stays folded until asked.
  const whyNot = training.locator('details.vs-whynot');
  await expect(whyNot).not.toHaveAttribute('open', /.*/);
  await whyNot.locator('summary').click();
  await expect(whyNot.locator('[data-model=m2-rumah-tangga-lk3]')).toContainText('Tidak terpenuhi: jenis LKS LK3 (konsultasi keluarga) — LKS ini:');
  await m4.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'Kunjungan, rekomendasi dijelaskan');
  await shot(page, 'training-visits-explained');

  // Pelatihan: the LKS under Model 2 and Model 4 with the reasons folded; the other LKS is not under Model 4.
  await page.getByRole('navigation').getByRole('link', { name: 'Pelatihan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pelatihan' })).toBeVisible();
  const model = (id: string) => page.locator(`.tr-model[data-model=${id}]`);
  await expect(model('m4-jaringan-kemitraan')).toContainText('18 JPL');
  await expect(model('m4-jaringan-kemitraan')).toContainText('sasaran dari sumber, ambang perkiraan');
  await expect(model('m2-tata-kelola')).toContainText('38 jam');
  const inM4 = model('m4-jaringan-kemitraan').locator(`.tr-lks li[data-lks="${weak.id}"]`);
  await expect(inM4).toContainText(weak.name);
  await expect(model('m2-tata-kelola').locator(`.tr-lks li[data-lks="${weak.id}"]`)).toBeVisible();
  await expect(model('m4-jaringan-kemitraan').locator(`[data-lks="${other.id}"]`)).toHaveCount(0);
  const reason = inM4.getByText(/Penggalangan dukungan masih lemah/);
  await expect(reason).toBeHidden();
  await inM4.locator('summary').click();
  await expect(reason).toBeVisible();
  // Undecided LKS are listed with the facts that are missing.
  const undecided = model('m2-tata-kelola').locator('details.tr-undecided');
  await undecided.locator('summary').click();
  await expect(undecided.locator(`[data-lks="${other.id}"]`)).toContainText('Data yang belum ada:');
  // Filter by type: only the older-people LKS remains.
  await page.getByLabel('Jenis LKS').selectOption('lansia');
  await expect(page.locator(`.tr-lks li[data-lks="${weak.id}"]`)).toHaveCount(0);
  await expect(page.locator(`.tr-model[data-model=m6-forum-lks] .tr-lks li[data-lks="${other.id}"]`)).toBeVisible();
  await page.getByLabel('Jenis LKS').selectOption('');
  await expect(inM4).toBeVisible();
  await expectAccessible(page, 'Pelatihan');
  await shot(page, 'training-invitations');

  // The XLSX of all models: the LKS under Model 4 with its reason.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh semua undangan (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toBe('undangan-pelatihan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets.find((w) => String(w.getCell('A1').value).startsWith('Model 4:'))!;
  expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['No', 'Nama LKS', 'Kab/Kota', 'Jenis', 'Tipologi', 'Alasan']);
  expect(sheet.getRow(5).getCell(2).value).toBe(weak.name);
  expect(sheet.getRow(5).getCell(5).value).toBe('D');
  expect(String(sheet.getRow(5).getCell(6).value)).toMatch(/butir S6\.08\) belum ada — tingkat 1/);

  // Rules editor: broken JSON → the position is shown, the text stays, nothing stored.
  const editor = page.getByTestId('rules-editor');
  const box = editor.getByLabel('Aturan rekomendasi (JSON)');
  const inUse = editor.getByTestId('rules-in-use');
  await expect(inUse).toContainText('aturan bawaan · bk3s-diy-models · versi 1.0.0');
  const original = await box.inputValue();
  const broken = original.replace('"kind": "training-rules",', '"kind": "training-rules"');
  await box.fill(broken);
  await editor.getByRole('button', { name: 'Simpan aturan' }).click();
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('1 masalah: aturan tidak disimpan');
  await expect(alert).toContainText(/baris \d+, kolom \d+/);
  await expect(alert).toContainText('JSON tidak valid');
  await expect(box).toHaveValue(broken);

  // An invalid value: the path and both problems are named; still nothing stored.
  const m4Index = rulesBody.rules.findIndex((r: { id: string }) => r.id === 'm4-bcd-filantropi-lemah');
  const invalid = structuredClone(rulesBody);
  invalid.rules[m4Index].when.all[0].value = ['B', 'C', 'X'];
  invalid.version = 'baru';
  await box.fill(JSON.stringify(invalid, null, 2));
  await editor.getByRole('button', { name: 'Simpan aturan' }).click();
  await expect(alert).toContainText('2 masalah: aturan tidak disimpan');
  await expect(alert).toContainText(`rules[${m4Index}].when.all[0].value[2]`);
  await expect(alert).toContainText('version');
  await expect(alert).toContainText('nilai tidak dikenal; pilihan: A, B, C, D, E');
  await expect(box).toHaveValue(JSON.stringify(invalid, null, 2));
  expect((await api(page, host.url, 'training.rules')).rules.source).toBe('shipped');
  await editor.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'Aturan rekomendasi dengan masalah');
  await shot(page, 'training-rules-invalid');

  // A valid edit: fundraising counts as weak only below level 1. The LKS (level 1) leaves Model 4.
  const valid = structuredClone(rulesBody);
  valid.version = '1.0.1';
  for (const leaf of valid.rules[m4Index].when.all[1].any) leaf.value = 1;
  await box.fill(JSON.stringify(valid, null, 2));
  await editor.getByRole('button', { name: 'Simpan aturan' }).click();
  await expect(editor.getByText('Aturan disimpan (versi 1.0.1). Daftar undangan diperbarui.')).toBeVisible();
  await expect(inUse).toContainText('aturan yang diubah pendamping · bk3s-diy-models · versi 1.0.1');
  await expect(alert).toHaveCount(0);
  await expect(inM4).toHaveCount(0);
  await expect(model('m2-tata-kelola').locator(`.tr-lks li[data-lks="${weak.id}"]`)).toBeVisible();

  // Restore the shipped rules, after confirming: the LKS is invited to Model 4 again.
  await editor.getByRole('button', { name: 'Kembalikan ke aturan bawaan' }).click();
  const ask = editor.getByRole('alertdialog');
  await expect(ask).toContainText('Aturan yang diubah akan dihapus');
  await shot(page, 'training-rules-restore');
  await ask.getByRole('button', { name: 'Ya, kembalikan' }).click();
  await expect(editor.getByText('Aturan bawaan dipakai lagi.')).toBeVisible();
  await expect(inUse).toContainText('aturan bawaan · bk3s-diy-models · versi 1.0.0');
  await expect(inM4).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Kembalikan ke aturan bawaan' })).toBeDisabled();
  fs.rmSync(dir, { recursive: true, force: true });
});
