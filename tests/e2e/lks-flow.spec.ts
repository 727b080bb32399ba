// The whole founder flow of one LKSA, through the real UI only, on a fresh workspace:
// profile → self-assessment of every standard (one by keyboard) → evidence with dedupe → results → plan → restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { cli, expect, expectAccessible, shot, storedBlobs, test } from './fixtures';
import { samplePdf, samplePng } from '../../electron/services/sample/files';

const STANDARDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
const KEYBOARD_STANDARD = 'S3';
/** A level from the indicator's position: varied, reaches a grade, and every must-have stays ≥ 2. */
const levelFor = (i: number) => [3, 4, 2, 3, 4][i % 5];

const cards = (page: Page) => page.locator('.std-panel .ind-card[data-code]');
const card = (page: Page, code: string) => page.locator(`.std-panel .ind-card[data-code="${code}"]`);
const radio = (c: Locator, level: number) => c.getByRole('radio', { name: new RegExp(`^Tingkat ${level}:`) });
const stdButton = (page: Page, code: string) => page.getByRole('navigation', { name: 'Standar akreditasi' }).getByRole('button', { name: new RegExp(`^${code} `) });
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
const saved = (page: Page) => expect(page.locator('.save-bar .save-status')).toHaveAttribute('data-state', 'saved');


/** Scores every applicable indicator of the shown standard with the mouse; returns code → level. */
async function scoreWithMouse(page: Page, std: string): Promise<Record<string, number>> {
  await stdButton(page, std).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${std} · `) })).toBeVisible();
  const list = cards(page);
  const codes = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
  expect(codes.length).toBeGreaterThan(0);
  const levels: Record<string, number> = {};
  for (const [i, code] of codes.entries()) {
    const c = card(page, code);
    await radio(c, levelFor(i)).click();
    await expect(radio(c, levelFor(i))).toHaveAttribute('aria-checked', 'true');
    levels[code] = levelFor(i);
  }
  return levels;
}

/** Scores a whole standard with the keyboard only: Enter on the standard, then n / digit for each indicator. */
async function scoreWithKeyboard(page: Page, std: string): Promise<Record<string, number>> {
  await stdButton(page, std).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${std} · `) })).toBeFocused();
  const list = cards(page);
  const codes = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
  expect(codes.length).toBeGreaterThan(0);
  const levels: Record<string, number> = {};
  for (const [i, code] of codes.entries()) {
    const c = card(page, code);
    await page.keyboard.press('n');
    await expect(c.locator('[role=radio][tabindex="0"]')).toBeFocused();
    await page.keyboard.press(String(levelFor(i)));
    await expect(radio(c, levelFor(i))).toHaveAttribute('aria-checked', 'true');
    await expect(radio(c, levelFor(i))).toBeFocused();
    levels[code] = levelFor(i);
  }
  return levels;
}

/** Opens the evidence section of an indicator (a <details>) and returns the card. */
async function openEvidence(page: Page, code: string): Promise<Locator> {
  const c = card(page, code);
  const details = c.locator('details.ind-evidence');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  await expect(c.getByRole('button', { name: 'Lampirkan berkas' })).toBeVisible();
  return c;
}

