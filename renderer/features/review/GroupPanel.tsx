// The selected standard or GCG principle: heading, progress, each item's card, and a button onwards to the next section.
import { forwardRef } from 'react';
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { isScored, type Group } from './groups';
import { ItemCard } from './ItemCard';
import { M } from './messages';
import type { Review } from './useReview';

interface Props { groups: Group[]; index: number; detail: ReviewDetail; review: Review; locked: boolean; onNext(): void; onFirstOpen(): void }

export const GroupPanel = forwardRef<HTMLHeadingElement, Props>(function GroupPanel({ groups, index, detail, review, locked, onNext, onFirstOpen }, headingRef) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const g = groups[index];
  const next = groups[index + 1];
  const done = g.entries.filter((e) => isScored(detail, e.target, e.code)).length;
  return (
    <section className="std-panel tj-panel" aria-labelledby={`tj-h-${g.id}`}>
      <header className="std-head">
        <h2 id={`tj-h-${g.id}`} ref={headingRef} tabIndex={-1}>
          {g.target === 'gcg' ? `${t('gcg.principle')} · ${g.title[lang]}` : `${g.code} · ${g.title[lang]}`}
        </h2>
        <p className="std-progress">
          {t('group.progress', { done, total: g.entries.length })}
          {g.excluded > 0 && <> · {t('group.excluded', { n: g.excluded })}</>}
          {done < g.entries.length && <> · <button type="button" className="linklike" onClick={onFirstOpen}>{t('group.firstOpen')}</button></>}
        </p>
        {g.description && <p className="muted std-desc">{g.description[lang]}</p>}
      </header>
      {g.entries.length === 0 && <p className="muted">{t('group.empty')}</p>}
      {g.entries.map((e) => (
        <ItemCard key={`${e.target}:${e.code}`} detail={detail} review={review} target={e.target} code={e.code} locked={locked}
          indicator={e.target === 'indicator' ? e.indicator : undefined} gcgItem={e.target === 'gcg' ? e.item : undefined} />
      ))}
      {next && (
        <div className="std-next">
          <button type="button" className="btn" onClick={onNext}>{t('group.next', { code: next.code, title: next.title[lang] })} →</button>
        </div>
      )}
    </section>
  );
});
