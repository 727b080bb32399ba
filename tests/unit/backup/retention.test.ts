// The retention rule on generated histories: what it must always keep, and that it keeps a bounded number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupId, parseBackupName, REASONS, type BackupName } from '../../../electron/services/backup/names';
import { backupsToKeep, RETENTION } from '../../../electron/services/backup/retention';

const named = (at: Date, reason: BackupName['reason']): BackupName => parseBackupName('/ws', `${backupId(at, reason)}.sqlite`)!;
const START = Date.UTC(2026, 0, 1);

describe('backup names', () => {
  it('round-trip time and reason, read the older migration names, and refuse anything else', () => {
    const at = new Date('2026-12-01T23:07:03.909Z');
    expect(named(at, 'before-import')).toMatchObject({ id: 'swanilai-20261201T230703909Z-before-import', reason: 'before-import', createdAt: at });
    expect(parseBackupName('/ws', 'swanilai-v6-2026-12-01T22-58-00-123Z.sqlite')).toMatchObject({ reason: 'before-migration', createdAt: new Date('2026-12-01T22:58:00.123Z') });
    for (const bad of ['swanilai.sqlite', 'x.sqlite.part', 'swanilai-20261201T230703909Z-daily.sqlite.part', 'swanilai-20261201T230703909Z-weird.sqlite', 'damaged-20261201T230802249Z.sqlite', '../swanilai-20261201T230703909Z-daily.sqlite']) {
      expect(parseBackupName('/ws', bad)).toBeNull();
    }
  });
});

describe('backupsToKeep', () => {
  const history = fc.array(fc.record({ minute: fc.integer({ min: 0, max: 60 * 24 * 120 }), reason: fc.constantFrom(...REASONS) }), { maxLength: 300 })
    .map((xs) => xs.map((x) => named(new Date(START + x.minute * 60_000), x.reason)));

  it('always keeps the newest backup, the newest automatic one of each of the last 7 days with backups, every recent manual one, and stays bounded', () => {
    fc.assert(fc.property(history, (list) => {
      const keep = backupsToKeep(list);
      const bound = RETENTION.days + RETENTION.weeks + RETENTION.manual + 3 * RETENTION.perEvent;
      expect(keep.size).toBeLessThanOrEqual(bound);
      if (list.length === 0) return;
      const newestFirst = [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
      expect(keep.has(newestFirst[0].id)).toBe(true);
      const automatic = newestFirst.filter((b) => b.reason !== 'manual');
      if (automatic.length) expect(keep.has(automatic[0].id)).toBe(true);
      const days = [...new Set(automatic.map((b) => b.createdAt.toISOString().slice(0, 10)))].slice(0, RETENTION.days);
      for (const d of days) expect(automatic.some((b) => b.createdAt.toISOString().startsWith(d) && keep.has(b.id))).toBe(true);
      const manual = newestFirst.filter((b) => b.reason === 'manual').slice(0, RETENTION.manual);
      for (const b of manual) expect(keep.has(b.id)).toBe(true);
      for (const id of keep) expect(list.some((b) => b.id === id)).toBe(true);
    }));
  });

  it('drops old automatic backups of a long history: 120 days of dailies keep 7 days plus 4 weeks', () => {
    const list = Array.from({ length: 120 }, (_, d) => named(new Date(START + d * 86_400_000 + 3_600_000), 'daily'));
    const keep = backupsToKeep(list);
    const monday = (b: BackupName) => { const d = new Date(b.createdAt); d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); return d.toISOString().slice(0, 10); };
    const weeksOfLastDays = new Set(list.slice(113).map(monday)).size;
    // The 7 newest days, plus the newest of each older week until 4 weeks are covered.
    expect(keep.size).toBe(7 + (4 - weeksOfLastDays));
    expect(new Set(list.filter((b) => keep.has(b.id)).map(monday)).size).toBe(4);
    expect(keep.has(list[119].id) && keep.has(list[113].id) && !keep.has(list[112].id) || monday(list[112]) !== monday(list[113])).toBe(true);
    expect(keep.has(list[0].id)).toBe(false);
  });
});

it('a backup made by hand does not push out the automatic one of the same day', () => {
  const daily = named(new Date(START + 3_600_000), 'daily');
  const manual = named(new Date(START + 7_200_000), 'manual');
  expect([...backupsToKeep([daily, manual])].sort()).toEqual([daily.id, manual.id].sort());
});
