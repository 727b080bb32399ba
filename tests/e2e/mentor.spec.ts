// The mentor's portfolio and regional summary end to end: import the DIY 2015 list (Table I.1) through the preview,
// filter and sort the list, the summary equals Table I.1 and downloads as XLSX, DOCX and a chart (SVG), the mentor
// report downloads as DOCX; a list with bad rows cannot be saved.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, ROOT, shot, test } from './fixtures';

const LIST = path.join(ROOT, 'tests/fixtures/portfolio/diy-2015.csv');
const BAD = path.join(ROOT, 'tests/fixtures/portfolio/bad-rows.csv');

/** Table I.1 of seed 000: kab/kota → A, B, C, D, E, total. */
const TABLE_I_1: [string, number[]][] = [
  ['Kabupaten Kulon Progo', [0, 3, 25, 15, 4, 47]],
  ['Kabupaten Bantul', [0, 21, 38, 18, 8, 85]],
  ['Kabupaten Gunungkidul', [0, 1, 31, 19, 0, 51]],
  ['Kabupaten Sleman', [2, 29, 44, 16, 24, 115]],
  ['Kota Yogyakarta', [0, 10, 31, 24, 3, 68]],
];
const TOTAL = [2, 64, 169, 92, 39, 366];

/** The words of a downloaded DOCX (a zip) from its word/document.xml, one space between runs and cells. */
const docxWords = (file: string) => execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('Portofolio LKS: import the DIY 2015 list with preview, filter and sort, the summary is Table I.1, XLSX/DOCX/chart export, mentor report', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Portofolio LKS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portofolio LKS' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Portofolio masih kosong' })).toBeVisible();
  await expectAccessible(page, 'Portofolio LKS (kosong)');
  await shot(page, 'mentor-empty');

  // No dossiers received yet: taking from incoming dossiers says so.
  await page.getByRole('button', { name: 'Ambil dari berkas masuk' }).first().click();
  await expect(page.getByText('Tidak ada dossier baru di "Berkas masuk".')).toBeVisible();

  // A refused file gives one clear message; the sample template is a CSV with the six headers.
  await page.getByRole('button', { name: 'Impor daftar (CSV/XLSX)' }).first().click();
  const template = await page.getByRole('link', { name: 'Unduh contoh CSV' }).getAttribute('href');
  expect(decodeURIComponent(template!.replace(/^data:text\/csv;charset=utf-8,/, ''))).toMatch(/^\ufeffnama,kode_wilayah,jenis,tipologi,peringkat,tahun\r\n/);
  await page.getByLabel('Pilih berkas daftar LKS (CSV atau XLSX)').setInputFiles({ name: 'daftar.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('bukan spreadsheet') });
  await expect(page.getByRole('alert').filter({ hasText: 'daftar.xlsx tidak dapat dibaca' })).toBeVisible();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await shot(page, 'mentor-refused');

  // A list with a bad row: the row error shows and "Simpan" stays disabled.
  await page.getByLabel('Pilih berkas daftar LKS (CSV atau XLSX)').setInputFiles(BAD);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('Baris 3 · kode_wilayah');
  await expect(page.locator('[data-testid=import-preview] tr.mn-bad-row').first()).toBeVisible();
  const save = page.getByRole('button', { name: 'Simpan', exact: true });
  await expect(save).toBeDisabled();
  await expectAccessible(page, 'Pratinjau dengan kesalahan');
  await shot(page, 'mentor-import-errors');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'mentor-import-errors');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The DIY 2015 list: 366 rows, no errors; saved, the list shows 366.
  await page.getByLabel('Pilih berkas daftar LKS (CSV atau XLSX)').setInputFiles(LIST);
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('366 baris');
  await expect(counts).toContainText('366 LKS baru');
  await expect(counts).toContainText('0 kesalahan');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveAttribute('aria-rowcount', '367');
  await shot(page, 'mentor-import-preview');
  await expect(save).toBeEnabled();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'diy-2015.csv disimpan' })).toContainText('366 LKS baru');
  await expect(page.getByText('366 dari 366 LKS ditampilkan')).toBeVisible();
  // Windowed: far fewer rows in the DOM than in the list.
  const rendered = await page.locator('.mn-table tbody tr[data-lks-id]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  await expectAccessible(page, 'Portofolio LKS (366)');
  await shot(page, 'mentor-list');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'mentor-list');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Filter by region and typology, search, sort.
  await page.getByLabel('Kabupaten/kota', { exact: true }).selectOption({ label: 'Kabupaten Sleman' });
  await expect(page.getByText('115 dari 366 LKS ditampilkan')).toBeVisible();
  await page.getByLabel('Tipologi', { exact: true }).selectOption('A');
  await expect(page.getByText('2 dari 366 LKS ditampilkan')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  await expect(page.getByText('366 dari 366 LKS ditampilkan')).toBeVisible();
  const names = () => page.locator('.mn-table tbody tr[data-lks-id] .c-name').allInnerTexts();
  const asc = await names();
  expect(asc.slice(0, 5)).toEqual([...asc.slice(0, 5)].sort((a, b) => a.localeCompare(b, 'id')));
  await page.getByRole('button', { name: 'Nama LKS' }).click();
  await expect(page.locator('th[aria-sort=descending]')).toContainText('Nama LKS');
  const desc = await names();
  expect(desc[0].localeCompare(asc[0], 'id')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Tercatat' }).click();
  await expect(page.locator('.mn-table tbody tr[data-lks-id]').first().locator('.mn-typ')).toHaveText('A');
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill(asc[0]);
  await expect(page.locator('.mn-table tbody tr[data-lks-id]').first()).toContainText(asc[0]);
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill('');

  // By hand: add an LKS with the region pickers, edit it, then remove it (with confirmation).
  await page.getByRole('button', { name: 'Tambah LKS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah LKS' });
  await dialog.getByLabel('Nama LKS').fill('LKS Uji Tangan');
  await dialog.getByLabel('Provinsi').selectOption({ label: 'Daerah Istimewa Yogyakarta' });
  await dialog.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bantul' });
  await dialog.getByLabel('Jenis LKS').selectOption('lansia');
  await dialog.getByLabel('Tipologi').selectOption('B');
  await dialog.getByLabel('Peringkat').selectOption('A');
  await expectAccessible(page, 'Tambah LKS');
  await shot(page, 'mentor-add');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('LKS Uji Tangan ditambahkan.')).toBeVisible();
  await expect(page.getByText('367 dari 367 LKS ditampilkan')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill('uji tangan');
  const mine = page.locator('.mn-table tbody tr[data-lks-id]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Kab. Bantul');
  await expect(mine).toContainText('Lansia');
  await mine.getByRole('button', { name: 'Ubah LKS Uji Tangan' }).click();
  await page.getByRole('dialog').getByLabel('Nama LKS').fill('LKS Uji Tangan Baru');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('LKS Uji Tangan Baru disimpan.')).toBeVisible();
  await mine.getByRole('button', { name: 'Hapus LKS Uji Tangan Baru' }).click();
  await expect(page.getByRole('dialog')).toContainText('Hapus LKS Uji Tangan Baru dari portofolio?');
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('LKS Uji Tangan Baru dihapus dari portofolio.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill('');
  await expect(page.getByText('366 dari 366 LKS ditampilkan')).toBeVisible();

  // The mentor report for a period (this year by default) downloads as a DOCX with the whole portfolio.
  await page.getByRole('button', { name: 'Laporan pendamping (DOCX)' }).click();
  const year = String(new Date().getFullYear());
  await expect(page.getByLabel('Dari tanggal')).toHaveValue(`${year}-01-01`);
  await page.getByLabel('Dari tanggal').fill(`${year}-12-31`);
  await page.getByLabel('Sampai tanggal').fill(`${year}-01-01`);
  await expect(page.getByText('Tanggal awal harus sebelum tanggal akhir.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unduh laporan' })).toBeDisabled();
  await page.getByLabel('Dari tanggal').fill('2015-01-01');
  await expectAccessible(page, 'Laporan pendamping');
  await shot(page, 'mentor-report-period');
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan' }).click()]);
  expect(report.suggestedFilename()).toBe(`laporan-pendamping-2015-01-01-${year}-01-01.docx`);
  const reportWords = docxWords(await report.path());
  expect(reportWords).toContain('Laporan Pendamping');
  expect(reportWords).toContain('Jumlah LKS dampingan 366');
  expect(reportWords).toContain('5. Rekomendasi pelatihan');
  await page.getByRole('button', { name: 'Tutup' }).click();

  // The summary is Table I.1, and its XLSX downloads with the same table.
  await page.getByRole('navigation').getByRole('link', { name: 'Ringkasan wilayah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ringkasan wilayah' })).toBeVisible();
  const table = page.getByTestId('summary-table');
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(5);
  for (const [i, [name, nums]] of TABLE_I_1.entries()) {
    await expect(bodyRows.nth(i).locator('th')).toHaveText(name);
    await expect(bodyRows.nth(i).locator('td.num')).toHaveText([String(i + 1), ...nums.map(String)]);
  }
  await expect(table.locator('tfoot td.num')).toHaveText(TOTAL.map(String));
  await expectAccessible(page, 'Ringkasan wilayah');
  await shot(page, 'mentor-summary');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'mentor-summary');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
  expect(download.suggestedFilename()).toBe('rekap-lks.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  const got = [];
  for (let n = 4; n <= ws.rowCount; n++) got.push((ws.getRow(n).values as unknown[]).slice(3));
  expect(got).toEqual([...TABLE_I_1.map(([name, nums]) => [name, ...nums]), ['Jumlah', ...TOTAL]]);

  // The DOCX holds the same table, row by row, with the totals.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh DOCX' }).click()]);
  expect(docx.suggestedFilename()).toBe('rekap-lks.docx');
  const words = docxWords(await docx.path());
  expect(words).toContain('No Kabupaten/Kota A B C D E Jumlah');
  for (const [i, [name, nums]] of TABLE_I_1.entries()) expect(words).toContain(`${i + 1} ${name} ${nums.join(' ')}`);
  expect(words).toContain(`Jumlah ${TOTAL.join(' ')}`);

  // The chart as an SVG file: every regency with its total, and the legend.
  const [chart] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh grafik (SVG)' }).click()]);
  expect(chart.suggestedFilename()).toBe('grafik-lks.svg');
  const svg = fs.readFileSync(await chart.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const [name, nums] of TABLE_I_1) expect(svg).toMatch(new RegExp(`>${name}</text>.*?>${nums[5]}</text>`, 's'));
  expect(svg).toContain('Tipologi E');
  const viewer = await page.context().newPage();
  await viewer.setContent(svg);
  await viewer.screenshot({ path: path.join(ROOT, 'tests/e2e/screenshots/mentor-summary-chart-svg.png') });
  await viewer.close();

  // A filter narrows the table to one region.
  await page.getByLabel('Wilayah', { exact: true }).selectOption({ label: 'Kabupaten Sleman' });
  await expect(bodyRows).toHaveCount(1);
  await expect(table.locator('tfoot td.num')).toHaveText(['2', '29', '44', '16', '24', '115']);

  // English.
  await page.getByRole('button', { name: /Bahasa|Language/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional summary' })).toBeVisible();
  await expect(table.locator('thead th').last()).toHaveText('Total');
  await page.getByRole('navigation').getByRole('link', { name: 'LKS portfolio' }).click();
  await expect(page.getByText('366 of 366 LKS shown')).toBeVisible();
  await expectAccessible(page, 'LKS portfolio (English)');
  await shot(page, 'mentor-list-en');
});

test('Portofolio LKS with 5,000 LKS: preview and list stay windowed, sorting, filtering and search work on the windowed list', async ({ page, host }) => {
  test.setTimeout(180_000);
  const codes = ['34.01', '34.02', '34.03', '34.04', '34.71'];
  const lines = ['nama,kode_wilayah,jenis,tipologi,peringkat,tahun'];
  for (let i = 0; i < 5000; i++) lines.push(`LKS Uji ${String(i).padStart(4, '0')},${codes[i % 5]},${['LKSA', 'lansia', 'LK3'][i % 3]},${'ABCDE'[i % 5]},${['A', 'B', 'C', ''][i % 4]},${2015 + (i % 3)}`);
  const file = path.join(host.workspace, 'lima-ribu.csv');
  fs.writeFileSync(file, lines.join('\n'));

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Portofolio LKS' }).click();
  await page.getByRole('button', { name: 'Impor daftar (CSV/XLSX)' }).first().click();
  await page.getByLabel('Pilih berkas daftar LKS (CSV atau XLSX)').setInputFiles(file);
  await expect(page.getByTestId('import-counts')).toContainText('5000 LKS baru', { timeout: 30_000 });
  expect(await page.locator('[data-testid=import-preview] tbody tr[data-row]').count()).toBeLessThan(100);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('5000 dari 5000 LKS ditampilkan')).toBeVisible({ timeout: 30_000 });
  const rows = page.locator('.mn-table tbody tr[data-lks-id]');
  expect(await rows.count()).toBeLessThan(100);

  // Sorting, filtering and searching 5,000 rows stay windowed (times are for `npm run bench portfolio`, not asserted).
  await page.getByRole('button', { name: 'Nama LKS' }).click();
  await expect(rows.first()).toContainText('LKS Uji 4999');
  await page.getByLabel('Tipologi', { exact: true }).selectOption('E');
  await expect(page.getByText('1000 dari 5000 LKS ditampilkan')).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill('LKS Uji 0004');
  await expect(rows).toHaveCount(1);

  // Scrolling to the end by keyboard shows the last rows.
  await page.getByRole('searchbox', { name: 'Cari nama LKS' }).fill('');
  await page.getByLabel('Tipologi', { exact: true }).selectOption('');
  const scroll = page.getByTestId('portfolio-scroll');
  await scroll.focus();
  await page.keyboard.press('End');
  await expect(rows.last()).toContainText('LKS Uji 0000');
  await shot(page, 'mentor-5000');
});
