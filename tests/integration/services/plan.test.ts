// Improvement plan actions and their DOCX export, rendered by LibreOffice to check the text really is there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../electron/services/instruments/bundled';
import { isOverdue } from '../../../electron/services/plan/service';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

function docxToText(buf: Buffer): string {
  const dir = tempDir('swanilai-docx-');
  const file = path.join(dir, 'plan.docx');
  fs.writeFileSync(file, buf);
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
  // Reading order, whitespace collapsed: table cells wrap across lines.
  return execFileSync('pdftotext', [path.join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The document's words without rendering: runs of word/document.xml joined, tags dropped. */
function docxWords(base64: string): string {
  const file = path.join(tempDir('swanilai-docx-'), 'plan.docx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/[ \t]+/g, ' ');
}

describe('improvement plan', () => {
  it('adds, edits, lists (open first, by due date) and removes actions', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R' });
    const a = await t.value('plan.add', { assessmentId: id, what: 'Perbarui izin operasional', who: 'Ketua', dueDate: '2027-01-31', code: 'S3.03' });
    const b = await t.value('plan.add', { assessmentId: id, what: 'Susun SOP pengaduan', dueDate: '2026-12-15' });
    await t.value('plan.update', { id: b.id, status: 'done' });
    const c = await t.value('plan.add', { assessmentId: id, what: 'Pelatihan pengasuh' });
    expect((await t.value('plan.list', { assessmentId: id })).map((x: { id: number }) => x.id)).toEqual([a.id, c.id, b.id]);
    expect(await t.call('plan.add', { assessmentId: id, what: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('plan.update', { id: a.id, dueDate: '31-01-2027' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.value('plan.remove', { id: c.id })).toEqual({ removed: true });
    expect(await t.value('plan.list', { assessmentId: id })).toHaveLength(2);
    t.ws.close();
  });

  it('overdue means not done and due before today', () => {
    expect(isOverdue({ status: 'todo', dueDate: '2026-11-24' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ status: 'doing', dueDate: '2026-11-25' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2020-01-01' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: null }, '2026-11-25')).toBe(false);
  });

  it('DOCX labels the round as a round, counts actions in proper English and writes dates through Intl', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'Persiapan akreditasi 2027' });
    await t.value('plan.add', { assessmentId: id, what: 'Perbarui izin operasional', dueDate: '2027-01-15' });
    const en = docxWords((await t.value('plan.exportDocx', { assessmentId: id, language: 'en' })).base64);
    expect(en).toContain('Assessment round: Persiapan akreditasi 2027');
    expect(en).toContain('1 action: 0 done, 0 overdue.');
    expect(en).toContain('15 January 2027');
    const id_ = docxWords((await t.value('plan.exportDocx', { assessmentId: id, language: 'id' })).base64);
    expect(id_).toContain('Putaran penilaian: Persiapan akreditasi 2027');
    expect(id_).toContain('15 Januari 2027');
    await t.value('plan.add', { assessmentId: id, what: 'Susun SOP pengaduan' });
    expect(docxWords((await t.value('plan.exportDocx', { assessmentId: id, language: 'en' })).base64)).toContain('2 actions: 0 done');
    t.ws.close();
  });

  it('exports a DOCX that LibreOffice renders with the actions, the overdue mark and the estimate notice', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample', {});
    const { id } = await t.value('assessment.create', { name: 'Persiapan akreditasi 2027' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    await t.value('plan.add', { assessmentId: id, what: 'Rapat tinjauan visi misi bersama klien', who: 'Bu Rahayu', dueDate: '2020-01-10', code });
    const out = await t.value('plan.exportDocx', { assessmentId: id, language: 'id' });
    expect(out.fileName).toMatch(/\.docx$/);
    const text = docxToText(Buffer.from(out.base64, 'base64'));
    expect(text).toContain('Rencana Perbaikan');
    expect(text).toContain('Rapat tinjauan visi misi bersama klien');
    expect(text).toContain('TERLAMBAT');
    expect(text).toContain('PERKIRAAN');
    expect(text).toContain('CONTOH FIKTIF');
    t.ws.close();
  });
});
