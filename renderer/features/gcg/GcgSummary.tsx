// The GCG mini-summary (answered, score or range) and the five TARIF principle tiles with progress and score.
import type { Checklist } from '../../../shared/instrument/schema';
import type { GcgResult, GcgTally } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { number } from '../../../shared/format';
import { Bar, range } from '../assessment/format';
import { G } from './messages';

const progress = (c: GcgTally['counts']) => ({ done: c.answered + c.na, total: c.answered + c.na + c.unanswered });

export function GcgSummary({ gcg, estimate }: { gcg: GcgResult; estimate: boolean }) {
  const t = useMessages(G);
  const { lang } = useI18n();
  const p = progress(gcg.overall.counts);
  const o = gcg.overall;
  const score = o.score !== null ? number(o.score, lang) : o.range ? t('sum.range', { range: range(o.range, lang) }) : '–';
  return (
    <dl className="mini-summary">
      <div><dt>{t('sum.answered')}</dt><dd>{t('sum.answeredValue', p)}</dd></div>
      <div>
        <dt>{t('sum.score')}</dt>
        <dd data-testid="gcg-score">{score}{estimate && <span className="est">{t('estimate')}</span>}</dd>
      </div>
    </dl>
  );
}

export function PrincipleTiles({ checklist, gcg }: { checklist: Checklist; gcg: GcgResult }) {
  const t = useMessages(G);
  const { lang } = useI18n();
  const jump = (id: string) => {
    const h = document.getElementById(`gcg-h-${id}`);
    h?.focus({ preventScroll: true });
    h?.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="gcg-tiles" aria-label={t('tiles')}>
      {gcg.principles.map((pr) => {
        const p = progress(pr.counts);
        const title = checklist.principles.find((x) => x.id === pr.id)?.title[lang] ?? pr.id;
        const score = pr.score !== null ? number(pr.score, lang) : pr.answeredScore !== null ? t('tile.sofar', { score: number(pr.answeredScore, lang) }) : '–';
        return (
          <button key={pr.id} type="button" className={`gcg-tile${p.total > 0 && p.done === p.total ? ' complete' : ''}`} onClick={() => jump(pr.id)}>
            <span className="gcg-tile-letter" aria-hidden="true">{title.charAt(0)}</span>
            <span className="gcg-tile-title">{title}</span>
            <span className="gcg-tile-meta">{t('tile.count', p)}</span>
            <Bar {...p} />
            <span className="gcg-tile-score">{t('tile.score')} <strong>{score}</strong></span>
          </button>
        );
      })}
    </nav>
  );
}
