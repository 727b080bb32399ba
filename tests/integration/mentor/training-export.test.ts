// Training invitations: the XLSX export read back with exceljs (the right LKS under the right model, with the
// reasons), Model 4 reached through item levels of a received dossier, and setRules refusing a bad body with every
// problem's path while the stored rules stay as they were.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { HEADER_ROW } from '../../../electron/services/mentor/invitations-xlsx';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { sampleWorkspace } from '../dossier/export-helpers';

const NOW = new Date('2026-03-15T03:00:00Z');
type Out = { fileName: string; base64: string };

async function sheets(out: Out) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.base64, 'base64') as never);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow((r, n) => { if (n > HEADER_ROW) rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))); });
    return { name: ws.name, title: String(ws.getCell('A1').value), header: (ws.getRow(HEADER_ROW).values as unknown[]).slice(1), rows };
  });
}

async function portfolio() {
  const t = testWorkspace();
  t.ctx.now = () => new Date(NOW);
  const tumbuh = await t.value('portfolio.add', { name: 'LKS Tumbuh Bersama', regionCode: '34.04', lksType: 'lksa', record: { year: 2025, typology: 'C' } });
  const mandiri = await t.value('portfolio.add', { name: 'LKS Mandiri Jaya', regionCode: '34.71', lksType: 'lansia', record: { year: 2025, typology: 'A', grade: 'A' } });
  const lk3 = await t.value('portfolio.add', { name: 'LK3 Keluarga Sakinah', regionCode: '34.02', lksType: 'lk3', record: { year: 2025, typology: 'D' } });
  return { t, tumbuh, mandiri, lk3 };
}

