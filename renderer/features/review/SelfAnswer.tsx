// What the LKS answered for one item: its self-score (or "hidden" in a blind review), N/A reason, note, and later changes.
import type { ReviewDetail } from '../../../shared/api/contract-review';
import type { Indicator } from '../../../shared/instrument/schema';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { M } from './messages';
import type { Target } from './useReview';

export type SelfView = ReviewDetail['self'][string];

/** The self-answer in a few words: "Tingkat 3", "Terpenuhi", "Tidak berlaku"; null when hidden or unanswered. */
export function useSelfValue() {
  const t = useMessages(M);
  return (self: SelfView | undefined): string | null => {
    if (!self || self.hidden) return null;
    if (self.notApplicable || self.gcgValue === 'na') return t('v.na');
    if (self.gcgValue) return t(`v.${self.gcgValue}` as 'v.met');
    return self.level === null ? null : t('levelN', { level: self.level });
  };
}

export function SelfAnswer({ detail, target, code, indicator }: { detail: ReviewDetail; target: Target; code: string; indicator?: Indicator }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const value = useSelfValue();
  const self = detail.self[`${target}:${code}`];
  const changed = detail.changes?.list.some((c) => c.target === target && c.code === code);
  let main;
  if (!self) main = <span className="muted">{t('self.none')}</span>;
  else if (self.hidden) main = <><span className="badge tj-hidden">{t('self.hidden')}</span> <span className="muted tj-small">{t('self.hiddenHint')}</span></>;
  else if (self.notApplicable || self.gcgValue === 'na') main = <strong>{t('self.na')}</strong>;
  else {
    const label = indicator?.levels.find((l) => l.level === self.level)?.label[lang];
    main = value(self) ? <strong className="tj-self-value">{value(self)}{label ? `: ${label}` : ''}</strong> : <span className="muted">{t('self.none')}</span>;
  }
  return (
    <div className="tj-self" data-self={self?.hidden ? 'hidden' : value(self) ?? 'none'}>
      <span className="tj-self-title">{t('self.title')}</span>
      <div className="tj-self-body">
        <p>{main}{changed && detail.changes && <> <span className="badge tj-changed">{t('self.changed', { from: detail.changes.fromVersion })}</span></>}</p>
        {self && !self.hidden && self.reason && <p>{t('self.reason', { reason: self.reason })}</p>}
        {self?.note && <p className="tj-self-note">{t('self.note', { note: self.note })}</p>}
      </div>
    </div>
  );
}
