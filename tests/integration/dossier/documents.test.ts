// The dossier's five DOCX documents from the sample LKS, rendered by LibreOffice: text on every page, page 1 as PNG.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../electron/services/assessment/results';
import { buildDossierDocuments, type DossierDocumentsInput } from '../../../electron/services/dossier/documents/index';
import { listEvidence } from '../../../electron/services/evidence/service';
import { EntryPath } from '../../../shared/dossier/manifest';
import { hasLibreOffice, render } from '../../helpers/libreoffice';
import { ROOT } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
if (!hasLibreOffice) console.warn('SKIPPED: dossier documents are not rendered to PDF: `libreoffice` is not installed (.ci/run installs it).');

async function sampleInput(language: 'id' | 'en'): Promise<DossierDocumentsInput> {
  const t = testWorkspace();
  await t.value('workspace.loadSample');
  const [round] = await t.value<{ id: number }[]>('assessment.list');
  const { detail, instrument, checklist, profile, result } = computeResults(t.ctx, round.id);
  const r = profile?.address?.region ?? {};
  return {
    profile, roundName: detail.name, instrument, checklist, detail, result, evidence: listEvidence(t.ctx), language, today: '2027-03-01',
    findings: [{ kind: 'missing-evidence', code: 'S2.03', message: { id: 'Belum ada bukti untuk S2.03', en: 'No evidence for S2.03' } }],
    fingerprint: '3F2A 9C01 77B0 1E4D 5A6B 8C9D 0E1F 2A3B',
    regionNames: t.ctx.regions.resolve(Object.values(r).filter((x): x is string => !!x)),
  };
}

describe('dossier documents', () => {
  it('builds five DOCX files with fixed paths that the manifest accepts', async () => {
    const docs = await buildDossierDocuments(await sampleInput('en'));
    expect(docs.map((d) => d.path)).toEqual(['documents/formulir-a.docx', 'documents/formulir-b.docx', 'documents/formulir-c.docx', 'documents/profil-lks.docx', 'documents/surat-pengantar.docx']);
    expect(docs.map((d) => d.form)).toEqual(['A', 'B', 'C', 'profile', 'letter']);
    for (const d of docs) {
      expect(EntryPath.safeParse(d.path).success).toBe(true);
      expect(d.data.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it.skipIf(!hasLibreOffice)('renders through LibreOffice in Indonesian: LKS name and page number on every page, forms, estimates, evidence, checklist, letter', async () => {
    const input = await sampleInput('id');
    // One indicator marked N/A with its reason, one left unanswered, so both show in Formulir A.
    const [naCode, openCode] = input.instrument.components[5].indicators.slice(-2).map((i) => i.code);
    const stored = input.detail.indicators[naCode];
    input.detail = { ...input.detail, indicators: { ...input.detail.indicators, [naCode]: { ...stored, level: null, notApplicable: true, reason: 'Belum ada lulusan program (uji N/A)' } } };
    delete input.detail.indicators[openCode];
    const docs = await buildDossierDocuments(input);
    const dir = tempDir();
    const names = docs.map((d) => path.basename(d.path));
    for (const d of docs) fs.writeFileSync(path.join(dir, path.basename(d.path)), d.data);
    const pages = render(dir, names);
    const lks = input.profile!.name!;
    for (const n of names) {
      expect(pages[n].length, n).toBeGreaterThan(0);
      pages[n].forEach((p, i) => {
        expect(p, `${n} page ${i + 1}`).toContain(lks);
        expect(p, `${n} page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages[n].length}`);
      });
    }
    const all = (n: string) => pages[n].join(' ');
    const a = all('formulir-a.docx');
    expect(a).toContain('Persiapan Formulir A — bukan formulir resmi');
    expect(a).toContain('PERKIRAAN — bukan angka resmi BALKS');
    const ind = input.instrument.components[0].indicators.find((i) => input.detail.indicators[i.code]?.level != null)!;
    const level = ind.levels.find((l) => l.level === input.detail.indicators[ind.code].level)!;
    expect(a).toContain(ind.code);
    expect(a).toContain(`Level ${level.level} — ${level.label.id}`);
    expect(a).toContain('Belum ada bukti untuk S2.03');
    expect(a).toMatch(/Tipologi/);
    expect(a).toContain('Alasan: Belum ada lulusan program (uji N/A)');
    expect(a).toContain('Belum dijawab');
    if (input.result.gcg!.hidden.length) expect(a).toContain('Tidak berlaku untuk profil LKS ini');
    if (input.result.gcg!.items.some((i) => i.status === 'advice')) expect(a).toContain('anjuran, tidak dihitung');
    const b = all('formulir-b.docx');
    expect(b).toContain('Persiapan Formulir B');
    for (const e of input.evidence) {
      expect(b).toContain(e.title.slice(0, 25));
      expect(b).toContain(e.sha256.slice(0, 12));
    }
    const c = all('formulir-c.docx');
    expect(c).toContain('Persiapan Formulir C');
    expect(c).toMatch(/Akta notaris pendirian dan perubahan (Ada|Tidak ada|Kedaluwarsa)/);
    expect(c).toContain('Tidak ada');
    expect(c).toContain('Prasyarat pengajuan akreditasi');
    const p = all('profil-lks.docx');
    expect(p).toContain(input.profile!.contact!.name!);
    expect(p).toContain(input.regionNames![input.profile!.address!.region!.district!]);
    const l = all('surat-pengantar.docx');
    expect(l).toContain('DRAFT');
    expect(l).toContain('Kepala Badan Akreditasi Lembaga Kesejahteraan Sosial (BALKS)');
    expect(l).toContain('Permohonan akreditasi');
    expect(l).toContain(`Sidik jari berkas digital: ${input.fingerprint}`);
    expect(l).toContain(input.profile!.contact!.name!);
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const n of names) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(dir, n.replace(/\.docx$/, '.pdf')), path.join(SHOTS, `dossier-${n.replace(/\.docx$/, '')}`)]);
    }
    // Form A's first indicator page and its last (GCG) page, to look at the wide tables too.
    const aPdf = path.join(dir, 'formulir-a.pdf');
    const last = pages['formulir-a.docx'].length;
    const first = pages['formulir-a.docx'].findIndex((p) => p.includes('Jawaban per indikator')) + 1;
    for (const [pg, name] of [[first, 'indicators'], [last, 'gcg']] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pg), '-l', String(pg), '-singlefile', aPdf, path.join(SHOTS, `dossier-formulir-a-${name}`)]);
    }
  }, 240_000);
});
