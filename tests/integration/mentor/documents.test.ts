// The mentor's documents rendered by real LibreOffice and read back with pdftotext: the regional summary DOCX of the
// DIY 2015 list shows Table I.1 row by row with its totals (366); the mentor report of a small portfolio with visits,
// actions (one overdue) and scored records has its numbered sections and numbers. Page PNGs go to the screenshots.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasLibreOffice, render } from '../../helpers/libreoffice';
import ExcelJS from 'exceljs';
import { cli, ROOT } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { fixture, listInput, TABLE_I_1 } from './helpers';

if (!hasLibreOffice) console.warn('SKIPPED: mentor documents are not rendered: `libreoffice` is not installed (.ci/run installs it).');

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const NOW = new Date('2026-03-15T03:00:00Z');
type Out = { fileName: string; base64: string };

function write(dir: string, out: Out, name = out.fileName): string {
  fs.writeFileSync(path.join(dir, name), Buffer.from(out.base64, 'base64'));
  return name;
}

function shot(dir: string, name: string, page: number, out: string): void {
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', path.join(dir, name.replace(/\.docx$/, '.pdf')), path.join(SHOTS, out)]);
}

/** A regency row of the rendered table: number, name, A–E and total separated by spaces. */
const rowText = (i: number, r: (typeof TABLE_I_1.rows)[number]) => `${i + 1} ${r.nama_wilayah} ${r.A} ${r.B} ${r.C} ${r.D} ${r.E} ${r.total}`;

describe.skipIf(!hasLibreOffice)('mentor documents through LibreOffice', () => {
  it('the summary DOCX of the DIY 2015 list is Table I.1 with its totals, a chart, grades and filters', async () => {
    const t = testWorkspace();
    t.ctx.now = () => new Date(NOW);
    await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    const dir = tempDir();
    const all: Out = await t.value('summary.exportDocx', {});
    expect(all.fileName).toBe('rekap-lks.docx');
    const sleman: Out = await t.value('summary.exportDocx', { region: '34.04', year: 2015, language: 'en' });
    expect(sleman.fileName).toBe('rekap-lks-34.04-2015.docx');
    const a = write(dir, all);
    const b = write(dir, sleman);
    const pages = render(dir, [a, b]);
    const text = pages[a].join(' ');
    expect(text).toContain('No Kabupaten/Kota A B C D E Jumlah');
    TABLE_I_1.rows.forEach((r, i) => expect(text).toContain(rowText(i, r)));
    const tot = TABLE_I_1.total;
    expect(text).toContain(`Jumlah ${tot.A} ${tot.B} ${tot.C} ${tot.D} ${tot.E} 366`);
    expect(text).toContain('1. Jumlah LKS per kabupaten/kota dan tipologi');
    expect(text).toContain('Diagram: jumlah LKS per kabupaten/kota menurut tipologi');
    // The chart repeats each regency with its total.
    expect(text).toMatch(/Kabupaten Sleman[^A-Za-z]*\b115\b/);
    expect(text).toContain('2. Sebaran peringkat');
    expect(text).toContain('3. Rata-rata nilai per standar');
    expect(text).toContain('tahun terakhir tiap LKS');
    // An imported list is no projection: no estimate banner.
    expect(text).not.toContain('PERKIRAAN');

    const en = pages[b].join(' ');
    expect(en).toContain('No Regency/City A B C D E Total');
    expect(en).toContain('1 Kabupaten Sleman 2 29 44 16 24 115');
    expect(en).toContain('Total 2 29 44 16 24 115');
    expect(en).toContain('Kabupaten Sleman (34.04)');
    expect(en).not.toContain('Kota Yogyakarta');
    shot(dir, a, 1, 'mentor-summary-docx');
    t.ws.close();
  }, 300_000);

  it('the mentor report has its numbered sections, visits, actions with one overdue, progress and invitations', async () => {
    const t = testWorkspace();
    t.ctx.now = () => new Date(NOW);
    const tunas = await t.value('portfolio.add', { name: 'LKSA Tunas Harapan', regionCode: '34.04', lksType: 'lksa', permitExpiry: '2026-04-30', record: { year: 2024, typology: 'D', grade: 'C', score: 55.5 } });
    await t.value('portfolio.update', { id: tunas.id, record: { year: 2025, typology: 'C', grade: 'B', score: 68 } });
    const lansia = await t.value('portfolio.add', { name: 'LKS Lansia Sejahtera', regionCode: '34.71', lksType: 'lansia', record: { year: 2025, typology: 'B', grade: null, score: 80 } });
    await t.value('portfolio.add', { name: 'LKS Kulon Progo Lain', regionCode: '34.01', lksType: 'disabilitas' });
    const v1 = await t.value('visit.add', {
      lksId: tunas.id, date: '2026-01-10', kind: 'pendampingan', findings: 'SOP pengasuhan belum ada; buku kas belum rapi',
      actions: [{ text: 'Susun SOP pengasuhan', owner: 'Ketua', dueDate: '2026-02-01' }, { text: 'Kirim laporan keuangan', owner: 'Bendahara', dueDate: '2026-04-01' }],
    });
    await t.value('action.update', { id: v1.actions[1].id, done: true });
    await t.value('visit.add', { lksId: lansia.id, date: '2026-02-20', kind: 'supervisi-perizinan', findings: 'Izin operasional diperpanjang' });
    // Before the period: not counted.
    await t.value('visit.add', { lksId: lansia.id, date: '2025-11-03', kind: 'insidental', findings: 'Banjir di gudang' });

    const dir = tempDir();
    const id: Out = await t.value('mentor.reportDocx', { language: 'id' });
    expect(id.fileName).toBe('laporan-pendamping-2026-01-01-2026-03-15.docx');
    const en: Out = await t.value('mentor.reportDocx', { language: 'en', region: '34.04', from: '2025-01-01', to: '2026-12-31' });
    const bad = await t.call('mentor.reportDocx', { from: '2026-03-01', to: '2026-02-01' });
    expect(bad.ok).toBe(false);
    const a = write(dir, id);
    const b = write(dir, en, 'report-en.docx');
    const pages = render(dir, [a, b]);
    const text = pages[a].join(' ');
    for (const h of ['1. Keadaan portofolio', '1.1 Menurut tipologi', '1.2 Menurut peringkat akreditasi', '2. Kunjungan dalam periode', '2.1 Menurut jenis kunjungan',
      '3. Tindak lanjut', '4. Kemajuan nilai', '5. Rekomendasi pelatihan']) expect(text).toContain(h);
    expect(text).toContain('Periode 1 Januari 2026 – 15 Maret 2026');
    expect(text).toContain('Jumlah LKS dampingan 3');
    expect(text).toContain('2 kunjungan tercatat');
    expect(text).toMatch(/Pendampingan 1 Supervisi — perizinan 1 .*Jumlah 2/);
    expect(text).not.toContain('Banjir di gudang');
    expect(text).toContain('SOP pengasuhan belum ada; buku kas belum rapi');
    expect(text).toContain('Selesai dalam periode 1');
    expect(text).toContain('Masih terbuka (semua) 1');
    expect(text).toContain('Terlambat (lewat tenggat) 1');
    expect(text).toMatch(/LKSA Tunas Harapan Susun SOP pengasuhan Ketua .* 42/);
    expect(text).toMatch(/LKSA Tunas Harapan 2024: 55,5 2025: 68,0 \+12,5/);
    expect(text).toContain('LKSA Tunas Harapan 30 Apr 2026 1'); // the permit ends within 90 days
    expect(text).toMatch(/Diklat Tata Kelola LKS dan 1 LKSA Tunas Harapan — Tipologi LKS C/);
    expect(text).toMatch(/Lembaga …+/);

    const e = pages[b].join(' ');
    expect(e).toContain('LKS followed 1');
    expect(e).toContain('1 visits recorded');
    expect(e).not.toContain('LKS Lansia Sejahtera');
    shot(dir, a, 1, 'mentor-report-docx');
    shot(dir, a, pages[a].length, 'mentor-report-docx-last');
    t.ws.close();
  }, 300_000);
});

