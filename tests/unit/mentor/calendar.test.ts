// Calendar export: the .ics is parsed back by a small strict RFC 5545 reader (CRLF only, ≤ 75-octet lines,
// unfolding, TEXT escapes, balanced components) and every event, date, alarm and UID is checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarUid, cleanText, type CalendarInput, type CalendarOptions } from '../../../shared/mentor/calendar';

interface Prop { name: string; params: Record<string, string>; value: string }
interface Comp { type: string; props: Prop[]; children: Comp[] }

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME', 'CATEGORIES']);

/** TEXT value unescaping; a stray backslash, or an unescaped , or ; where one value is expected, is an error. */
function unescapeText(raw: string, list = false): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\') {
      const n = raw[++i];
      if (n === 'n' || n === 'N') cur += '\n';
      else if (n === '\\' || n === ';' || n === ',') cur += n;
      else throw new Error(`bad escape \\${n ?? ''} in ${JSON.stringify(raw)}`);
    } else if (ch === ',' && list) { out.push(cur); cur = ''; }
    else if (ch === ',' || ch === ';') throw new Error(`unescaped ${ch} in ${JSON.stringify(raw)}`);
    else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseIcs(ics: string): Comp {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  const enc = new TextEncoder();
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
    expect(enc.encode(line).length, line).toBeLessThanOrEqual(75);
  }
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      expect(lines.length).toBeGreaterThan(0);
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const root: Comp = { type: '', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/s.exec(line);
    if (!m) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const [, name, rawParams, value] = m;
    const params = Object.fromEntries([...rawParams.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map((p) => [p[1].toUpperCase(), p[2]]));
    const top = stack[stack.length - 1];
    if (name === 'BEGIN') { const c: Comp = { type: value, props: [], children: [] }; top.children.push(c); stack.push(c); }
    else if (name === 'END') { expect(top.type).toBe(value); stack.pop(); }
    else top.props.push({ name: name.toUpperCase(), params, value });
  }
  expect(stack).toEqual([root]);
  expect(root.children.map((c) => c.type)).toEqual(['VCALENDAR']);
  return root.children[0];
}

const one = (c: Comp, name: string): Prop => {
  const ps = c.props.filter((p) => p.name === name);
  expect(ps, name).toHaveLength(1);
  return ps[0];
};
const text = (c: Comp, name: string) => unescapeText(one(c, name).value)[0];

