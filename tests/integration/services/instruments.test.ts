// Importing instrument files into a workspace and carrying a round over to a new instrument version.
import { describe, expect, it } from 'vitest';
import { diffInstruments } from '../../../shared/instrument/carryover';
import { bundled } from '../../../electron/services/instruments/bundled';
import { testWorkspace } from '../../helpers/workspace';

const shipped = () => structuredClone(bundled().instruments[0]);
/** A version above every shipped one, so the synthetic next version never collides with a real release. */
const NEXT = '9.0.0';

/** A next version: one question reworded, one rubric changed, one indicator removed, one added. */
function nextVersion() {
  const v = shipped();
  v.version = NEXT;
  const [c0, c1] = v.components;
  c0.indicators[0].question = { id: c0.indicators[0].question.id + ' (diperbarui)', en: c0.indicators[0].question.en + ' (updated)' };
  c0.indicators[1].levels[2].description = { id: 'Uraian level 2 yang baru', en: 'New level 2 description' };
  const removed = c1.indicators.splice(1, 1)[0];
  c1.indicators.push({ ...structuredClone(c1.indicators[0]), code: 'S2.99', question: { id: 'Indikator baru', en: 'New indicator' } });
  return { v, reworded: c0.indicators[0].code, rubric: c0.indicators[1].code, removed: removed.code, kept: c0.indicators[2].code };
}

describe('instrument import', () => {
  it('imports a valid file once, refuses a different file with the same version, explains invalid ones', async () => {
    const t = testWorkspace();
    const { v } = nextVersion();
    expect(await t.value('instrument.import', { json: v })).toMatchObject({ alreadyPresent: false, summary: { id: 'balks-umum', version: NEXT, source: 'imported' } });
    expect(await t.value('instrument.import', { json: v })).toMatchObject({ alreadyPresent: true });
    const other = structuredClone(v);
    other.components[0].weight += 1;
    expect(await t.call('instrument.import', { json: other })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.call('instrument.import', { json: shipped() })).toMatchObject({ ok: true, value: { alreadyPresent: true } });
    const bad = await t.call('instrument.import', { json: { kind: 'instrument', id: 'x' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect((bad.error.details as { path: string }[]).map((p) => p.path)).toContain('version');
    const versions = (await t.value('instrument.list')).filter((d: { id: string }) => d.id === 'balks-umum').map((d: { version: string }) => d.version);
    const shippedVersions = bundled().instruments.filter((d) => d.id === 'balks-umum').map((d) => d.version);
    expect(versions.sort()).toEqual([...new Set([...shippedVersions, NEXT])].sort());
    t.ws.close();
  });
});

describe('carry-over to a new instrument version', () => {
  it('diffs two versions by meaning', () => {
    const { v, reworded, rubric, removed } = nextVersion();
    const d = diffInstruments(shipped(), v);
    expect(d.added).toEqual(['S2.99']);
    expect(d.removed).toEqual([removed]);
    expect(d.changed).toEqual([{ code: reworded, kinds: ['question'], carriesAnswer: true }, { code: rubric, kinds: ['levels'], carriesAnswer: false }]);
    expect(d.unchanged).toHaveLength(shipped().components.flatMap((c) => c.indicators).length - 3);
  });

  it('previews, then creates a new round keeping matching answers and evidence, flagging what to review', async () => {
    const t = testWorkspace();
    const { v, reworded, rubric, removed, kept } = nextVersion();
    await t.value('instrument.import', { json: v });
    const old = await t.value('assessment.create', { name: 'Putaran 2026', instrument: { id: 'balks-umum', version: shipped().version } });
    for (const [code, level] of [[reworded, 3], [rubric, 2], [removed, 4], [kept, 1]] as const) await t.value('assessment.setAnswer', { assessmentId: old.id, code, answer: { level } });
    const { uploadId } = await t.value('evidence.uploadBegin', { name: 'sop.pdf', size: 3, mediaType: 'application/pdf' });
    t.ctx.uploads.chunk(uploadId, 0, Buffer.from('sop'));
    await t.value('evidence.uploadFinish', { uploadId, link: { assessmentId: old.id, target: 'indicator', code: rubric } });
    const to = { id: 'balks-umum', version: NEXT };
    const preview = await t.value('assessment.carryOverPreview', { assessmentId: old.id, to });
    expect(preview.answersKept).toBe(2);
    expect(preview.answersDropped.sort()).toEqual([removed, rubric].sort());
    const round = await t.value('assessment.carryOver', { assessmentId: old.id, to, name: 'Putaran 2027' });
    expect(round).toMatchObject({ instrument: to, carriedFrom: old.id, answeredIndicators: 2 });
    expect(round.reviewCodes.sort()).toEqual([reworded, rubric, 'S2.99'].sort());
    const detail = await t.value('assessment.get', { id: round.id });
    expect(Object.keys(detail.indicators).sort()).toEqual([reworded, kept].sort());
    expect(detail.links[`indicator:${rubric}`]).toHaveLength(1);
    expect((await t.value('assessment.get', { id: old.id })).answeredIndicators).toBe(4);
    expect(await t.call('assessment.carryOver', { assessmentId: round.id, to, name: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    t.ws.close();
  });
});
