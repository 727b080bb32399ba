// Results dashboard, gaps, path to the next grade, improvement plan (overdue, undo, DOCX export) and round comparison.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, shot, SHOTS, test } from './fixtures';

const SIZES = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }];

/** Sets many answers in one round trip to the page: code → level, or null to clear. */
async function answer(page: Page, assessmentId: number, levels: Record<string, number | null>): Promise<void> {
  const failures = await page.evaluate(async ([id, map]) => {
    const bad: string[] = [];
    for (const [code, level] of Object.entries(map)) {
      const res = await fetch('./api/assessment.setAnswer', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-swanilai-token': sessionStorage.getItem('swanilai.token') ?? '' },
        body: JSON.stringify({ assessmentId: id, code, answer: level === null ? null : { level } }),
      });
      const r = await res.json();
      if (!r.ok) bad.push(`${code}: ${r.error.message}`);
    }
    return bad;
  }, [assessmentId, levels] as const);
  expect(failures).toEqual([]);
}

async function answerGcg(page: Page, assessmentId: number, codes: string[]): Promise<void> {
  await page.evaluate(async ([id, list]) => {
    for (const code of list) {
      await fetch('./api/assessment.setGcgAnswer', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-swanilai-token': sessionStorage.getItem('swanilai.token') ?? '' },
        body: JSON.stringify({ assessmentId: id, code, value: 'met' }),
      });
    }
  }, [assessmentId, codes] as const);
}

async function shotBoth(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shot(page, name);
  }
  await page.setViewportSize(SIZES[0]);
}

interface Ind { code: string; module?: string }
interface Inst { components: { code: string; indicators: Ind[] }[] }