/** The words of a DOCX without rendering it: the runs of word/document.xml, tags dropped. */
const docxWords = (file: string) => execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');

describe('mentor documents from the CLI', () => {
  it('summary --out writes the XLSX and DOCX of Table I.1; mentor report --out writes the report; bad flags fail', async () => {
    const dir = tempDir();
    const ws = path.join(dir, 'bk3s');
    expect(cli('workspace', 'init', ws).status).toBe(0);
    expect(cli('portfolio', 'import', fixture('diy-2015.csv'), '--workspace', ws).status).toBe(0);

    const xlsx = path.join(dir, 'rekap.xlsx');
    const r1 = cli('summary', '--workspace', ws, '--out', xlsx);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.stdout).toContain(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(sheet.rowCount).values as unknown[]).slice(3)).toEqual(['Jumlah', 2, 64, 169, 92, 39, 366]);

    const docx = path.join(dir, 'rekap.docx');
    const r2 = cli('summary', '--workspace', ws, '--region', '34.71', '--out', docx, '--lang', 'en');
    expect(r2.status, r2.stderr).toBe(0);
    const words = docxWords(docx);
    expect(words).toContain('Regional summary');
    expect(words).toContain('Kota Yogyakarta (34.71)');
    expect(words).toMatch(/Total0103124368/); // the total row's cells run together: Total, 0, 10, 31, 24, 3, 68
    expect(words).not.toContain('Kabupaten Sleman');

    const bad = cli('summary', '--workspace', ws, '--out', path.join(dir, 'rekap.pdf'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/\.xlsx or \.docx/);

    const report = path.join(dir, 'laporan.docx');
    const r3 = cli('mentor', 'report', '--workspace', ws, '--out', report, '--from', '2015-01-01', '--to', '2015-12-31', '--type', 'LKSA');
    expect(r3.status, r3.stderr).toBe(0);
    const rw = docxWords(report);
    expect(rw).toContain('Laporan Pendamping');
    expect(rw).toContain('1 Januari 2015 – 31 Desember 2015');
    expect(rw).toContain('1. Keadaan portofolio');
    expect(rw).toContain('5. Rekomendasi pelatihan');
    expect(rw).toContain('semua wilayah');
    expect(cli('mentor', 'report', '--workspace', ws).status).not.toBe(0);
    const swapped = cli('mentor', 'report', '--workspace', ws, '--out', report, '--from', '2016-01-01', '--to', '2015-01-01');
    expect(swapped.status).not.toBe(0);
    expect(swapped.stderr).toMatch(/start date must not be after the end date/);
  }, 120_000);
});
