// Visits, actions, attention, the .ics export and training recommendations through the handler table, on a real
// workspace with a fixed clock (15 March 2026, 10:00 WIB).
import { describe, expect, it } from 'vitest';
import { testWorkspace } from '../../helpers/workspace';

const NOW = new Date('2026-03-15T03:00:00Z');

function setup() {
  const t = testWorkspace();
  t.ctx.now = () => new Date(NOW);
  return t;
}

/** Unfolds an .ics (RFC 5545 §3.1) into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

async function errorOf(t: ReturnType<typeof setup>, name: string, input: unknown) {
  const r = await t.call(name, input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  return r.error as { code: string; message: string; details?: { path: string; message: string }[] };
}

describe('mentor visits, actions and attention', () => {
  it('logs a visit with actions, and overdue actions and missed visits surface, latest first', async () => {
    const t = setup();
    const lks = await t.value('portfolio.add', { name: 'LKSA Tunas Harapan', regionCode: '34.04', lksType: 'lksa', permitExpiry: '2026-06-30', record: { year: 2025, typology: 'C', grade: 'B', score: 68 } });
    const visit = await t.value('visit.add', {
      lksId: lks.id, date: '2026-01-10', kind: 'pendampingan', participants: 'Ketua, bendahara', findings: 'SOP pengasuhan belum ada', nextVisitDate: '2026-02-20',
      actions: [{ text: 'Susun SOP pengasuhan', owner: 'Ketua', dueDate: '2026-02-01' }, { text: 'Kirim laporan keuangan', owner: 'Bendahara', dueDate: '2026-03-01' }],
    });
    expect(visit.actions.map((a: { text: string }) => a.text)).toEqual(['Susun SOP pengasuhan', 'Kirim laporan keuangan']);
    const done = await t.value('action.update', { id: visit.actions[0].id, done: true });
    expect(done).toMatchObject({ done: true, doneAt: NOW.toISOString(), text: 'Susun SOP pengasuhan' });

    // A second LKS on a monthly rhythm, last visited on 1 December 2025: due on 1 January.
    const other = await t.value('portfolio.add', { name: 'LKS Lansia Sejahtera', regionCode: '34.71', lksType: 'lansia' });
    await t.value('visit.add', { lksId: other.id, date: '2025-12-01', kind: 'supervisi-perizinan' });
    const row = await t.value('portfolio.setRhythm', { lksId: other.id, rhythm: 'monthly' });
    expect(row.rhythm).toBe('monthly');

    const att = await t.value('mentor.attention');
    expect(att.today).toBe('2026-03-15');
    expect(att.items.map((i: any) => [i.kind, i.lksName, i.dueDate, i.daysLate, i.reason ?? i.text])).toEqual([
      ['visit', 'LKS Lansia Sejahtera', '2026-01-01', 73, 'rhythm'],
      ['visit', 'LKSA Tunas Harapan', '2026-02-20', 23, 'planned'],
      ['action', 'LKSA Tunas Harapan', '2026-03-01', 14, 'Kirim laporan keuangan'],
    ]);
    expect(att.items[1].message.id).toContain('2026-02-20');

    const list = await t.value('portfolio.list');
    expect(list.find((r: any) => r.id === lks.id)).toMatchObject({ openActions: 1, overdueActions: 1, lastVisit: '2026-01-10', nextVisit: '2026-02-20' });

    // A visit on the planned date clears the missed visit; marking the action done clears it too.
    await t.value('visit.add', { lksId: lks.id, date: '2026-03-10', kind: 'pasca-diklat', nextVisitDate: '2026-06-10' });
    await t.value('action.update', { id: visit.actions[1].id, done: true });
    const after = await t.value('mentor.attention');
    expect(after.items.map((i: any) => i.lksName)).toEqual(['LKS Lansia Sejahtera']);

    const visits = await t.value('visit.list', { lksId: lks.id });
    expect(visits.map((v: any) => v.date)).toEqual(['2026-03-10', '2026-01-10']);
    expect(await t.value('visit.remove', { id: visit.id })).toEqual({ removed: true });
    expect((await t.value('portfolio.list')).find((r: any) => r.id === lks.id).openActions).toBe(0);
  });

  it('refuses bad dates, a next visit before the visit and empty action text, in Indonesian and English', async () => {
    const t = setup();
    const lks = await t.value('portfolio.add', { name: 'LKS Uji' });
    const bad = await errorOf(t, 'visit.add', { lksId: lks.id, date: '2026-02-30', kind: 'pendampingan' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details![0]).toMatchObject({ path: 'date', message: expect.stringMatching(/tanggal kunjungan .* \/ the visit date/) });
    const before = await errorOf(t, 'visit.add', { lksId: lks.id, date: '2026-03-01', kind: 'insidental', nextVisitDate: '2026-02-01' });
    expect(before).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/harus sesudah .* must be after/) });
    const empty = await errorOf(t, 'visit.add', { lksId: lks.id, date: '2026-03-01', kind: 'insidental', actions: [{ text: '   ' }] });
    expect(empty.details![0]).toMatchObject({ path: 'actions.0.text', message: 'isi tindak lanjut wajib diisi / action text is required' });
    expect((await errorOf(t, 'visit.add', { lksId: lks.id, date: '2026-03-01', kind: 'kunjungan' })).code).toBe('VALIDATION');
    const v = await t.value('visit.add', { lksId: lks.id, date: '2026-03-01', kind: 'insidental', nextVisitDate: '2026-04-01' });
    // Moving the visit past its stored next date is caught too.
    expect((await errorOf(t, 'visit.update', { id: v.id, date: '2026-04-02' })).message).toMatch(/must be after/);
    expect((await errorOf(t, 'action.update', { id: 999, done: true })).code).toBe('NOT_FOUND');
    expect((await errorOf(t, 'visit.list', { lksId: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('calendar.export', () => {
  it('writes an .ics with the planned visit, open actions and the permit, and says why re-accreditation is left out', async () => {
    const t = setup();
    const lks = await t.value('portfolio.add', { name: 'LKSA Tunas Harapan', regionCode: '34.04', permitExpiry: '2026-06-30', record: { year: 2025, typology: 'C', grade: 'B' } });
    const v = await t.value('visit.add', {
      lksId: lks.id, date: '2026-03-10', kind: 'pendampingan', nextVisitDate: '2026-04-14',
      actions: [{ text: 'Susun SOP pengasuhan', dueDate: '2026-03-31' }, { text: 'Sudah beres', dueDate: '2026-03-20' }],
    });
    await t.value('action.update', { id: v.actions.find((a: any) => a.text === 'Sudah beres').id, done: true });
    const out = await t.value('calendar.export', {});
    expect(out.fileName).toBe('kalender-pendampingan-2026-03-15.ics');
    const lines = unfold(Buffer.from(out.base64, 'base64').toString('utf8'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const summaries = lines.filter((l) => l.startsWith('SUMMARY')).map((l) => l.slice(l.indexOf(':') + 1));
    expect(summaries).toEqual([
      'Kunjungan pendampingan — LKSA Tunas Harapan',
      'Batas tindak lanjut: Susun SOP pengasuhan — LKSA Tunas Harapan',
      'Izin operasional berakhir — LKSA Tunas Harapan',
    ]);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20260414', 'DTSTART;VALUE=DATE:20260331', 'DTSTART;VALUE=DATE:20260630']);
    expect(out.events).toBe(3);
    expect(out.skipped).toEqual([{ kind: 'reaccreditation', id: String(lks.id), reason: expect.stringContaining('tanpa tanggal penilaian') }]);
    // Choosing no LKS of the portfolio gives an empty calendar, still valid.
    const none = await t.value('calendar.export', { lksIds: [lks.id + 1] });
    expect(none.events).toBe(0);
    expect(unfold(Buffer.from(none.base64, 'base64').toString('utf8'))[0]).toBe('BEGIN:VCALENDAR');
  });
});

describe('training recommendations', () => {
  it('recommends Model 2 Tata Kelola to a typology C LKS with the reason, and lists it for invitation', async () => {
    const t = setup();
    const c = await t.value('portfolio.add', { name: 'LKS Tumbuh', regionCode: '34.02', record: { year: 2025, typology: 'C' } });
    const a = await t.value('portfolio.add', { name: 'LKS Mandiri', regionCode: '34.02', record: { year: 2025, typology: 'A', grade: 'A' } });
    const rec = await t.value('training.recommend', { lksId: c.id });
    expect(rec.rules).toMatchObject({ source: 'shipped' });
    expect(rec.models.length).toBeGreaterThanOrEqual(6);
    const m2 = rec.models.find((m: any) => m.model.id === 'm2-tata-kelola');
    expect(m2.status).toBe('recommended');
    const reason = m2.reasons.find((r: any) => r.ruleId === 'm2-tipologi-cde');
    expect(reason.text.id).toMatch(/Tipologi LKS C \(Tumbuh\)/);
    expect(reason.text.en).toMatch(/typology is C/);
    const forA = (await t.value('training.recommend', { lksId: a.id })).models.find((m: any) => m.model.id === 'm2-tata-kelola');
    expect(forA.status).not.toBe('recommended');

    const inv = await t.value('training.invitations', {});
    const m2inv = inv.models.find((m: any) => m.model.id === 'm2-tata-kelola');
    expect(m2inv.invite.map((x: any) => [x.lksId, x.name])).toEqual([[c.id, 'LKS Tumbuh']]);
    expect(m2inv.invite[0].reasons[0].id).toMatch(/Tipologi LKS C/);
  });

  it('uses stored rules when valid, refuses invalid ones clearly, and goes back to the shipped ones', async () => {
    const t = setup();
    const shipped = await t.value('training.rules');
    expect(shipped.rules.source).toBe('shipped');
    const bad = structuredClone(shipped.body);
    bad.rules[0].model = 'no-such-model';
    const err = await errorOf(t, 'training.setRules', { body: bad });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/rules\[0\]\.model: model "no-such-model" tidak dikenal.*unknown model "no-such-model"/);
    const edited = structuredClone(shipped.body);
    edited.rules = edited.rules.filter((r: any) => r.id !== 'm2-tipologi-cde');
    expect((await t.value('training.setRules', { body: edited })).rules.source).toBe('stored');
    const c = await t.value('portfolio.add', { name: 'LKS Tumbuh', record: { year: 2025, typology: 'C' } });
    const m2 = (await t.value('training.recommend', { lksId: c.id })).models.find((m: any) => m.model.id === 'm2-tata-kelola');
    expect(m2.reasons.map((r: any) => r.ruleId)).not.toContain('m2-tipologi-cde');
    // A stored row that no longer validates is refused on load rather than used.
    t.ws.db.prepare("UPDATE mentor_rules SET body = '{}' WHERE name = 'training-rules'").run();
    expect((await errorOf(t, 'training.recommend', { lksId: c.id })).message).toMatch(/tersimpan tidak valid/);
    expect((await t.value('training.setRules', { body: null })).rules.source).toBe('shipped');
  });
});