test('results, gaps, next grade, plan with overdue/undo/DOCX export, and round comparison', async ({ page, host }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Nama lembaga').fill('Yayasan Lansia Uji Hasil');
  await page.getByLabel('Jenis LKS').selectOption('lansia');
  // The legal form decides some indicators; without it every result is provisional and has no validity.
  await page.getByLabel('Bentuk badan hukum').selectOption('yayasan');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();

  // No round yet: the results screen says so and offers to start one.
  await page.goto(`${new URL(host.url).origin}/#/results`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hasil & kesenjangan' })).toBeVisible();
  await page.getByRole('button', { name: 'Mulai penilaian mandiri' }).click();
  await expect(page.getByLabel('Putaran penilaian')).toBeVisible();

  const [round1] = await api<{ id: number; instrument: { id: string; version: string }; checklist: { id: string; version: string } }[]>(page, 'assessment.list', {});
  const inst = await api<Inst>(page, 'instrument.get', { kind: 'instrument', ...round1.instrument });
  const codes = inst.components.flatMap((c) => c.indicators.filter((i) => i.module !== 'lksa').map((i) => i.code));
  const sdm = inst.components.find((c) => c.code === 'S4')!.indicators.filter((i) => i.module !== 'lksa').map((i) => i.code);
  const gcg = await api<{ items: { code: string }[] }>(page, 'instrument.get', { kind: 'checklist', ...round1.checklist });

  // 1. Incomplete: every indicator but ten at level 3 → a range and the count of unanswered ones.
  await answer(page, round1.id, Object.fromEntries(codes.slice(10).map((c) => [c, 3])));
  await page.reload();
  await expect(page.getByTestId('total')).toContainText('Belum lengkap — rentang');
  await expect(page.getByTestId('total')).toContainText(`10 dari ${codes.length} indikator belum dijawab`);
  await expect(page.getByTestId('grade')).toContainText('Antara');
  await expect(page.getByText('PERKIRAAN — bukan angka resmi BALKS')).toBeVisible();
  await expect(page.getByTestId('chart-standards').locator('.bar-row').first()).toContainText('belum lengkap');
  await expectAccessible(page, 'results incomplete');
  await shotBoth(page, 'results-incomplete');

  // 2. Complete, every standard at 75, GCG all met → grade B with reason, typology, validity; a path to A.
  await answer(page, round1.id, Object.fromEntries(codes.slice(0, 10).map((c) => [c, 3])));
  await answerGcg(page, round1.id, gcg.items.map((i) => i.code));
  await page.reload();
  await expect(page.getByTestId('total')).toContainText('75,0');
  await expect(page.getByTestId('grade')).toContainText('B — Baik');
  await expect(page.getByTestId('grade-reason')).toContainText('Total 75 memenuhi batas B (71); semua syarat lain terpenuhi');
  await expect(page.getByTestId('grade-reason')).toContainText('Belum A: Total 75 di bawah batas A (86)');
  await expect(page.getByTestId('typology')).toContainText('B Berkembang');
  await expect(page.getByTestId('validity')).toContainText('3 tahun');
  await expect(page.getByTestId('validity')).toContainText('perkiraan berakhir');
  await expect(page.getByTestId('next-grade')).toContainText('Untuk mencapai predikat A — Sangat Baik: naikkan');
  await expectAccessible(page, 'results grade B');
  await shotBoth(page, 'results-grade-b');

  // 3. One standard kept low (SDM at level 1 = 25) → not accredited, and the reason names the failed gate.
  await answer(page, round1.id, Object.fromEntries(sdm.map((c) => [c, 1])));
  await page.reload();
  await expect(page.getByTestId('grade')).toContainText('Belum terakreditasi');
  await expect(page.getByTestId('grade-reason')).toContainText('Belum C: Total 67,5 memenuhi batas C (56) tetapi komponen S4 (Sumber Daya Manusia) 25 di bawah 40');
  await expect(page.getByTestId('chart-standards').locator('.bar-row[data-key="S4"]')).toContainText('di bawah 40 — gagal syarat');
  const nextGrade = page.getByTestId('next-grade');
  await expect(nextGrade).toContainText('Untuk mencapai predikat C — Cukup: naikkan');
  const steps = nextGrade.locator('.steps-list li');
  const stepCount = await steps.count();
  expect(stepCount).toBeGreaterThan(0);
  for (let i = 0; i < stepCount; i++) await expect(steps.nth(i)).toContainText(/^S4\.\d+: dari level 1 ke level [2-4]/);
  await expectAccessible(page, 'results gate failure');
  await shotBoth(page, 'results-gate');

  // Gaps table: sort by code, filter by standard, search; add one row to the plan.
  // Tabs work from the keyboard (arrow keys), as a tab list should.
  await page.getByRole('tab', { name: 'Ringkasan' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Kesenjangan/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /Kesenjangan/ })).toBeFocused();
  const table = page.locator('table.gaps-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(codes.length);
  await expect(rows.first()).toHaveAttribute('data-code', /^S4\./); // largest gain first
  const codeHeader = table.locator('th.col-code');
  await codeHeader.getByRole('button').click();
  await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-code', 'S1.01');
  await codeHeader.getByRole('button').press('Enter');
  await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveAttribute('data-code', 'S6.10');
  await page.getByLabel('Standar', { exact: true }).selectOption('S2');
  await expect(rows).toHaveCount(12);
  for (const c of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))) expect(c).toMatch(/^S2\./);
  await page.getByLabel('Cari kode atau pertanyaan').fill('S2.04');
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('Menampilkan 1 dari')).toBeVisible();
  await rows.first().getByRole('button', { name: 'Tambah ke rencana: S2.04' }).click();
  await expect(page.getByText('S2.04 ditambahkan ke rencana perbaikan.')).toBeVisible();
  await expect(rows.first()).toContainText('Sudah di rencana');
  await page.getByLabel('Cari kode atau pertanyaan').fill('');
  await expect(rows).toHaveCount(12);
  await expectAccessible(page, 'gaps');
  await shotBoth(page, 'results-gaps');
  await page.getByLabel('Standar', { exact: true }).selectOption('');
  await expect(rows).toHaveCount(codes.length);

  // "Jadikan rencana" adds every step (none were in the plan yet).
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await page.getByRole('button', { name: 'Jadikan rencana' }).click();
  await expect(page.getByText(`${stepCount} tindakan ditambahkan ke rencana (0 sudah ada).`)).toBeVisible();
  await page.getByRole('button', { name: 'Jadikan rencana' }).click();
  await expect(page.getByText('Semua langkah sudah ada di rencana.')).toBeVisible();

  // Plan: all actions listed; a past due date marks one overdue, first; it persists.
  await page.getByRole('link', { name: 'Buka rencana perbaikan' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana perbaikan' })).toBeVisible();
  const actionRows = page.locator('tr.action-row');
  await expect(actionRows).toHaveCount(stepCount + 1);
  await expect(page.getByText(`${stepCount + 1} tindakan`, { exact: true })).toBeVisible();
  const last = actionRows.last();
  const lastText = await last.locator('textarea').inputValue();
  await last.locator('input[type="date"]').fill('2020-01-15');
  await expect(last.getByText('Terlambat')).toBeVisible();
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await page.getByLabel('Penanggung jawab tindakan nomor 2').fill('Bu Sari (ketua)');
  await page.getByLabel('Penanggung jawab tindakan nomor 2').blur();
  await page.getByRole('heading', { level: 1 }).click(); // leave the table: the list re-sorts
  await expect(actionRows.first().locator('textarea')).toHaveValue(lastText);
  await expect(actionRows.first()).toHaveClass(/overdue/);
  await expect(page.getByText('Terlambat: 1')).toBeVisible();
  await page.reload();
  await expect(actionRows.first().locator('textarea')).toHaveValue(lastText);
  await expect(actionRows.first().getByText('Terlambat')).toBeVisible();
  // An action cannot be emptied.
  const firstWhat = actionRows.first().locator('textarea');
  await firstWhat.fill('');
  await firstWhat.blur();
  await expect(page.getByText('Isi dulu tindakannya')).toBeVisible();
  await firstWhat.fill(lastText);
  await firstWhat.blur();
  // Delete with undo.
  const secondText = await actionRows.nth(1).locator('textarea').inputValue();
  await page.getByRole('button', { name: 'Hapus tindakan nomor 2' }).click();
  await expect(actionRows).toHaveCount(stepCount);
  await expect(page.getByRole('button', { name: 'Urungkan' })).toBeFocused();
  await page.getByRole('button', { name: 'Urungkan' }).press('Enter');
  await expect(actionRows).toHaveCount(stepCount + 1);
  expect(await page.locator('tr.action-row textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toContain(secondText);
  // Filter by status.
  await page.getByLabel('Tampilkan').selectOption('overdue');
  await expect(actionRows).toHaveCount(1);
  await page.getByLabel('Tampilkan').selectOption('all');
  await expectAccessible(page, 'plan');
  await shotBoth(page, 'plan');
  // Print: the sidebar and the editing controls go, the texts stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ekspor DOCX' })).toBeHidden();
  await expect(page.locator('tr.action-row').first().locator('.print-only').first()).toHaveText(lastText);
  await expect(page.locator('tr.action-row').first()).toContainText('15 Januari 2020');
  await shot(page, 'plan-print');
  await page.emulateMedia({ media: 'screen' });

  // Export DOCX → PDF with LibreOffice → the action text and the PERKIRAAN notice are in it.
  const out = test.info().outputPath('docx');
  fs.mkdirSync(out, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor DOCX' }).click()]);
  const docx = path.join(out, download.suggestedFilename());
  await download.saveAs(docx);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByText(/sudah diunduh/)).toBeVisible();
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file:///tmp/lo-${process.pid}`, '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore', timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('PERKIRAAN');
  expect(pdfText).toContain(lastText.slice(0, 30));
  expect(pdfText).toContain('TERLAMBAT');
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SHOTS, 'plan-docx')]);

  // Compare: a second round copied from the first with SDM raised back to 3.
  const round2 = await api<{ id: number }>(page, 'assessment.create', { name: 'Penilaian ulang', copyFrom: round1.id });
  await answer(page, round2.id, Object.fromEntries(sdm.map((c) => [c, 3])));
  await page.goto(`${new URL(host.url).origin}/#/results?tab=compare`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bandingkan dua putaran' })).toBeVisible();
  await page.getByLabel('Putaran A (sebelumnya)').selectOption({ label: (await api<{ id: number; name: string }[]>(page, 'assessment.list', {})).find((r) => r.id === round1.id)!.name });
  await page.getByLabel('Putaran B (sesudahnya)').selectOption({ label: 'Penilaian ulang' });
  const cmp = page.getByTestId('compare-standards');
  await expect(cmp.locator('tr', { hasText: 'S4 Sumber Daya Manusia' })).toContainText('▲ +50,0');
  await expect(cmp.locator('tr', { hasText: 'S1 Program Pelayanan' })).toContainText('= 0,0');
  await expect(cmp.locator('tr', { hasText: 'Nilai total' })).toContainText('▲ +7,5');
  await expect(cmp.locator('tr', { hasText: 'Perkiraan predikat' })).toContainText('▲ naik');
  await expect(page.getByTestId('compare-gcg')).toBeVisible();
  await expectAccessible(page, 'compare');
  await shotBoth(page, 'results-compare');
});

