// GCG answers on a real workspace: "tidak berlaku" only where allowed and with a reason; carry-over of GCG answers.
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/instrument/schema';
import { bundled } from '../../../electron/services/instruments/bundled';
import { testWorkspace } from '../../helpers/workspace';

const checklist = () => structuredClone(bundled().checklists[0]);
const instrument = () => structuredClone(bundled().instruments[0]);

/** Two synthetic versions above every shipped one: A allows N/A on its first two items, B only on the first. */
function versions(): { a: Checklist; b: Checklist; inst: ReturnType<typeof instrument> } {
  const a = checklist();
  a.version = '9.0.0';
  a.items = a.items.map((i, k) => ({ ...i, allowNotApplicable: k < 2 }));
  a.changelog = [];
  const b = structuredClone(a);
  b.version = '9.1.0';
  b.items[1].allowNotApplicable = false;
  // item 2 reworded only (declared editorial), item 3 changed in meaning, one new item
  b.items[2].text = { id: b.items[2].text.id + ' (redaksi)', en: b.items[2].text.en + ' (wording)' };
  b.items[3].text = { id: 'Butir dengan arti baru', en: 'An item with a new meaning' };
  b.items.push({ ...structuredClone(b.items[0]), code: 'Z99', text: { id: 'Butir baru', en: 'New item' } });
  b.changelog = [{ version: '9.1.0', note: { id: 'uji', en: 'test' }, editorial: [b.items[2].code] }];
  const inst = instrument();
  inst.version = '9.0.0';
  return { a, b, inst };
}

describe('GCG answers', () => {
  it('refuses "tidak berlaku" on an item that every LKS must meet, and without a reason', async () => {
    const t = testWorkspace();
    const { id } = await t.value('assessment.create', { name: 'R1' });
    const must = checklist().items.find((i) => !i.allowNotApplicable)!.code;
    const bad = await t.call('assessment.setGcgAnswer', { assessmentId: id, code: must, value: 'na', reason: 'tidak relevan' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.message).toContain('tidak boleh');
    const allowed = checklist().items.find((i) => i.allowNotApplicable);
    if (allowed) {
      expect(await t.call('assessment.setGcgAnswer', { assessmentId: id, code: allowed.code, value: 'na' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      await t.value('assessment.setGcgAnswer', { assessmentId: id, code: allowed.code, value: 'na', reason: 'Semua pengelola adalah relawan' });
      const d = await t.value('assessment.get', { id });
      expect(d.gcg[allowed.code]).toMatchObject({ gcgValue: 'na', reason: 'Semua pengelola adalah relawan' });
      // changing the answer away from N/A drops the reason
      await t.value('assessment.setGcgAnswer', { assessmentId: id, code: allowed.code, value: 'met' });
      expect((await t.value('assessment.get', { id })).gcg[allowed.code]).toMatchObject({ gcgValue: 'met', reason: null });
    }
    expect(await t.call('assessment.setGcgAnswer', { assessmentId: id, code: must, value: 'met', reason: 'x y z' })).toMatchObject({ ok: false });
    t.ws.close();
  });

  it('carrying a round over moves the GCG checklist too: keeps unchanged and reworded answers, drops refused N/A', async () => {
    const t = testWorkspace();
    const { a, b, inst } = versions();
    await t.value('instrument.import', { json: a });
    await t.value('instrument.import', { json: b });
    const next = structuredClone(inst);
    next.version = '9.1.0';
    await t.value('instrument.import', { json: inst });
    await t.value('instrument.import', { json: next });
    const old = await t.value('assessment.create', { name: 'Lama', instrument: { id: inst.id, version: '9.0.0' }, checklist: { id: a.id, version: '9.0.0' } });
    const [i0, i1, i2, i3, i4] = a.items.map((i) => i.code);
    await t.value('assessment.setGcgAnswer', { assessmentId: old.id, code: i0, value: 'na', reason: 'alasan yang sah' });
    await t.value('assessment.setGcgAnswer', { assessmentId: old.id, code: i1, value: 'na', reason: 'alasan lama' });
    await t.value('assessment.setGcgAnswer', { assessmentId: old.id, code: i2, value: 'met' });
    await t.value('assessment.setGcgAnswer', { assessmentId: old.id, code: i3, value: 'partial' });
    await t.value('assessment.setGcgAnswer', { assessmentId: old.id, code: i4, value: 'not-met' });
    const to = { id: inst.id, version: '9.1.0' };
    const preview = await t.value('assessment.carryOverPreview', { assessmentId: old.id, to });
    expect(preview.checklist).toMatchObject({ from: { version: '9.0.0' }, to: { version: '9.1.0' }, answersKept: 3, added: ['Z99'], changed: [i3] });
    expect(preview.checklist.answersDropped.sort()).toEqual([i1, i3].sort());
    const round = await t.value('assessment.carryOver', { assessmentId: old.id, to, name: 'Baru' });
    expect(round.checklist).toEqual({ id: a.id, version: '9.1.0' });
    const d = await t.value('assessment.get', { id: round.id });
    expect(Object.keys(d.gcg).sort()).toEqual([i0, i2, i4].sort());
    expect(d.gcg[i0]).toMatchObject({ gcgValue: 'na', reason: 'alasan yang sah' });
    t.ws.close();
  });
});
