// A hand-built SVG line chart of scores (0–100) over rounds, one line per standard or GCG principle, with a
// visually hidden table holding the same numbers for screen readers (the SVG is an image with a title and summary).
import { useId } from 'react';
import { useMessages } from '../../i18n/feature';
import { P } from './messages-progress';

export interface ChartSeries { code: string; label: string; values: (number | null)[] }

/** Okabe–Ito colours (distinguishable with colour-blindness), then dashed lines once the colours repeat. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9', '#333333'];
const W = 560, H = 240, L = 36, R = 14, T = 12, B = 30;
const fmt1 = (n: number, lang: string) => (Math.round(n * 10) / 10).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');

export function ProgressChart({ title, columns, series, lang, testId }: { title: string; columns: string[]; series: ChartSeries[]; lang: string; testId: string }) {
  const t = useMessages(P);
  const id = useId();
  const x = (i: number) => (columns.length === 1 ? L + (W - L - R) / 2 : L + (i * (W - L - R)) / (columns.length - 1));
  const y = (v: number) => T + ((100 - v) * (H - T - B)) / 100;
  return (
    <figure className="pg-chart" data-testid={testId}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="pg-svg">
        <desc id={`${id}-d`}>{t('chartDesc', { n: series.length, first: columns[0], last: columns[columns.length - 1] })}</desc>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v} className="pg-grid">
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} />
            <text x={L - 6} y={y(v) + 4} textAnchor="end">{v}</text>
          </g>
        ))}
        {columns.map((c, i) => <text key={c} className="pg-year" x={x(i)} y={H - 8} textAnchor="middle">{c}</text>)}
        {series.map((s, k) => {
          const colour = COLOURS[k % COLOURS.length];
          const dash = k >= COLOURS.length ? '6 4' : undefined;
          const pts = s.values.map((v, i) => (v === null ? null : { x: x(i), y: y(v), v })).filter((p) => p !== null);
          return (
            <g key={s.code} data-series={s.code} stroke={colour} fill={colour}>
              {pts.length > 1 && <polyline fill="none" strokeWidth={2.5} strokeDasharray={dash} points={pts.map((p) => `${p.x},${p.y}`).join(' ')} />}
              {pts.map((p, i) => <circle key={i} data-point cx={p.x} cy={p.y} r={4} stroke="#fff" strokeWidth={1.5}><title>{`${s.label}: ${fmt1(p.v, lang)}`}</title></circle>)}
            </g>
          );
        })}
      </svg>
      <ul className="pg-legend" aria-hidden="true">
        {series.map((s, k) => <li key={s.code}><span className="pg-key" style={{ background: COLOURS[k % COLOURS.length] }} />{s.label}</li>)}
      </ul>
      <table className="visually-hidden">
        <caption>{t('tableCaption', { title })}</caption>
        <thead><tr><th scope="col">{t('series')}</th>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>
          {series.map((s) => <tr key={s.code}><th scope="row">{s.label}</th>{s.values.map((v, i) => <td key={i}>{v === null ? '–' : fmt1(v, lang)}</td>)}</tr>)}
        </tbody>
      </table>
    </figure>
  );
}
