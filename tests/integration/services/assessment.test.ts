// Assessment rounds on a real workspace: answers, N/A justification, validation, copy, undo that survives a restart.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { bundled } from '../../../electron/services/instruments/bundled';
import { testWorkspace } from '../../helpers/workspace';

const inst = () => bundled().instruments[0];
const naAllowed = () => inst().components.flatMap((c) => c.indicators).find((i) => i.allowNotApplicable)!;
const naForbidden = () => inst().components.flatMap((c) => c.indicators).find((i) => !i.allowNotApplicable)!;

describe('assessment rounds', () => {
  it('a new round records the instrument and checklist versions it is scored against', async () => {
    const t = testWorkspace();
    const r = await t.value('assessment.create', { name: 'Persiapan akreditasi 2027' });
    expect(r.instrument).toEqual({ id: inst().id, version: inst().version });
    expect(r.checklist).toEqual({ id: bundled().checklists[0].id, version: bundled().checklists[0].version });
    expect((await t.value('assessment.list')).map((x: { name: string }) => x.name)).toEqual(['Persiapan akreditasi 2027']);
    t.ws.close();
  });

  it('stores levels, notes and N/A with a justification; refuses what the instrument does not allow', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R1' });
    const first = inst().components[0].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: id, code: first, answer: { level: 3 } });
    await t.value('assessment.setAnswer', { assessmentId: id, code: first, note: 'SK ada di lemari arsip' });
    expect(await t.call('assessment.setAnswer', { assessmentId: id, code: first, answer: { level: 9 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('assessment.setAnswer', { assessmentId: id, code: 'NOPE.1', answer: { level: 1 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('assessment.setAnswer', { assessmentId: id, code: naForbidden().code, answer: { notApplicable: true, reason: 'tidak ada' } })).toMatchObject({ ok: false });
    expect(await t.call('assessment.setAnswer', { assessmentId: id, code: naAllowed().code, answer: { notApplicable: true, reason: '' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await t.value('assessment.setAnswer', { assessmentId: id, code: naAllowed().code, answer: { notApplicable: true, reason: 'Tidak ada klien yang tinggal di asrama' } });
    const d = await t.value('assessment.get', { id });
    expect(d.indicators[first]).toMatchObject({ level: 3, note: 'SK ada di lemari arsip', notApplicable: false });
    expect(d.indicators[naAllowed().code]).toMatchObject({ level: null, notApplicable: true, reason: 'Tidak ada klien yang tinggal di asrama' });
    expect(d.answeredIndicators).toBe(2);
    t.ws.close();
  });

  it('undo walks back changes one by one, also after the workspace is reopened', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R1' });
    const code = inst().components[1].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: id, code, answer: { level: 1 } });
    await t.value('assessment.setAnswer', { assessmentId: id, code, answer: { level: 4 } });
    const gcgCode = bundled().checklists[0].items[0].code;
    await t.value('assessment.setGcgAnswer', { assessmentId: id, code: gcgCode, value: 'partial' });
    t.ws.close();
    const ws = openWorkspace(t.dir, { mode: 'exclusive', purpose: 'reopen' });
    const ctx = createContext(ws, 'test', '0');
    const u1 = await dispatch(ctx, 'assessment.undo', { assessmentId: id });
    expect(u1).toMatchObject({ ok: true, value: { undone: { target: 'gcg', code: gcgCode, answer: null }, undoDepth: 2 } });
    const u2 = await dispatch(ctx, 'assessment.undo', { assessmentId: id });
    expect(u2).toMatchObject({ ok: true, value: { undone: { code, answer: { level: 1 } }, undoDepth: 1 } });
    await dispatch(ctx, 'assessment.undo', { assessmentId: id });
    const d = await dispatch(ctx, 'assessment.get', { id });
    expect(d.ok && (d.value as { indicators: object }).indicators).toEqual({});
    expect(await dispatch(ctx, 'assessment.undo', { assessmentId: id })).toMatchObject({ ok: true, value: { undone: null, undoDepth: 0 } });
    ws.close();
  });

  it('a new round can copy the answers of an earlier one; deleting a round removes its answers', async () => {
    const t = testWorkspace();
    const a = await t.value('assessment.create', { name: 'Putaran 1' });
    const code = inst().components[2].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: a.id, code, answer: { level: 2 } });
    const b = await t.value('assessment.create', { name: 'Putaran 2', copyFrom: a.id });
    expect(b.answeredIndicators).toBe(1);
    await t.value('assessment.setAnswer', { assessmentId: b.id, code, answer: { level: 4 } });
    expect((await t.value('assessment.get', { id: a.id })).indicators[code].level).toBe(2);
    expect(await t.value('assessment.delete', { id: a.id })).toEqual({ deleted: true });
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM answer WHERE assessment_id = ?').get(a.id)).toEqual({ n: 0 });
    expect(await t.call('assessment.get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    t.ws.close();
  });

  it('GCG answers are validated against the round checklist', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R' });
    expect(await t.call('assessment.setGcgAnswer', { assessmentId: id, code: 'ZZ99', value: 'met' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('assessment.setGcgAnswer', { assessmentId: id, code: bundled().checklists[0].items[0].code, value: 'maybe' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ws.close();
  });
});

describe('undo of notes', () => {
  it('folds quick successive note saves of one item into one undo step, but not level changes', async () => {
    let clock = Date.parse('2026-11-25T10:00:00Z');
    const t = testWorkspace();
    t.ctx.now = () => new Date(clock);
    const { id } = await t.value('assessment.create', { name: 'R' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: id, code, answer: { level: 2 } });
    for (const note of ['Dok', 'Dokumen ada', 'Dokumen ada di lemari']) { clock += 1000; await t.value('assessment.setAnswer', { assessmentId: id, code, note }); }
    expect((await t.value('assessment.get', { id })).undoDepth).toBe(2);
    clock += 60_000;
    await t.value('assessment.setAnswer', { assessmentId: id, code, note: 'Dokumen ada di lemari arsip' });
    expect((await t.value('assessment.get', { id })).undoDepth).toBe(3);
    await t.value('assessment.undo', { assessmentId: id });
    expect((await t.value('assessment.get', { id })).indicators[code].note).toBe('Dokumen ada di lemari');
    await t.value('assessment.undo', { assessmentId: id });
    expect((await t.value('assessment.get', { id })).indicators[code]).toMatchObject({ level: 2, note: null });
    t.ws.close();
  });
});

describe('undo per screen', () => {
  it('undo with a target takes back only that kind of change, and depths are counted per kind', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    const item = bundled().checklists[0].items[0].code;
    await t.value('assessment.setGcgAnswer', { assessmentId: id, code: item, value: 'met' });
    const r = await t.value('assessment.setAnswer', { assessmentId: id, code, answer: { level: 3 } });
    expect(r.undoDepth).toBe(1);
    expect((await t.value('assessment.get', { id })).undoDepths).toEqual({ indicator: 1, gcg: 1 });
    const u = await t.value('assessment.undo', { assessmentId: id, target: 'gcg' });
    expect(u).toEqual({ undone: { target: 'gcg', code: item, answer: null }, undoDepth: 0 });
    const d = await t.value('assessment.get', { id });
    expect(d.indicators[code].level).toBe(3);
    expect(d.undoDepths).toEqual({ indicator: 1, gcg: 0 });
    expect(await t.value('assessment.undo', { assessmentId: id, target: 'gcg' })).toEqual({ undone: null, undoDepth: 0 });
    t.ws.close();
  });
});