interface Ev { uid: string; summary: string; description: string; start: string; startParams: Record<string, string>; end?: string; duration?: string; sequence: number; categories: string[]; alarms: { trigger: string; description: string }[] }
function events(ics: string): Ev[] {
  const cal = parseIcs(ics);
  expect(one(cal, 'VERSION').value).toBe('2.0');
  expect(one(cal, 'PRODID').value).toBe('swanilai/mentor');
  return cal.children.map((e) => {
    expect(e.type).toBe('VEVENT');
    expect(one(e, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    for (const p of e.props) if (TEXT_PROPS.has(p.name)) unescapeText(p.value, p.name === 'CATEGORIES');
    const end = e.props.find((p) => p.name === 'DTEND');
    const duration = e.props.find((p) => p.name === 'DURATION');
    return {
      uid: one(e, 'UID').value, summary: text(e, 'SUMMARY'), description: text(e, 'DESCRIPTION'),
      start: one(e, 'DTSTART').value, startParams: one(e, 'DTSTART').params, end: end?.value, duration: duration?.value,
      sequence: Number(one(e, 'SEQUENCE').value),
      categories: unescapeText(one(e, 'CATEGORIES').value, true),
      alarms: e.children.map((a) => {
        expect(a.type).toBe('VALARM');
        expect(one(a, 'ACTION').value).toBe('DISPLAY');
        const trigger = one(a, 'TRIGGER').value;
        expect(trigger).toMatch(/^-?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/);
        expect(trigger).not.toMatch(/T$/); // "-P3DT" is not a valid duration
        return { trigger, description: text(a, 'DESCRIPTION') };
      }),
    };
  });
}

const opts = (over: Partial<CalendarOptions> = {}): CalendarOptions => ({
  validityYears: { A: 5, B: 3, C: 2, origin: 'estimate' }, now: new Date('2025-01-06T03:00:00Z'), ...over,
});

const input: CalendarInput = {
  visits: [
    { id: 'v-1', lksId: 'l1', lksName: 'Panti Asuhan Bina Putra', date: '2025-02-10', kind: 'pendampingan', note: 'Bawa daftar hadir' },
    { id: 'v-2', lksId: 'l2', lksName: 'LKS Lansia Sejahtera', date: '2025-02-11', time: '09:30', durationMinutes: 120, kind: 'supervisi-perizinan' },
    { id: 'v-3', lksId: 'l2', lksName: 'LKS Lansia Sejahtera', date: '2025-02-31', kind: 'pendampingan' },
    { id: 'v-4', lksId: 'l3', lksName: 'LK3 Keluarga', date: '2025-03-01', kind: 'pasca-diklat' },
  ],
  actions: [
    { id: 'a-1', lksId: 'l1', lksName: 'Panti Asuhan Bina Putra', text: 'Susun SOP pengaduan', owner: 'Bu Siti', dueOn: '2025-03-15' },
    { id: 'a-2', lksId: 'l1', lksName: 'Panti Asuhan Bina Putra', text: 'Perbarui AD/ART', owner: 'Pak Budi', dueOn: '2025-01-20', done: true },
    { id: 'a-3', lksId: 'l2', lksName: 'LKS Lansia Sejahtera', text: 'Buka rekening lembaga', dueOn: '2025-04-30' },
  ],
  permits: [{ lksId: 'l1', lksName: 'Panti Asuhan Bina Putra', expiresOn: '2025-12-31', number: '460/123/2020' }],
  accreditations: [
    { lksId: 'l1', lksName: 'Panti Asuhan Bina Putra', grade: 'B', assessedOn: '2024-02-29' },
    { lksId: 'l2', lksName: 'LKS Lansia Sejahtera', grade: 'A', assessedOn: '2023-07-01' },
    { lksId: 'l3', lksName: 'LK3 Keluarga', grade: 'C', assessedOn: 'kemarin' },
  ],
};

describe('calendar export', () => {
  const result = buildCalendar(input, opts());
  const evs = events(result.ics);
  const byUid = new Map(evs.map((e) => [e.uid, e]));

  it('has one event per dated row, and says which rows it left out', () => {
    expect(evs.map((e) => [e.uid, e.summary])).toEqual([
      ['visit-v-1@swanilai.mentor', 'Kunjungan pendampingan — Panti Asuhan Bina Putra'],
      ['visit-v-2@swanilai.mentor', 'Kunjungan supervisi (perizinan) — LKS Lansia Sejahtera'],
      ['visit-v-4@swanilai.mentor', 'Kunjungan supervisi (pasca-diklat) — LK3 Keluarga'],
      ['action-a-1@swanilai.mentor', 'Batas tindak lanjut: Susun SOP pengaduan — Panti Asuhan Bina Putra'],
      ['action-a-3@swanilai.mentor', 'Batas tindak lanjut: Buka rekening lembaga — LKS Lansia Sejahtera'],
      ['permit-l1@swanilai.mentor', 'Izin operasional berakhir — Panti Asuhan Bina Putra'],
      ['reaccreditation-l1@swanilai.mentor', 'Perkiraan akreditasi ulang — Panti Asuhan Bina Putra'],
      ['reaccreditation-l2@swanilai.mentor', 'Perkiraan akreditasi ulang — LKS Lansia Sejahtera'],
    ]);
    expect(result.events.map((e) => e.uid)).toEqual(evs.map((e) => e.uid));
    expect(result.skipped).toEqual([
      { kind: 'visit', id: 'v-3', reason: 'tanggal tidak valid: 2025-02-31' },
      { kind: 'action', id: 'a-2', reason: 'sudah selesai' },
      { kind: 'reaccreditation', id: 'l3', reason: 'tidak dapat diproyeksikan: C kemarin' },
    ]);
  });

  it('makes date-only rows all-day events ending the next day, and a timed visit a floating local time', () => {
    const dates = evs.map((e) => [e.uid.split('@')[0], e.startParams.VALUE ?? 'DATE-TIME', e.start, e.end ?? e.duration]);
    expect(dates).toEqual([
      ['visit-v-1', 'DATE', '20250210', '20250211'],
      ['visit-v-2', 'DATE-TIME', '20250211T093000', 'PT120M'],
      ['visit-v-4', 'DATE', '20250301', '20250302'],
      ['action-a-1', 'DATE', '20250315', '20250316'],
      ['action-a-3', 'DATE', '20250430', '20250501'],
      ['permit-l1', 'DATE', '20251231', '20260101'],
      // B for 3 years from 29 Feb 2024 → 28 Feb 2027; A for 5 years from 1 Jul 2023 → 1 Jul 2028.
      ['reaccreditation-l1', 'DATE', '20270228', '20270301'],
      ['reaccreditation-l2', 'DATE', '20280701', '20280702'],
    ]);
  });

  it('puts owner, permit number and the estimate warning in the descriptions', () => {
    expect(byUid.get('action-a-1@swanilai.mentor')!.description).toBe('Tindak lanjut: Susun SOP pengaduan\nPenanggung jawab: Bu Siti\nLKS: Panti Asuhan Bina Putra');
    expect(byUid.get('action-a-3@swanilai.mentor')!.description).toContain('Penanggung jawab: -');
    expect(byUid.get('permit-l1@swanilai.mentor')!.description).toContain('Nomor izin: 460/123/2020');
    const re = byUid.get('reaccreditation-l1@swanilai.mentor')!.description;
    expect(re).toContain('Peringkat B, dinilai 2024-02-29; masa berlaku 3 tahun sampai 2027-02-28.');
    expect(re).toContain('PERKIRAAN');
    const official = events(buildCalendar({ accreditations: [input.accreditations![0]] }, opts({ validityYears: { A: 4, B: 3, C: 2, origin: 'official' } })).ics)[0];
    expect(official.description).not.toContain('PERKIRAAN');
    expect(byUid.get('visit-v-1@swanilai.mentor')!.description).toBe('LKS: Panti Asuhan Bina Putra\nCatatan: Bawa daftar hadir');
  });

  it('reminds ahead of due dates and expiries, at 09:00 on the day', () => {
    const triggers = Object.fromEntries(evs.map((e) => [e.uid.split('@')[0], e.alarms.map((a) => a.trigger)]));
    expect(triggers).toEqual({
      'visit-v-1': ['-PT15H'], 'visit-v-2': ['-PT24H'], 'visit-v-4': ['-PT15H'],
      'action-a-1': ['-PT63H'], 'action-a-3': ['-PT63H'],
      'permit-l1': ['-PT711H', '-PT63H'],
      'reaccreditation-l1': ['-PT4311H', '-PT711H'], 'reaccreditation-l2': ['-PT4311H', '-PT711H'],
    });
    // 63 h before 00:00 of 15 March is 09:00 of 12 March: three days ahead.
    expect(byUid.get('action-a-1@swanilai.mentor')!.alarms[0].description).toBe('Pengingat: Batas tindak lanjut: Susun SOP pengaduan — Panti Asuhan Bina Putra');
    const custom = events(buildCalendar({ actions: [input.actions![0]] }, opts({ alarmDays: { action: [7, 1] } })).ics)[0];
    expect(custom.alarms.map((a) => a.trigger)).toEqual(['-PT159H', '-PT15H']);
  });

  it('keeps UIDs stable across runs, whatever the order, and moves a changed date under the same UID', () => {
    const later = buildCalendar({
      ...input,
      visits: [...input.visits!].reverse(),
      permits: [{ ...input.permits![0], expiresOn: '2030-06-30' }],
    }, opts({ now: new Date('2025-02-01T10:00:00Z') }));
    const again = events(later.ics);
    expect(new Set(again.map((e) => e.uid))).toEqual(new Set(evs.map((e) => e.uid)));
    expect(again.find((e) => e.uid === 'permit-l1@swanilai.mentor')!.start).toBe('20300630');
    // A later export carries a higher SEQUENCE, so calendars take it as the newer version.
    expect(again[0].sequence).toBeGreaterThan(evs[0].sequence);
    // Same input and time → byte-identical file.
    expect(buildCalendar(input, opts()).ics).toBe(result.ics);
    expect(new Set(evs.map((e) => e.uid)).size).toBe(evs.length);
  });

  it('carries hostile names intact: commas, semicolons, backslashes, line breaks, emoji, RTL text', () => {
    const nasty = [
      'Yayasan "Al-Ikhlas", Sleman; Unit 2',
      'LKS \\ Backslash \\n not a newline \\, nor a comma',
      'Baris satu\r\nBaris dua\rBaris tiga\nEND:VEVENT\nBEGIN:VEVENT',
      'Rumah 🏠 Keluarga 👨‍👩‍👧‍👦 Bahagia 🇮🇩',
      'دار الأيتام الخيرية — يوجياكرتا',
      'עמותה\u202Eتجربة\u202C mixed RTL',
      'Tab\there\u0000and\u0007bell',
      'x'.repeat(40) + 'é'.repeat(40) + '漢'.repeat(40) + '😀'.repeat(40),
    ];
    const res = buildCalendar({
      visits: nasty.map((n, i) => ({ id: `v${i}`, lksId: `l${i}`, lksName: n, date: '2025-05-01', kind: 'pendampingan', note: n })),
      actions: nasty.map((n, i) => ({ id: `a${i}`, lksId: `l${i}`, lksName: n, text: n, owner: n, dueOn: '2025-05-02' })),
    }, opts());
    const parsed = events(res.ics);
    expect(parsed).toHaveLength(nasty.length * 2);
    const flat = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000\u0007]/g, '').replace(/\s+/g, ' ').trim();
    const kept = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000\u0007]/g, '');
    nasty.forEach((n, i) => {
      const v = parsed[i], a = parsed[nasty.length + i];
      expect(v.summary).toBe(`Kunjungan pendampingan — ${flat(n)}`);
      expect(v.description).toBe(`LKS: ${kept(n)}\nCatatan: ${kept(n)}`);
      expect(v.alarms[0].description).toBe(`Pengingat: Kunjungan pendampingan — ${flat(n)}`);
      expect(a.summary).toBe(`Batas tindak lanjut: ${flat(n)} — ${flat(n)}`);
      expect(a.description).toBe(`Tindak lanjut: ${kept(n)}\nPenanggung jawab: ${kept(n).trim()}\nLKS: ${kept(n)}`);
    });
    // The injected END:VEVENT stayed text: still one event per row.
    expect(parsed[2].summary).toBe('Kunjungan pendampingan — Baris satu Baris dua Baris tiga END:VEVENT BEGIN:VEVENT');
    expect(parsed[2].description).toContain('Baris tiga\nEND:VEVENT\nBEGIN:VEVENT');
  });

  it('round-trips any Unicode name (property), with unpaired surrogates replaced', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (name, note) => {
      const [e] = events(buildCalendar({ visits: [{ id: 'p', lksId: 'p', lksName: name, date: '2025-01-01', kind: 'pendampingan', note }] }, opts()).ics);
      const clean = cleanText(name);
      expect(e.summary).toBe(`Kunjungan pendampingan — ${clean.replace(/\s+/g, ' ').trim()}`);
      expect(e.description).toBe(`LKS: ${clean}${note ? `\nCatatan: ${cleanText(note)}` : ''}`);
      expect(clean).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }), { numRuns: Number(process.env.SWANILAI_PROPERTY_RUNS ?? 150), examples: [['\r', ' '], ['a\r', 'b\r\n'], ['\r\n', '\r']] });
  });

  it('writes a valid empty calendar, and UIDs safe for any id', () => {
    const cal = parseIcs(buildCalendar({}, opts()).ics);
    expect(cal.children).toEqual([]);
    expect(text(cal, 'X-WR-CALNAME')).toBe('Swanilai — pendampingan LKS');
    expect(calendarUid('visit', 'a b/ç')).toBe('visit-a%20b%2F%C3%A7@swanilai.mentor');
    expect(calendarUid('visit', 'x-1')).not.toBe(calendarUid('action', 'x-1'));
  });
});
