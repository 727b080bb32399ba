// Calendar export for the mentor (.ics, built by the `ics` library): planned visits, action due dates, expiring
// operating permits and projected re-accreditation dates. Pure: the caller gathers the rows and writes the file.
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import type { Grade, ScoringRules } from '../instrument/schema';
import { projectValidity } from '../scoring/grade';
import { isIsoDate } from '../scoring/util';

export interface CalendarVisit {
  id: string;
  lksId: string;
  lksName: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM local time; without it the visit is an all-day event. */
  time?: string;
  durationMinutes?: number;
  /** pendampingan, or a supervision kind: perizinan, persiapan-lomba, pasca-diklat, insidental (with or without "supervisi-"). */
  kind: string;
  note?: string;
}
export interface CalendarAction { id: string; lksId: string; lksName: string; text: string; owner?: string; dueOn: string; done?: boolean }
export interface CalendarPermit { lksId: string; lksName: string; expiresOn: string; number?: string }
/** The projected end of accreditation comes from the grade and the date it was assessed, by the instrument's validity rules. */
export interface CalendarAccreditation { lksId: string; lksName: string; grade: Grade; assessedOn: string }

export interface CalendarInput {
  visits?: CalendarVisit[];
  actions?: CalendarAction[];
  permits?: CalendarPermit[];
  accreditations?: CalendarAccreditation[];
}

export interface CalendarOptions {
  /** Validity years per grade and their origin (instrument.scoring.validityYears). */
  validityYears: ScoringRules['validityYears'];
  /** Export time: DTSTAMP, and SEQUENCE so that a re-imported file wins over the older copy. Default: now. */
  now?: Date;
  /** Days before the date at which a reminder fires (at 09:00 local time). */
  alarmDays?: { visit?: number[]; action?: number[]; permit?: number[]; reaccreditation?: number[] };
  /** Include actions already marked done (default false). */
  includeDone?: boolean;
  calendarName?: string;
}

export type CalendarEventKind = 'visit' | 'action' | 'permit' | 'reaccreditation';
export interface CalendarEventInfo { uid: string; kind: CalendarEventKind; title: string; date: string; allDay: boolean }
export interface CalendarResult {
  ics: string;
  events: CalendarEventInfo[];
  /** Rows left out (bad date, done action), so the UI can say so instead of failing the whole export. */
  skipped: { kind: CalendarEventKind; id: string; reason: string }[];
}

export const DEFAULT_ALARM_DAYS = { visit: [1], action: [3], permit: [30, 3], reaccreditation: [180, 30] };
const UID_DOMAIN = 'swanilai.mentor';
const SUPERVISION_LABELS: Record<string, string> = {
  perizinan: 'perizinan', 'persiapan-lomba': 'persiapan lomba', 'pasca-diklat': 'pasca-diklat', insidental: 'insidental',
};

/**
 * Text as iCalendar TEXT may carry it: line breaks normalised to \n (the library escapes \n but not a lone \r),
 * other control characters dropped (RFC 5545 forbids them), unpaired surrogates replaced so UTF-8 stays valid.
 */
/** Each part of a description is cleaned before the parts are joined, so a lone CR at the end of a name stays its own line break. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
/** A title is one line: line breaks and runs of white space become one space. */
const oneLine = (s: string) => cleanText(s).replace(/\s+/g, ' ').trim();

/** UIDs from the app's own ids only, so the same row always gives the same UID; unsafe characters are %-encoded. */
export function calendarUid(kind: CalendarEventKind, ...ids: string[]): string {
  const pct = (ch: string) => encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const safe = (x: string) => [...cleanText(x)].map((ch) => (/^[A-Za-z0-9._-]$/.test(ch) ? ch : pct(ch))).join('');
  return `${kind}-${ids.map(safe).join('-')}@${UID_DOMAIN}`;
}

