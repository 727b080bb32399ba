// Accessible horizontal bars (plain HTML): number beside each bar, stripes and words mark a bar under a gate.
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { oneDecimal } from '../../../shared/format';
import { range } from './format';
import { M } from './messages';

export interface BarRow { key: string; label: string; value: number | null; range: { min: number; max: number } | null }
/** `fail`: a hard minimum (every standard must reach it); `warn`: a softer line (only a few may be under it). */
export interface GateLine { min: number; kind: 'fail' | 'warn' }

const pct = (n: number) => `${Math.max(0, Math.min(100, n))}%`;

export function Bars({ rows, gates = [], label, testId }: { rows: BarRow[]; gates?: GateLine[]; label: string; testId?: string }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const fail = gates.filter((g) => g.kind === 'fail').sort((a, b) => b.min - a.min)[0];
  const warn = gates.filter((g) => g.kind === 'warn').sort((a, b) => b.min - a.min)[0];
  const anyRange = rows.some((r) => r.value === null && r.range !== null && r.range.max - r.range.min > 1e-9);
  return (
    <div className="bars-wrap">
      <ul className="bars" aria-label={label} data-testid={testId}>
        {rows.map((r) => {
          const base = r.value ?? r.range?.min ?? null;
          const incomplete = r.value === null && r.range !== null && r.range.max - r.range.min > 1e-9;
          // Judge on the best case: an incomplete bar only fails for sure when even its top is under the line.
          const top = r.value ?? r.range?.max ?? null;
          const under = (g: GateLine | undefined, v: number | null) => g !== undefined && v !== null && v < g.min - 1e-9;
          const failed = under(fail, top);
          // Nothing answered yet (0–100) says nothing about the gate, so no flag then.
          const blank = incomplete && r.range !== null && r.range.min < 1e-9 && r.range.max > 100 - 1e-9;
          const maybe = !failed && incomplete && !blank && under(fail, base);
          const warned = !failed && !maybe && (under(warn, top) || (incomplete && !blank && under(warn, base)));
          const flag = failed ? t('belowGate', { min: fail.min }) : maybe ? t('maybeBelow', { min: fail.min })
            : warned ? t(incomplete && !under(warn, top) ? 'maybeBelow' : 'belowWarn', { min: warn.min }) : null;
          return (
            <li key={r.key} className={`bar-row${failed ? ' fail' : ''}${warned || maybe ? ' warn' : ''}`} data-key={r.key}>
              <span className="bar-label">{r.label}</span>
              <span className="bar-track" aria-hidden="true">
                {base !== null && <span className="bar-fill" style={{ width: pct(base) }} />}
                {incomplete && r.range && <span className="bar-ext" style={{ left: pct(r.range.min), width: pct(r.range.max - r.range.min) }} />}
                {gates.map((g) => <span key={`${g.kind}${g.min}`} className={`gate-line ${g.kind}`} style={{ left: pct(g.min) }} />)}
              </span>
              <span className="bar-value">
                {base === null ? <span className="muted">{t('noItems')}</span>
                  : incomplete && r.range ? <><strong>{range(r.range.min, r.range.max, lang)}</strong> <small>{t('rangeNote')}</small></>
                    : <strong>{oneDecimal(base, lang)}</strong>}
                {flag && <small className={`bar-flag ${failed ? 'fail' : 'warn'}`}>{failed ? '✗ ' : '! '}{flag}</small>}
              </span>
            </li>
          );
        })}
      </ul>
      <ul className="bar-legend" aria-label={t('legendBar')}>
        <li><span className="key fill" aria-hidden="true" />{t('legendBar')}</li>
        {anyRange && <li><span className="key ext" aria-hidden="true" />{t('legendRange')}</li>}
        {fail && <li><span className="key stripes" aria-hidden="true" />{t('legendFail')}</li>}
        {gates.map((g) => <li key={`l${g.kind}${g.min}`}><span className={`key line ${g.kind}`} aria-hidden="true" />{t('legendGate', { min: g.min })}</li>)}
      </ul>
    </div>
  );
}
