// Search and filters above the portfolio table: name, LKS type, typology (recorded, else projected) and kab/kota.
import { useId } from 'react';
import { LKS_TYPES, type LksType } from '../../../shared/profile';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M, TYPE_SHORT } from './messages';

export interface Filters { q: string; type: LksType | ''; typology: string; region: string }
export const NO_FILTERS: Filters = { q: '', type: '', typology: '', region: '' };
const NONE = '-';

/** The typology that speaks for an LKS in the list: the recorded one, else the projection from a dossier. */
export const typologyOf = (r: PortfolioRow) => r.recorded?.typology ?? r.projected?.typology ?? null;

export function applyFilters(rows: PortfolioRow[], f: Filters): PortfolioRow[] {
  const q = f.q.trim().toLocaleLowerCase('id');
  if (!q && !f.type && !f.typology && !f.region) return rows;
  return rows.filter((r) => (!q || r.name.toLocaleLowerCase('id').includes(q))
    && (!f.type || r.lksType === f.type)
    && (!f.typology || (f.typology === NONE ? typologyOf(r) === null : typologyOf(r) === f.typology))
    && (!f.region || (f.region === NONE ? r.regionCode === null : r.regionCode === f.region)));
}

export function PortfolioFilters({ rows, value, onChange }: { rows: PortfolioRow[]; value: Filters; onChange(f: Filters): void }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const fid = useId();
  const regions = new Map<string, string>();
  for (const r of rows) if (r.regionCode && !regions.has(r.regionCode)) regions.set(r.regionCode, r.regionName ?? r.regionCode);
  const set = (k: keyof Filters) => (v: string) => onChange({ ...value, [k]: v });
  const any = value.q || value.type || value.typology || value.region;
  return (
    <div className="mn-filters" role="search">
      <div className="mn-filter mn-search"><label htmlFor={`${fid}-1`}>{t('search')}</label>
          <input id={`${fid}-1`} type="search" value={value.q} placeholder={t('searchPlaceholder')} onChange={(e) => set('q')(e.target.value)} /></div>
      <div className="mn-filter"><label htmlFor={`${fid}-2`}>{t('filterType')}</label>
          <select id={`${fid}-2`} value={value.type} onChange={(e) => set('type')(e.target.value)}>
          <option value="">{t('all')}</option>
          {LKS_TYPES.map((k) => <option key={k} value={k}>{TYPE_SHORT[lang][k]}</option>)}
        </select></div>
      <div className="mn-filter"><label htmlFor={`${fid}-3`}>{t('filterTypology')}</label>
          <select id={`${fid}-3`} value={value.typology} onChange={(e) => set('typology')(e.target.value)}>
          <option value="">{t('all')}</option>
          {['A', 'B', 'C', 'D', 'E'].map((k) => <option key={k} value={k}>{k}</option>)}
          <option value={NONE}>{t('none')}</option>
        </select></div>
      <div className="mn-filter"><label htmlFor={`${fid}-4`}>{t('filterRegion')}</label>
          <select id={`${fid}-4`} value={value.region} onChange={(e) => set('region')(e.target.value)}>
          <option value="">{t('all')}</option>
          {[...regions].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          <option value={NONE}>{t('noRegion')}</option>
        </select></div>
      {any && <button type="button" className="btn secondary mn-clear" onClick={() => onChange(NO_FILTERS)}>{t('clear')}</button>}
    </div>
  );
}
