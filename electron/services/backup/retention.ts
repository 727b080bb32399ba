// Which backups to keep: of the automatic ones (daily and events), the newest of each of the last 7 days that have
// one and the newest of each of the last 4 weeks that have one; the 10 newest made by hand (never pushed out by
// automatic ones); and the 3 newest of each event (before an import, a migration, a restore). Everything else can go. Days and weeks are UTC, so the rule does not depend on the machine's zone.
import type { BackupName, BackupReason } from './names';

export const RETENTION = { days: 7, weeks: 4, manual: 10, perEvent: 3 } as const;

const EVENTS: BackupReason[] = ['before-import', 'before-migration', 'before-restore'];

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Monday of the UTC week, as a date string. */
function week(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  return day(t);
}

function newestPerPeriod(list: BackupName[], period: (d: Date) => string, count: number): BackupName[] {
  const seen = new Set<string>();
  const out: BackupName[] = [];
  for (const b of list) {
    const p = period(b.createdAt);
    if (seen.has(p)) continue;
    seen.add(p);
    if (seen.size > count) break;
    out.push(b);
  }
  return out;
}

/** The ids to keep; `list` in any order. */
export function backupsToKeep(list: BackupName[], rule = RETENTION): Set<string> {
  const newestFirst = [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
  const keep = new Set<string>();
  const automatic = newestFirst.filter((x) => x.reason !== 'manual');
  for (const b of newestPerPeriod(automatic, day, rule.days)) keep.add(b.id);
  for (const b of newestPerPeriod(automatic, week, rule.weeks)) keep.add(b.id);
  for (const b of newestFirst.filter((x) => x.reason === 'manual').slice(0, rule.manual)) keep.add(b.id);
  for (const r of EVENTS) for (const b of newestFirst.filter((x) => x.reason === r).slice(0, rule.perEvent)) keep.add(b.id);
  return keep;
}
