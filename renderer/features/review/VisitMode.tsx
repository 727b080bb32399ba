// "Mode visitasi": every indicator on one line (code, short question, quick level buttons, observation) for use on site.
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../assessment/ChoiceGroup';
import { NoteField } from '../assessment/NoteField';
import type { Group } from './groups';
import { M } from './messages';
import { useSelfValue } from './SelfAnswer';
import { keyOf, type Review } from './useReview';

export function VisitMode({ groups, detail, review, locked }: { groups: Group[]; detail: ReviewDetail; review: Review; locked: boolean }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const selfValue = useSelfValue();
  return (
    <section className="tj-visit" aria-label={t('mode.visit')}>
      <p className="muted tj-small">{t('visit.intro')}</p>
      {groups.filter((g) => g.target === 'indicator' && g.entries.length > 0).map((g) => (
        <div key={g.id} className="tj-visit-group">
          <h2 className="tj-visit-h">{g.code} · {g.title[lang]}</h2>
          <ul className="tj-visit-list">
            {g.entries.map((e) => {
              if (e.target !== 'indicator') return null;
              const item = detail.items[keyOf('indicator', e.code)];
              const self = detail.self[keyOf('indicator', e.code)];
              const level = item && !item.notApplicable ? item.level : null;
              const qid = `tj-vq-${e.code}`;
              const sv = selfValue(self);
              return (
                <li key={e.code} className={`tj-visit-row${level !== null || item?.notApplicable ? ' answered' : ''}${item?.needsComment ? ' needs-comment' : ''}`} data-code={e.code}>
                  <div className="tj-visit-q">
                    <span className="ind-code">{e.code}</span>{' '}
                    <span id={qid} className="tj-visit-text" title={e.indicator.question[lang]}>{e.indicator.question[lang]}</span>
                    {self && (self.hidden
                      ? <span className="badge tj-hidden tj-visit-self">{t('visit.hidden')}</span>
                      : sv && <span className="badge tj-visit-self">{t('visit.self', { value: sv })}</span>)}
                    {item?.notApplicable && <span className="badge">{t('naChip')}</span>}
                  </div>
                  <ChoiceGroup labelledBy={qid} className="tj-quick" value={level} disabled={locked}
                    onChoose={(l) => { if (l !== level) void review.setItem('indicator', e.code, { level: l }); }}
                    choices={e.indicator.levels.map((l) => ({ value: l.level, name: t('level.name', { level: l.level, label: l.label[lang] }), content: <span>{l.level}</span> }))} />
                  <NoteField label={t('observationOf', { code: e.code })} className="tj-visit-obs" value={item?.observation ?? null} disabled={locked} maxLength={8000}
                    placeholder={t('observation')} onSave={(observation, opts) => void review.setItem('indicator', e.code, { observation }, opts)} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
