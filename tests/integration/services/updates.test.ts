// Every update through the handler table changes only the fields it is given (issue 8: editing an action reset its status).
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../electron/services/instruments/bundled';
import { testWorkspace } from '../../helpers/workspace';

describe('updates change only what they are given', () => {
  it('plan.update: a new owner keeps the status, code, due date and text', async () => {
    const t = testWorkspace();
    const { id: assessmentId } = await t.value('assessment.create', { name: 'R' });
    const a = await t.value('plan.add', { assessmentId, code: 'S3.03', what: 'Perbarui izin operasional', who: 'Ketua', dueDate: '2027-01-31', status: 'doing' });
    expect(a.status).toBe('doing');
    const edited = await t.value('plan.update', { id: a.id, who: 'Sekretaris' });
    expect(edited).toMatchObject({ status: 'doing', code: 'S3.03', what: 'Perbarui izin operasional', who: 'Sekretaris', dueDate: '2027-01-31' });
    // Each field on its own, and an explicit null clears only that field.
    expect(await t.value('plan.update', { id: a.id, dueDate: null })).toMatchObject({ status: 'doing', who: 'Sekretaris', dueDate: null, code: 'S3.03' });
    expect(await t.value('plan.update', { id: a.id, what: 'Ajukan izin baru' })).toMatchObject({ status: 'doing', who: 'Sekretaris', what: 'Ajukan izin baru' });
    expect(await t.value('plan.update', { id: a.id, status: 'done' })).toMatchObject({ status: 'done', who: 'Sekretaris', what: 'Ajukan izin baru' });
    // plan.add still defaults a new action to "todo".
    expect((await t.value('plan.add', { assessmentId, what: 'Baru' })).status).toBe('todo');
    t.ws.close();
  });

  it('evidence.update: a new title keeps kind and dates; null clears one date only', async () => {
    const t = testWorkspace();
    const bytes = Buffer.from('%PDF-1.4 izin');
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'izin.pdf', size: bytes.length, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(uploadId, 0, bytes);
    const { evidence } = await t.value('evidence.uploadFinish', { uploadId, meta: { kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: '2027-03-31' } });
    expect(await t.value('evidence.update', { id: evidence.id, meta: { title: 'Izin operasional' } }))
      .toMatchObject({ title: 'Izin operasional', kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: '2027-03-31' });
    expect(await t.value('evidence.update', { id: evidence.id, meta: { expiryDate: null } }))
      .toMatchObject({ title: 'Izin operasional', kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: null });
    expect(await t.value('evidence.update', { id: evidence.id, meta: {} }))
      .toMatchObject({ title: 'Izin operasional', kind: 'izin-operasional', effectiveDate: '2024-04-01', expiryDate: null });
    t.ws.close();
  });

  it('assessment.rename keeps instrument, checklist and answers', async () => {
    const t = testWorkspace();
    const round = await t.value('assessment.create', { name: 'Putaran 1' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: round.id, code, answer: { level: 3 }, note: 'catatan' });
    const renamed = await t.value('assessment.rename', { id: round.id, name: 'Putaran pertama' });
    expect(renamed).toMatchObject({ name: 'Putaran pertama', instrument: round.instrument, checklist: round.checklist, answeredIndicators: 1 });
    expect((await t.value('assessment.get', { id: round.id })).indicators[code]).toMatchObject({ level: 3, note: 'catatan' });
    t.ws.close();
  });

  it('assessment.setAnswer: a note alone keeps the level, a level alone keeps the note', async () => {
    const t = testWorkspace();
    const round = await t.value('assessment.create', { name: 'R' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: round.id, code, answer: { level: 2 } });
    expect((await t.value('assessment.setAnswer', { assessmentId: round.id, code, note: 'ada SK' })).answer).toMatchObject({ level: 2, note: 'ada SK' });
    expect((await t.value('assessment.setAnswer', { assessmentId: round.id, code, answer: { level: 4 } })).answer).toMatchObject({ level: 4, note: 'ada SK' });
    t.ws.close();
  });

  it('settings.set with nothing (or only some keys) leaves the other settings as they were', async () => {
    const t = testWorkspace();
    await t.value('settings.set', { language: 'en' });
    expect(await t.value('settings.set', {})).toEqual({ language: 'en' });
    expect(await t.value('settings.get')).toEqual({ language: 'en' });
    t.ws.close();
  });
});