test('LKS founder flow: profile → full self-assessment → evidence → results → plan → restart keeps everything', async ({ page, host }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-flow-'));
  const photo = path.join(dir, 'foto-ruang-asrama.png');
  const deed = path.join(dir, 'akta-pendirian.pdf');
  fs.writeFileSync(photo, samplePng(320, 200, [90, 60, 200]));
  fs.writeFileSync(deed, samplePdf([`Akta pendirian yayasan ${Date.now()}`]));

  // 1. Welcome → blank profile, filled as a founder would; autosaved.
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Swanilai' })).toBeVisible();
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil LKS' })).toBeVisible();
  await page.getByLabel('Nama lembaga').fill('Yayasan Panti Asuhan Alur Penuh');
  await page.getByLabel('Bentuk badan hukum').selectOption('yayasan');
  await page.getByLabel('Jenis LKS').selectOption('lksa');
  await page.getByLabel('Provinsi').selectOption({ label: 'Daerah Istimewa Yogyakarta' });
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bantul' });
  await page.getByLabel('Kecamatan').selectOption({ index: 1 });
  await page.getByLabel('Desa/kelurahan').selectOption({ index: 1 });
  await page.getByLabel('Jumlah pengurus dan staf').fill('12');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  // "Tersimpan" may still show an earlier save during the autosave delay, so also read the workspace (CLI) until it holds the last edit.
  await expect.poll(() => JSON.parse(cli('profile', 'show', '--workspace', host.workspace, '--json')).profile.staffCount, { intervals: [250, 500, 1000] }).toBe(12);
  const district = await page.getByLabel('Kecamatan').inputValue();
  const village = await page.getByLabel('Desa/kelurahan').inputValue();
  expect(district).toMatch(/^34\.02\.\d+$/);
  expect(village).toMatch(new RegExp(`^${district.replace(/\./g, '\\.')}\\.\\d+$`));
  await shot(page, 'flow-profile');

  // 2. Self-assessment: start a round, score every applicable indicator of S1–S6.
  await nav(page, 'Penilaian mandiri').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penilaian mandiri' })).toBeVisible();
  await page.getByRole('button', { name: 'Mulai penilaian mandiri' }).click();
  await expect(page.getByText(/^0 dari \d+$/).first()).toBeVisible();
  // With a complete profile nothing is left undecided.
  await expect(page.locator('.as-notice')).toHaveCount(0);
  const levels: Record<string, number> = {};
  const perStandard: Record<string, number> = {};
  for (const std of STANDARDS) {
    const got = std === KEYBOARD_STANDARD ? await scoreWithKeyboard(page, std) : await scoreWithMouse(page, std);
    Object.assign(levels, got);
    perStandard[std] = Object.keys(got).length;
    const n = perStandard[std];
    await expect(stdButton(page, std)).toContainText(`✓ ${n}/${n}`);
  }
  const total = Object.keys(levels).length;
  await saved(page);
  await expect(page.getByText(`${total} dari ${total}`).first()).toBeVisible();
  await expect(page.getByTestId('projected-score')).toHaveText(/^\d+(,\d)?$/);
  await expect(page.getByTestId('projected-grade')).toContainText(/^[ABC] \(/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'flow-assessment-complete');

  // 3. Evidence through the indicator's own evidence section: two files on S1.01, the deed again on S1.02.
  await stdButton(page, 'S1').click();
  const first = await openEvidence(page, 'S1.01');
  await first.locator('input[type=file]').setInputFiles([photo, deed]);
  await expect(first.getByRole('status').filter({ hasText: '"akta-pendirian" tersimpan dan ditautkan.' })).toBeVisible();
  await expect(first.locator('.ev-chip')).toHaveCount(2);
  await expect(first.getByRole('button', { name: 'Lihat foto-ruang-asrama' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Lihat akta-pendirian' })).toBeVisible();
  await expect(first.locator('summary .ev-count').first()).toHaveText('· 2 terlampir');
  const second = await openEvidence(page, 'S1.02');
  await second.locator('input[type=file]').setInputFiles(deed);
  await expect(second.getByRole('status')).toContainText('Berkas yang sama sudah tersimpan; tidak disimpan dua kali. "akta-pendirian" ditautkan ke butir ini.');
  await expect(second.locator('.ev-chip')).toHaveCount(1);
  await expect(second.locator('summary .ev-count').first()).toHaveText('· 1 terlampir');
  // The same file once more on S1.01, where it is already linked: still recognised, nothing new.
  await first.locator('input[type=file]').setInputFiles(deed);
  await expect(first.getByRole('status')).toContainText('sudah tersimpan');
  await expect(first.locator('.ev-chip')).toHaveCount(2);
  // On disk: one blob per distinct content, whatever the number of links.
  expect(storedBlobs(host.workspace)).toHaveLength(2);
  await first.scrollIntoViewIfNeeded();
  await shot(page, 'flow-evidence');

  // 4. Results: total, grade with its reason, typology, gaps, the path to the next grade.
  await nav(page, 'Hasil & kesenjangan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hasil & kesenjangan' })).toBeVisible();
  const totalTile = page.getByTestId('total');
  await expect(totalTile).toContainText(/\d+(,\d)? \/ 100/);
  await expect(totalTile).toContainText(`Semua ${total} indikator sudah dijawab.`);
  const totalBefore = (await totalTile.locator('.tile-value').textContent())!;
  await expect(page.getByText('PERKIRAAN — bukan angka resmi BALKS')).toBeVisible();
  const gradeTile = page.getByTestId('grade');
  await expect(gradeTile.locator('.tile-value')).toHaveText(/^([ABC] — .+|Belum terakreditasi)$/);
  await expect(page.getByTestId('grade-reason')).toContainText(/memenuhi batas|Belum [ABC]/);
  await expect(page.getByTestId('typology').locator('.tile-value')).toHaveText(/[A-E] (Mandiri|Berkembang|Tumbuh|Embrio|Bermasalah)/);
  const nextGrade = page.getByTestId('next-grade');
  await expect(nextGrade).toContainText(/Untuk mencapai predikat [ABC] — .+: naikkan/);
  const steps = nextGrade.locator('.steps-list li');
  await expect(steps.first()).toContainText(/^S\d\.\d+: dari level \d ke level \d/);
  await expectAccessible(page, 'results (complete)');
  await shot(page, 'flow-results');

  // The gaps tab lists every indicator below the top level.
  const belowTop = () => Object.values(levels).filter((l) => l < 4).length;
  await page.getByRole('tab', { name: /Kesenjangan/ }).click();
  await expect(page.getByRole('tab', { name: /Kesenjangan/ })).toHaveAttribute('aria-selected', 'true');
  const gapRows = page.locator('table.gaps-table tbody tr');
  await expect(gapRows).toHaveCount(belowTop());
  await expect(gapRows.first()).toHaveAttribute('data-code', /^S\d\.\d+$/);
  await shot(page, 'flow-gaps');

  // Lower one indicator (S2, second card: level 4) to 1 and see the results follow.
  await nav(page, 'Penilaian mandiri').click();
  await stdButton(page, 'S2').click();
  const lowered = Object.keys(levels).filter((c) => c.startsWith('S2.'))[1];
  expect(levels[lowered]).toBe(4);
  await radio(card(page, lowered), 1).click();
  await expect(radio(card(page, lowered), 1)).toHaveAttribute('aria-checked', 'true');
  await saved(page);
  levels[lowered] = 1;
  await nav(page, 'Hasil & kesenjangan').click();
  await expect(totalTile.locator('.tile-value')).not.toHaveText(totalBefore);
  await expect(totalTile).toContainText(/\d+(,\d)? \/ 100/);
  const totalAfter = (await totalTile.locator('.tile-value').textContent())!;
  const asNumber = (s: string) => Number(s.replace(/\s*\/\s*100$/, '').replace(',', '.'));
  expect(asNumber(totalAfter)).toBeLessThan(asNumber(totalBefore));
  const gradeAfter = (await gradeTile.locator('.tile-value').textContent())!;
  await shot(page, 'flow-results-updated');

  // 5. Plan: the lowered indicator from the gaps table, then "Jadikan rencana" for the path to the next grade.
  await page.getByRole('tab', { name: /Kesenjangan/ }).click();
  await page.getByLabel('Cari kode atau pertanyaan').fill(lowered);
  await expect(gapRows).toHaveCount(1);
  await gapRows.first().getByRole('button', { name: `Tambah ke rencana: ${lowered}` }).click();
  await expect(page.getByText(`${lowered} ditambahkan ke rencana perbaikan.`)).toBeVisible();
  await expect(gapRows.first()).toContainText('Sudah di rencana');
  await page.getByLabel('Cari kode atau pertanyaan').fill('');
  await expect(gapRows).toHaveCount(belowTop());
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await expect(nextGrade).toBeVisible();
  const showAll = nextGrade.getByRole('button', { name: /^Tampilkan semua \d+ indikator$/ });
  if (await showAll.count()) await showAll.click();
  const stepCodes = await nextGrade.locator('.steps-list li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')!));
  await expect(nextGrade.locator('.path-head')).toContainText(`naikkan ${stepCodes.length} indikator`);
  const allSteps = stepCodes.length;
  const already = stepCodes.includes(lowered) ? 1 : 0;
  await page.getByRole('button', { name: 'Jadikan rencana' }).click();
  await expect(nextGrade.getByRole('status')).toContainText(`${allSteps - already} tindakan ditambahkan ke rencana (${already} sudah ada).`);
  const actionCount = allSteps - already + 1;
  await nextGrade.getByRole('link', { name: 'Buka rencana perbaikan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana perbaikan' })).toBeVisible();
  const actionRows = page.locator('tr.action-row');
  await expect(actionRows).toHaveCount(actionCount);
  await expect(page.getByText(`${actionCount} tindakan`, { exact: true })).toBeVisible();
  const actionTexts = await page.locator('tr.action-row textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).sort());
  expect(actionTexts.some((t) => t.includes(lowered))).toBe(true);
  for (const code of stepCodes) expect(actionTexts.some((t) => t.includes(code))).toBe(true);
  await expectAccessible(page, 'plan');
  await shot(page, 'flow-plan');

  // 6. Restart the back end: everything is still there.
  await host.restart();
  await page.goto(host.url); // the new process has a new token
  await expect(page.getByRole('heading', { level: 1, name: 'Profil LKS' })).toBeVisible();
  await expect(page.getByLabel('Nama lembaga')).toHaveValue('Yayasan Panti Asuhan Alur Penuh');
  await expect(page.getByLabel('Bentuk badan hukum')).toHaveValue('yayasan');
  await expect(page.getByLabel('Jenis LKS')).toHaveValue('lksa');
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('34.02');
  await expect(page.getByLabel('Kecamatan')).toHaveValue(district);
  await expect(page.getByLabel('Desa/kelurahan')).toHaveValue(village);
  await expect(page.getByLabel('Jumlah pengurus dan staf')).toHaveValue('12');

  await nav(page, 'Penilaian mandiri').click();
  await expect(page.getByText(`${total} dari ${total}`).first()).toBeVisible();
  for (const std of STANDARDS) await expect(stdButton(page, std)).toContainText(`✓ ${perStandard[std]}/${perStandard[std]}`);
  await stdButton(page, 'S1').click();
  for (const code of ['S1.01', 'S1.02']) await expect(radio(card(page, code), levels[code])).toHaveAttribute('aria-checked', 'true');
  await expect(card(page, 'S1.01').locator('summary .ev-count').first()).toHaveText('· 2 terlampir');
  await expect(card(page, 'S1.02').locator('summary .ev-count').first()).toHaveText('· 1 terlampir');
  const s101 = await openEvidence(page, 'S1.01');
  await expect(s101.getByRole('button', { name: 'Lihat foto-ruang-asrama' })).toBeVisible();
  await expect(s101.getByRole('button', { name: 'Lihat akta-pendirian' })).toBeVisible();
  const s102 = await openEvidence(page, 'S1.02');
  await expect(s102.locator('.ev-chip')).toHaveCount(1);
  await expect(s102.getByRole('button', { name: 'Lihat akta-pendirian' })).toBeVisible();
  await stdButton(page, KEYBOARD_STANDARD).click();
  for (const code of Object.keys(levels).filter((c) => c.startsWith(`${KEYBOARD_STANDARD}.`))) {
    await expect(radio(card(page, code), levels[code])).toHaveAttribute('aria-checked', 'true');
  }
  await stdButton(page, 'S2').click();
  await expect(radio(card(page, lowered), 1)).toHaveAttribute('aria-checked', 'true');
  expect(storedBlobs(host.workspace)).toHaveLength(2);

  await nav(page, 'Hasil & kesenjangan').click();
  await expect(totalTile.locator('.tile-value')).toHaveText(totalAfter);
  await expect(gradeTile.locator('.tile-value')).toHaveText(gradeAfter);
  await expectAccessible(page, 'results after restart');
  await shot(page, 'flow-results-after-restart');

  await nav(page, 'Rencana perbaikan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana perbaikan' })).toBeVisible();
  await expect(actionRows).toHaveCount(actionCount);
  expect(await page.locator('tr.action-row textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).sort())).toEqual(actionTexts);
  await expectAccessible(page, 'plan after restart');
  await shot(page, 'flow-plan-after-restart');
  fs.rmSync(dir, { recursive: true, force: true });
});
