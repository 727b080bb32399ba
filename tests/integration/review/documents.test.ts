// The assessor's two DOCX documents from a real review: the sample LKS exports its dossier, a BALKS workspace imports it,
// scores it with the review service, and LibreOffice renders the report (draft, then final) and the visit kit (blind, open).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { importDossier } from '../../../electron/services/dossier/import';
import { assessorReportDocx } from '../../../electron/services/review/documents/report';
import { visitKitDocx } from '../../../electron/services/review/documents/visit-kit';
import { blockers, finalize, reviewContext, setItem, setItemState, updateTexts } from '../../../electron/services/review/service';
import { reviewByRound } from '../../../electron/services/review/store';
import { hasLibreOffice, render } from '../../helpers/libreoffice';
import { ROOT } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { sampleWorkspace } from '../dossier/export-helpers';

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
if (!hasLibreOffice) console.warn('SKIPPED: review documents are not rendered to PDF: `libreoffice` is not installed (.ci/run installs it).');

type Receiver = ReturnType<typeof testWorkspace>;

/** The text of word/header*.xml entries of a DOCX (where the watermark lives). */
async function headerXml(data: Buffer): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(data, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!/^word\/header\d*\.xml$/.test(entry.fileName)) { zip.readEntry(); return; }
      zip.openReadStream(entry, (err, s) => {
        if (err) return reject(err);
        s.on('data', (c: Buffer) => { out += c.toString('utf8'); });
        s.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
  return out;
}

/** Scores every applicable item like the LKS did, except a few gaps the assessor comments on; returns what it changed. */
function scoreReview(r: Receiver, reviewId: number) {
  const rc = reviewContext(r.ctx, reviewId);
  const self = rc.manifest.answers;
  const scored = Object.entries(self.indicators).filter(([, a]) => !a.notApplicable && a.level !== null);
  const high = scored.find(([, a]) => a.level! >= 2)!;
  const low = scored.find(([c, a]) => c !== high[0] && a.level! <= 3)!;
  for (const code of blockers(r.ctx, reviewId).unscored) {
    const ind = self.indicators[code];
    if (rc.snaps.instrument.components.some((c) => c.indicators.some((i) => i.code === code))) {
      if (ind?.notApplicable) setItem(r.ctx, { reviewId, target: 'indicator', code, notApplicable: { reason: ind.reason ?? 'tidak berlaku' } });
      else setItem(r.ctx, { reviewId, target: 'indicator', code, level: ind?.level ?? 2 });
    } else {
      const g = self.gcg[code];
      if (g?.gcgValue === 'na') setItem(r.ctx, { reviewId, target: 'gcg', code, notApplicable: { reason: g.reason ?? 'tidak berlaku' } });
      else setItem(r.ctx, { reviewId, target: 'gcg', code, gcgValue: g?.gcgValue ?? 'met' });
    }
  }
  // Two levels lower, with the comment finalize asks for, and the visit observation; one level higher, observation only.
  setItem(r.ctx, { reviewId, target: 'indicator', code: high[0], level: high[1].level! - 2, note: 'Dokumen SOP hanya draf, belum disahkan pengurus.', observation: 'Staf tidak dapat menunjukkan SOP saat visitasi.' });
  setItem(r.ctx, { reviewId, target: 'indicator', code: low[0], level: low[1].level! + 1, observation: 'Pelaksanaan lebih baik daripada yang ditulis LKS.' });
  setItemState(r.ctx, reviewId, 'indicator', high[0], 'perlu-perbaikan', 'Lampirkan SOP yang sudah disahkan dan ditandatangani ketua.');
  return { down: high[0], up: low[0] };
}

describe('assessor documents', () => {
  let r: Receiver;
  let reviewId: number;
  let lks: string;
  let codes: string[];

  beforeAll(async () => {
    const { t, roundId } = await sampleWorkspace();
    const out = path.join(tempDir(), 'sample.swanilai');
    await exportDossier(t.ctx, { roundId, out, language: 'id' });
    r = testWorkspace();
    const imported = await importDossier(r.ctx, out);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const rc = reviewContext(r.ctx, reviewByRound(r.ws.db, (r.ws.db.prepare('SELECT round_uid FROM dossier_import WHERE id = ?').get(imported.id) as { round_uid: string }).round_uid)!.id);
    reviewId = rc.review.id;
    lks = rc.manifest.profile.name!;
    codes = rc.snaps.instrument.components.map((c) => c.code);
  }, 120_000);

  it('names the files after the LKS and the dossier version, in both languages', async () => {
    const report = await assessorReportDocx(r.ctx, reviewId, 'id');
    const kit = await visitKitDocx(r.ctx, reviewId, 'en');
    expect(report.fileName).toMatch(/^laporan-asesor-[a-z0-9-]+-v1\.docx$/);
    expect(kit.fileName).toMatch(/^visit-kit-[a-z0-9-]+-v1\.docx$/);
    expect(report.data.subarray(0, 2).toString()).toBe('PK');
    // The DRAFT watermark is a WordArt shape anchored in the header while the review is not final.
    expect(await headerXml(report.data)).toContain('DRAFT');
    expect(await headerXml(kit.data)).not.toContain('DRAFT');
  });

  it.skipIf(!hasLibreOffice)('renders the draft and final report and the blind and open visit kit through LibreOffice', async () => {
    const dir = tempDir();
    const write = (name: string, data: Buffer) => { fs.writeFileSync(path.join(dir, name), data); return name; };
    // The review is blind by default: the visit kit prints no self-scores.
    const kitBlind = write('kit-blind.docx', (await visitKitDocx(r.ctx, reviewId, 'id')).data);
    updateTexts(r.ctx, reviewId, {
      blind: false, assessorName: 'Dra. Siti Rahayu, M.Si.',
      visitSummary: 'Visitasi 12 Maret 2027 bersama ketua yayasan, dua pengasuh dan bendahara.\nSemua ruang layanan dikunjungi.',
      findings: 'Pencatatan kasus sudah rapi; SOP pengasuhan belum disahkan.', recommendation: 'Direkomendasikan untuk akreditasi dengan perbaikan SOP.',
    });
    const kitOpen = write('kit-open.docx', (await visitKitDocx(r.ctx, reviewId, 'id')).data);
    const { down, up } = scoreReview(r, reviewId);
    const draft = write('report-draft.docx', (await assessorReportDocx(r.ctx, reviewId, 'id')).data);
    const draftEn = write('report-draft-en.docx', (await assessorReportDocx(r.ctx, reviewId, 'en')).data);
    finalize(r.ctx, reviewId);
    const final = write('report-final.docx', (await assessorReportDocx(r.ctx, reviewId, 'id')).data);
    const pages = render(dir, [kitBlind, kitOpen, draft, draftEn, final]);
    const all = (n: string) => pages[n].join(' ');

    for (const n of [kitBlind, kitOpen, draft, final]) {
      expect(pages[n].length, n).toBeGreaterThan(1);
      pages[n].forEach((p, i) => {
        expect(p, `${n} page ${i + 1}`).toContain(lks);
        expect(p, `${n} page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages[n].length}`);
      });
      for (const c of codes) expect(all(n), `${n} ${c}`).toContain(c);
    }
    pages[draftEn].forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages[draftEn].length}`));

    const d = all(draft);
    expect(d).toContain('DRAFT');
    expect(d).not.toContain('Final:');
    expect(d).toContain('PERKIRAAN');
    expect(d).toContain('snapshot instrumen');
    expect(d).toContain('Dra. Siti Rahayu, M.Si.');
    expect(d).toContain('Semua ruang layanan dikunjungi.');
    expect(d).toContain('SOP pengasuhan belum disahkan');
    expect(d).toContain('Direkomendasikan untuk akreditasi');
    expect(d).toContain('Transparansi');
    // Differences biggest first, with the assessor's note and observation; the revision request.
    const diffAt = d.indexOf('Perbedaan dengan penilaian mandiri');
    expect(d.indexOf(`${down} `, diffAt)).toBeGreaterThan(diffAt);
    expect(d.indexOf(`${down} `, diffAt)).toBeLessThan(d.indexOf(`${up} `, diffAt));
    expect(d).toContain('-2');
    expect(d).toContain('+1');
    expect(d).toContain('Staf tidak dapat');
    expect(d).toContain('Pelaksanaan lebih');
    expect(d).toContain('Lampirkan SOP');
    expect(d).toContain('Dossier diterima');
    expect(all(draftEn)).toContain('Assessor Report');
    expect(all(draftEn)).toContain('ESTIMATE');

    const f = all(final);
    expect(f).not.toContain('DRAFT');
    expect(f).toMatch(/Final: \d{1,2} \w+ \d{4}, \d{2}\.\d{2}/);
    expect(f).toContain('Ditandai final');

    // Blind: every block says the self-score is hidden, none prints one; open: the reverse.
    const b = all(kitBlind);
    const o = all(kitOpen);
    expect(b).toContain('disembunyikan (penilaian buta)');
    expect(b).not.toMatch(/Nilai mandiri LKS \d — /);
    expect(o).not.toContain('disembunyikan (penilaian buta)');
    expect(o).toMatch(/Nilai mandiri LKS \d — /);
    for (const k of [b, o]) {
      expect(k).toContain('bukan formulir resmi');
      expect(k).toContain('Amati dan wawancarai');
      expect(k).toContain('Minta dokumen');
      expect(k).toMatch(/☐ ?0/);
      expect(k).toContain('Tata kelola (GCG)');
    }

    fs.mkdirSync(SHOTS, { recursive: true });
    const shot = (name: string, page: number, out: string) =>
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', path.join(dir, name.replace(/\.docx$/, '.pdf')), path.join(SHOTS, out)]);
    shot(draft, 1, 'review-report-draft');
    shot(draft, pages[draft].findIndex((p) => p.includes('Perbedaan dengan penilaian mandiri')) + 1, 'review-report-differences');
    shot(final, 1, 'review-report-final');
    shot(kitOpen, 1, 'review-visit-kit-cover');
    shot(kitOpen, 2, 'review-visit-kit');
    shot(kitBlind, pages[kitBlind].length, 'review-visit-kit-gcg');
  }, 300_000);
});