describe('training.exportInvitations', () => {
  it('puts each LKS under the models that invite it, with the reasons, one sheet per model', async () => {
    const { t } = await portfolio();
    const out: Out = await t.value('training.exportInvitations', {});
    expect(out.fileName).toBe('undangan-pelatihan.xlsx');
    const all = await sheets(out);
    const inv = await t.value('training.invitations', {});
    expect(all.map((s) => s.title.split(':')[0])).toEqual(inv.models.map((m: any) => `Model ${m.model.number}`));
    for (const s of all) expect(s.header).toEqual(['No', 'Nama LKS', 'Kab/Kota', 'Jenis', 'Tipologi', 'Alasan']);

    const m2 = all[inv.models.findIndex((m: any) => m.model.id === 'm2-tata-kelola')];
    expect(m2.title).toMatch(/^Model 2: Diklat Tata Kelola LKS dan pendampingan \(38 jam\)/);
    // The invited rows come first; then the undecided ones under their own heading.
    const gap = m2.rows.findIndex((r) => r[1].startsWith('Belum dapat diputuskan'));
    const invited = m2.rows.slice(0, gap);
    expect(invited.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['1', 'LK3 Keluarga Sakinah', 'Kabupaten Bantul', 'lk3', 'D'],
      ['2', 'LKS Tumbuh Bersama', 'Kabupaten Sleman', 'lksa', 'C'],
    ]);
    expect(invited[1][5]).toMatch(/Tipologi LKS C \(Tumbuh\)\. Diklat Tata Kelola ditujukan bagi LKS bertipologi C, D atau E/);
    const undecided = m2.rows.slice(gap);
    expect(undecided[0][1]).toBe('Belum dapat diputuskan (data belum lengkap): 1');
    expect(undecided[1].slice(0, 2)).toEqual(['1', 'LKS Mandiri Jaya']);
    expect(undecided[1][5]).toMatch(/skor GCG/);

    const lk3Sheet = all[inv.models.findIndex((m: any) => m.model.id === 'm2-rumah-tangga-lk3')];
    expect(lk3Sheet.rows.filter((r) => r[1] && /^\d+$/.test(r[0])).map((r) => r[1])).toEqual(['LK3 Keluarga Sakinah']);
    expect(lk3Sheet.rows[0][5]).toMatch(/Manajemen Rumah Tangga/);
  });

  it('exports one model, filtered by type, in English; an unknown model is NOT_FOUND', async () => {
    const { t } = await portfolio();
    const out: Out = await t.value('training.exportInvitations', { model: 'm2-tata-kelola', lksType: 'lksa', language: 'en' });
    expect(out.fileName).toBe('undangan-pelatihan-m2-tata-kelola-lksa.xlsx');
    const [only, ...rest] = await sheets(out);
    expect(rest).toEqual([]);
    expect(only.header).toEqual(['No', 'LKS name', 'Regency/City', 'Type', 'Typology', 'Reason']);
    expect(only.rows[0].slice(0, 2)).toEqual(['1', 'LKS Tumbuh Bersama']);
    expect(only.rows[0][5]).toMatch(/typology is C/);
    expect(only.rows.some((r) => r[1] === 'LK3 Keluarga Sakinah')).toBe(false);
    const r = await t.call('training.exportInvitations', { model: 'm9-none' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });

  it('invites a typology D LKS weak in fundraising to Model 4 through its dossier item levels', async () => {
    const { t: lks, roundId } = await sampleWorkspace();
    await lks.value('assessment.setAnswer', { assessmentId: roundId, code: 'S6.08', answer: { level: 1 } });
    const file = path.join(tempDir(), 'sample.swanilai');
    await exportDossier(lks.ctx, { roundId, out: file, language: 'id' });
    lks.ws.close();
    const t = testWorkspace();
    t.ctx.now = () => new Date(NOW);
    expect((await t.call('dossier.import', { path: file })).ok).toBe(true);
    await t.value('portfolio.fromDossiers');
    const [row] = await t.value('portfolio.list');
    // Before the mentor records a typology, Model 4 rests on the dossier's projection (an estimate) or is undecided.
    await t.value('portfolio.update', { id: row.id, record: { year: 2026, typology: 'D' } });
    const m4 = (await t.value('training.recommend', { lksId: row.id })).models.find((m: any) => m.model.id === 'm4-jaringan-kemitraan');
    expect(m4.status).toBe('recommended');
    expect(m4.reasons[0].text.id).toMatch(/Penggalangan dukungan masih lemah.*dukungan dana dari beberapa sumber \(butir S6\.08\) belum ada — tingkat 1/);
    expect(m4.reasons[0].because.map((c: any) => [c.fact, c.actual.id, c.met])).toEqual([['typology', 'D (Embrio)', true], ['indicator', 'tingkat 1', true]]);
    const [sheet] = await sheets(await t.value('training.exportInvitations', { model: 'm4-jaringan-kemitraan' }));
    expect(sheet.rows[0].slice(1, 2)).toEqual([row.name]);
    expect(sheet.rows[0][4]).toBe('D');
    expect(sheet.rows[0][5]).toMatch(/S6\.08/);
  });
});

describe('training.setRules refuses a bad body', () => {
  it('names every problem by path, in both languages, and leaves the stored rules unchanged', async () => {
    const { t, tumbuh } = await portfolio();
    const shipped = (await t.value('training.rules')).body;
    const edited = structuredClone(shipped);
    edited.version = '1.1.0';
    edited.rules.find((r: any) => r.id === 'm2-tipologi-cde').when.value = ['D', 'E'];
    expect((await t.value('training.setRules', { body: edited })).rules).toEqual({ source: 'stored', id: 'bk3s-diy-models', version: '1.1.0' });
    const before = t.ws.db.prepare("SELECT body, updated_at FROM mentor_rules WHERE name = 'training-rules'").get();

    const bad = structuredClone(edited);
    bad.version = 'dua';
    bad.rules[2].when = { fact: 'typology', op: 'in', value: ['F'] };
    bad.rules[3].model = 'm9';
    bad.models[0].title.id = '  ';
    const r = await t.call('training.setRules', { body: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const details = r.error.details as { path: string; message: { id: string; en: string } }[];
    expect(details.map((d) => d.path).sort()).toEqual(['models[0].title.id', 'rules[2].when.value[0]', 'version'].sort());
    for (const d of details) { expect(d.message.id).not.toBe(''); expect(d.message.en).not.toBe(''); }
    expect(r.error.message).toMatch(/tidak valid \(3 masalah\).*invalid \(3 problems\)/);
    // The model cross-check runs once the shape is right: then the unknown model is named by its path.
    const bad2 = structuredClone(edited);
    bad2.rules[3].model = 'm9';
    const r2 = await t.call('training.setRules', { body: bad2 });
    expect(!r2.ok && (r2.error.details as { path: string }[]).map((d) => d.path)).toEqual(['rules[3].model']);

    expect(t.ws.db.prepare("SELECT body, updated_at FROM mentor_rules WHERE name = 'training-rules'").get()).toEqual(before);
    const m2 = (await t.value('training.invitations', {})).models.find((m: any) => m.model.id === 'm2-tata-kelola');
    // Still the stored edit (D, E only): the typology C LKS is no longer invited for its typology.
    expect(m2.invite.some((x: any) => x.lksId === tumbuh.id)).toBe(false);
  });
});
