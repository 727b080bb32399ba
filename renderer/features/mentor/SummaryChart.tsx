// A plain-HTML stacked bar per kab/kota (typology A–E), scaled to the largest region; the numbers stay readable beside
// each bar, and the table above holds the same data for screen readers.
import type { Summary } from '../../../shared/api/contract-mentor';
import { useMessages } from '../../i18n/feature';
import { S } from './messages-summary';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export function SummaryChart({ s }: { s: Summary }) {
  const t = useMessages(S);
  const max = Math.max(1, ...s.rows.map((r) => r.total));
  return (
    <figure className="mn-chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <ul aria-label={t('chartLabel')}>
        {s.rows.map((r) => (
          <li key={r.regionCode ?? '-'}>
            <span className="mn-chart-label">{r.regionName}</span>
            <span className="mn-chart-track" aria-hidden="true">
              <span className="mn-chart-bar" style={{ width: `${(r.total / max) * 100}%` }}>
                {LETTERS.map((l) => r[l] > 0 && <span key={l} className={`seg t-${l}`} style={{ flexGrow: r[l] }} title={`${l}: ${r[l]}`} />)}
              </span>
            </span>
            <span className="mn-chart-value">{r.total}<span className="visually-hidden"> ({LETTERS.map((l) => `${l} ${r[l]}`).join(', ')})</span></span>
          </li>
        ))}
      </ul>
      <ul className="mn-chart-legend" aria-hidden="true">
        {LETTERS.map((l) => <li key={l}><span className={`key t-${l}`} />{t('typologyN', { t: l })}</li>)}
      </ul>
    </figure>
  );
}
