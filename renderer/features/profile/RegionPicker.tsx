// Cascading pickers for province → regency/city → district → village using official Kemendagri codes.
import { useEffect, useState } from 'react';
import type { Region } from '../../../shared/api/contract';
import type { RegionCodes } from '../../../shared/profile';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../../components/Field';

const LEVELS = ['province', 'regency', 'district', 'village'] as const;
type Level = (typeof LEVELS)[number];
const LABELS = { province: 'profile.province', regency: 'profile.regency', district: 'profile.district', village: 'profile.village' } as const;

function useRegions(level: Level, parent: string | undefined): Region[] {
  const [list, setList] = useState<Region[]>([]);
  useEffect(() => {
    if (level !== 'province' && !parent) { setList([]); return; }
    let live = true;
    call('regions.list', { level, parent }).then((r) => { if (live) setList(r); }).catch(() => { if (live) setList([]); });
    return () => { live = false; };
  }, [level, parent]);
  return list;
}

/**
 * `errors` and `notes` per level mark codes that do not fit (e.g. a code stored in an older format); `depth` shows
 * only the first levels (2: province and regency/city).
 */
export function RegionPicker({ value, onChange, errors = {}, notes = {}, depth = 4 }: {
  value: RegionCodes; onChange(v: RegionCodes): void; errors?: Partial<Record<Level, string>>; notes?: Partial<Record<Level, string>>; depth?: number;
}) {
  const { t } = useI18n();
  const lists = {
    province: useRegions('province', undefined),
    regency: useRegions('regency', value.province),
    district: useRegions('district', depth > 2 ? value.regency : undefined),
    village: useRegions('village', depth > 3 ? value.district : undefined),
  };
  const parentOf: Record<Level, string | undefined> = { province: 'x', regency: value.province, district: value.regency, village: value.district };
  return (
    <>
      {LEVELS.slice(0, depth).map((level, i) => (
        <SelectField key={level} name={`region-${level}`} label={t(LABELS[level])} placeholder={t('profile.choose')}
          value={value[level]} disabled={!parentOf[level] && !value[level]} error={errors[level]} note={notes[level]}
          options={lists[level].map((r) => ({ value: r.code, label: r.name }))}
          onChange={(code) => {
            // Changing a level clears the levels below it, which no longer match.
            const next: RegionCodes = {};
            for (const l of LEVELS.slice(0, i)) next[l] = value[l];
            if (code) next[level] = code;
            onChange(next);
          }} />
      ))}
    </>
  );
}