const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;
function nextDay(iso: string): DateArray {
  const d = new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
/** TEXT escaping for a VALARM description, which `ics` passes through with only its newlines encoded. */
const escapeAlarmText = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');

/** Display reminders N days before an all-day date, at 09:00 local time (DTSTART is 00:00 of that day). */
function allDayAlarms(days: number[], title: string): Alarm[] {
  return days.filter((d) => d >= 0).map((d) => ({
    action: 'display', description: escapeAlarmText(`Pengingat: ${title}`),
    // "-P3DT" (what `ics` writes for days) is not a valid duration, so hours are used: -PT63H = 3 days before, 09:00.
    trigger: d * 24 - 9 > 0 ? { hours: d * 24 - 9, before: true } : { hours: 9, before: false },
  }));
}

/** Octets of one code point in UTF-8. */
const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Re-folds content lines to at most 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. `ics` folds at 75
 * characters, which overruns the limit for names in Arabic script or with emoji.
 */
export function foldOctets(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => {
    const parts: string[] = [];
    let cur = '', size = 0, limit = 75;
    for (const ch of line) {
      const n = utf8Length(ch.codePointAt(0)!);
      if (size + n > limit) { parts.push(cur); cur = ''; size = 0; limit = 74; }
      cur += ch; size += n;
    }
    parts.push(cur);
    return parts.join('\r\n ');
  }).join('\r\n');
}

function visitTitle(v: CalendarVisit, name: string): string {
  const kind = v.kind.trim().toLowerCase().replace(/^supervisi[-\s]*/, '');
  if (kind === 'pendampingan' || kind === '') return `Kunjungan pendampingan — ${name}`;
  if (kind === 'supervisi') return `Kunjungan supervisi — ${name}`;
  return `Kunjungan supervisi (${SUPERVISION_LABELS[kind] ?? oneLine(v.kind)}) — ${name}`;
}