test('the plan explains how to add actions when it is empty, and works in English', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Mulai dari profil kosong/ }).click();
  await page.getByLabel('Jenis LKS').selectOption('lksa');
  await expect(page.locator('.save-status[data-state="saved"]')).toBeVisible();
  await page.goto(`${new URL(host.url).origin}/#/plan`);
  await page.getByRole('button', { name: 'Mulai penilaian mandiri' }).click();
  await expect(page.getByRole('heading', { name: 'Belum ada tindakan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Buka tabel kesenjangan' })).toHaveAttribute('href', '#/results?tab=gaps');
  await expectAccessible(page, 'plan empty');
  await shotBoth(page, 'plan-empty');
  await page.getByLabel('Tindakan', { exact: true }).fill('Menyusun SOP pengaduan');
  await page.getByRole('button', { name: 'Tambah tindakan' }).click();
  await expect(page.locator('tr.action-row')).toHaveCount(1);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Improvement plan' })).toBeVisible();
  await expect(page.getByText('1 action', { exact: true })).toBeVisible(); // a count in English, not "1 actions"
  await page.getByRole('link', { name: 'Results & gaps' }).click();
  await expect(page.getByTestId('total')).toContainText('Incomplete — range 0.0–100.0');
  await expect(page.getByText('ESTIMATE — not official BALKS figures')).toBeVisible();
  await expectAccessible(page, 'results english');
  await shotBoth(page, 'results-en');
});
