// What the LKS changed since the previous dossier version: code, before → after (self-scores stay hidden in a blind review).
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

type Change = NonNullable<ReviewDetail['changes']>['list'][number];

export function ChangesPanel({ detail, onJump }: { detail: ReviewDetail; onJump(code: string, target: 'indicator' | 'gcg'): void }) {
  const t = useMessages(M);
  const changes = detail.changes!;
  const show = (a: Change['before']) => {
    if (!a) return t('changeNone');
    if (a.notApplicable || a.gcgValue === 'na') return t('v.na');
    if (a.gcgValue) return t(`v.${a.gcgValue}` as 'v.met');
    return a.level === null ? t('changeNone') : t('levelN', { level: a.level });
  };
  return (
    <section className="tj-box tj-changes" aria-labelledby="tj-ch-h">
      <h2 id="tj-ch-h">{t('changesTitle', { from: changes.fromVersion })}</h2>
      {changes.list.length === 0 ? <p className="muted">{t('changesNone')}</p> : (
        <ul>
          {changes.list.map((c) => {
            const hidden = detail.self[`${c.target}:${c.code}`]?.hidden === true;
            return (
              <li key={`${c.target}:${c.code}`}>
                <button type="button" className="linklike ind-code" onClick={() => onJump(c.code, c.target)}>{c.code}</button>{' '}
                {hidden ? <span className="muted">{t('changeHidden')}</span> : <span>{show(c.before)} → <strong>{show(c.after)}</strong></span>}
                {!hidden && c.after?.note && c.after.note !== c.before?.note && <span className="muted tj-small"> · {t('self.note', { note: c.after.note })}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