/** Builds the .ics text. Throws only if the library rejects what was built (a bug, not bad input). */
export function buildCalendar(input: CalendarInput, opts: CalendarOptions): CalendarResult {
  const now = opts.now ?? new Date();
  const alarms = {
    visit: opts.alarmDays?.visit ?? DEFAULT_ALARM_DAYS.visit, action: opts.alarmDays?.action ?? DEFAULT_ALARM_DAYS.action,
    permit: opts.alarmDays?.permit ?? DEFAULT_ALARM_DAYS.permit, reaccreditation: opts.alarmDays?.reaccreditation ?? DEFAULT_ALARM_DAYS.reaccreditation,
  };
  // Minutes since 2020: grows with every export, so calendars take a re-imported event as the newer version.
  const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
  const events: EventAttributes[] = [];
  const info: CalendarEventInfo[] = [];
  const skipped: CalendarResult['skipped'] = [];
  const header = { productId: 'swanilai/mentor', method: 'PUBLISH', calName: opts.calendarName ?? 'Swanilai — pendampingan LKS' };
  const common = { timestamp: now.getTime(), sequence, status: 'CONFIRMED' as const };
  const allDay = (kind: CalendarEventKind, uid: string, title: string, date: string, description: string, alarmDays: number[], categories: string[]) => {
    events.push({
      ...common, uid, title, description: cleanText(description), start: dateArray(date), end: nextDay(date),
      transp: 'TRANSPARENT', categories, alarms: allDayAlarms(alarmDays, title),
    });
    info.push({ uid, kind, title, date, allDay: true });
  };

  for (const v of input.visits ?? []) {
    if (!isIsoDate(v.date)) { skipped.push({ kind: 'visit', id: v.id, reason: `tanggal tidak valid: ${v.date}` }); continue; }
    const name = oneLine(v.lksName);
    const title = visitTitle(v, name);
    const uid = calendarUid('visit', v.id);
    const description = [`LKS: ${v.lksName}`, v.note ? `Catatan: ${v.note}` : ''].filter(Boolean).map(cleanText).join('\n');
    const time = v.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(v.time) ? v.time.split(':').map(Number) : null;
    if (v.time && !time) { skipped.push({ kind: 'visit', id: v.id, reason: `jam tidak valid: ${v.time}` }); continue; }
    if (time) {
      // Floating local time: a visit at 09:00 is at 09:00 wherever the calendar is opened.
      events.push({
        ...common, uid, title, description: cleanText(description),
        start: [...dateArray(v.date), time[0], time[1]] as DateArray, startInputType: 'local', startOutputType: 'local',
        duration: { minutes: Number.isFinite(v.durationMinutes) ? Math.max(15, Math.round(v.durationMinutes!)) : 180 }, categories: ['Swanilai', 'Kunjungan'],
        alarms: alarms.visit.filter((d) => d >= 0).map((d) => ({ action: 'display', description: escapeAlarmText(`Pengingat: ${title}`), trigger: { hours: d * 24 || 1, before: true } })),
      });
      info.push({ uid, kind: 'visit', title, date: v.date, allDay: false });
    } else {
      allDay('visit', uid, title, v.date, description, alarms.visit, ['Swanilai', 'Kunjungan']);
    }
  }

  for (const a of input.actions ?? []) {
    if (a.done && !opts.includeDone) { skipped.push({ kind: 'action', id: a.id, reason: 'sudah selesai' }); continue; }
    if (!isIsoDate(a.dueOn)) { skipped.push({ kind: 'action', id: a.id, reason: `tanggal tidak valid: ${a.dueOn}` }); continue; }
    const title = `Batas tindak lanjut: ${oneLine(a.text)} — ${oneLine(a.lksName)}`;
    const description = [`Tindak lanjut: ${a.text}`, `Penanggung jawab: ${a.owner?.trim() || '-'}`, `LKS: ${a.lksName}`].map(cleanText).join('\n');
    allDay('action', calendarUid('action', a.id), title, a.dueOn, description, alarms.action, ['Swanilai', 'Tindak lanjut']);
  }

  for (const p of input.permits ?? []) {
    if (!isIsoDate(p.expiresOn)) { skipped.push({ kind: 'permit', id: p.lksId, reason: `tanggal tidak valid: ${p.expiresOn}` }); continue; }
    const title = `Izin operasional berakhir — ${oneLine(p.lksName)}`;
    const description = [`LKS: ${p.lksName}`, p.number ? `Nomor izin: ${p.number}` : '', 'Perpanjangan izin perlu rekomendasi Dinas Sosial (dan BK3S/LKKS bila LKS beroperasi di dua kabupaten/kota atau lebih).'].filter(Boolean).map(cleanText).join('\n');
    // One event per LKS: a renewed permit moves the same event rather than adding one.
    allDay('permit', calendarUid('permit', p.lksId), title, p.expiresOn, description, alarms.permit, ['Swanilai', 'Izin operasional']);
  }

  for (const r of input.accreditations ?? []) {
    const v = isIsoDate(r.assessedOn) ? projectValidity(r.grade, r.assessedOn, { validityYears: opts.validityYears }) : null;
    if (!v) { skipped.push({ kind: 'reaccreditation', id: r.lksId, reason: `tidak dapat diproyeksikan: ${r.grade} ${r.assessedOn}` }); continue; }
    const title = `Perkiraan akreditasi ulang — ${oneLine(r.lksName)}`;
    const description = [
      `LKS: ${r.lksName}`,
      `Peringkat ${v.grade}, dinilai ${r.assessedOn}; masa berlaku ${v.years} tahun sampai ${v.expiresOn}.`,
      v.origin === 'estimate'
        ? 'PERKIRAAN: masa berlaku per peringkat bukan angka resmi BALKS; tanggal pasti ada di sertifikat.'
        : 'Tanggal pasti ada di sertifikat akreditasi.',
    ].map(cleanText).join('\n');
    allDay('reaccreditation', calendarUid('reaccreditation', r.lksId), title, v.expiresOn, description, alarms.reaccreditation, ['Swanilai', 'Akreditasi']);
  }

  const out = createEvents(events, header);
  if (out.error || !out.value) throw out.error ?? new Error('ics: no output');
  return { ics: foldOctets(out.value), events: info, skipped };
}
