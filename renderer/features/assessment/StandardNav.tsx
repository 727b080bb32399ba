// The six standards (S1–S6) as a side list with answered/applicable counts and a small progress bar each.
import type { ComponentScore } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { Bar } from './format';
import { M } from './messages';

/** What one list entry needs: a standard's score, or any group counted the same way (the review's TARIF principles). */
export type NavEntry = Pick<ComponentScore, 'id' | 'code' | 'title'> & { counts: Pick<ComponentScore['counts'], 'scored' | 'na' | 'unanswered'> };

export const progressOf = (c: { counts: NavEntry['counts'] }) => {
  const done = c.counts.scored + c.counts.na;
  return { done, total: done + c.counts.unanswered };
};

interface Props {
  components: NavEntry[];
  selected: number;
  onSelect(i: number): void;
  /** Other words for the list and its total line (the review lists standards and GCG principles). */
  label?: string;
  overall?: string;
}

export function StandardNav({ components, selected, onSelect, label, overall }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const all = components.reduce((s, c) => { const p = progressOf(c); return { done: s.done + p.done, total: s.total + p.total }; }, { done: 0, total: 0 });
  return (
    <nav className="std-nav" aria-label={label ?? t('std.nav')}>
      <div className="std-overall">
        <span>{overall ?? t('std.overall')}</span>
        <strong>{t('sum.answeredValue', all)}</strong>
        <Bar {...all} />
      </div>
      <ul>
        {components.map((c, i) => {
          const p = progressOf(c);
          const complete = p.total > 0 && p.done === p.total;
          return (
            <li key={c.id}>
              <button type="button" className={`std-item${i === selected ? ' active' : ''}${complete ? ' complete' : ''}`} aria-current={i === selected ? 'true' : undefined}
                onClick={() => onSelect(i)}>
                <span className="std-code">{c.code}</span>{' '}
                <span className="std-title">{c.title[lang]}</span>{' '}
                <span className="std-count">{complete ? <span aria-hidden="true">✓ </span> : null}{p.done}/{p.total}<span className="as-sr"> {t('std.answeredSr')}</span></span>
                <Bar {...p} />
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
