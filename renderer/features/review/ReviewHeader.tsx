// The top of a review: LKS, round, dossier version (and what changed since the last one), state badge, blind toggle, view switch.
import { useState, type KeyboardEvent } from 'react';
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { ChangesPanel } from './ChangesPanel';
import { M } from './messages';
import type { Review } from './useReview';

export type Mode = 'standards' | 'visit' | 'panel';
const MODES: Mode[] = ['standards', 'visit', 'panel'];

export function StateBadge({ state, final }: { state: ReviewDetail['review']['state']; final?: boolean }) {
  const t = useMessages(M);
  return <span className={`badge tj-state-badge s-${state}`}>{t(`state.${state}` as 'state.diajukan')}{final ? ` · ${t('finalChip')}` : ''}</span>;
}

interface Props { detail: ReviewDetail; review: Review; mode: Mode; onMode(m: Mode): void; onJump(code: string, target: 'indicator' | 'gcg'): void }

export function ReviewHeader({ detail, review, mode, onMode, onJump }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [showChanges, setShowChanges] = useState(false);
  const r = detail.review;
  const date = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });
  const onKeyTabs = (e: KeyboardEvent, i: number) => {
    const n = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!n) return;
    e.preventDefault();
    const next = MODES[(i + n + MODES.length) % MODES.length];
    onMode(next);
    document.getElementById(`tj-tab-${next}`)?.focus();
  };
  return (
    <div className="tj-header">
      <dl className="tj-facts">
        <div><dt>{t('head.round')}</dt><dd>{detail.roundName}</dd></div>
        <div>
          <dt>{t('head.version')}</dt>
          <dd>
            {t('versionN', { n: detail.version })} <span className="muted tj-small">({t('head.exported', { date: date.format(new Date(detail.exportedAt)) })})</span>
            {detail.changes && (
              <> · <button type="button" className="linklike tj-changes-toggle" aria-expanded={showChanges} onClick={() => setShowChanges(!showChanges)}>
                {t('changesSummary', { to: detail.version, from: detail.changes.fromVersion, n: detail.changes.list.length })}
              </button></>
            )}
          </dd>
        </div>
        <div><dt>{t('head.state')}</dt><dd><StateBadge state={r.state} final={!!r.finalAt} /></dd></div>
      </dl>
      <label className="tj-blind">
        <input type="checkbox" checked={r.blind} onChange={(e) => void review.update({ blind: e.target.checked }).catch(() => {})} />
        <span>{t('blind')}</span>
      </label>
      {showChanges && detail.changes && <ChangesPanel detail={detail} onJump={onJump} />}
      <div className="tj-tabs" role="tablist" aria-label={t('modes')}>
        {MODES.map((m, i) => (
          <button key={m} id={`tj-tab-${m}`} type="button" role="tab" aria-selected={mode === m} aria-controls="tj-view" tabIndex={mode === m ? 0 : -1}
            className={`tj-tab${mode === m ? ' active' : ''}`} onClick={() => onMode(m)} onKeyDown={(e) => onKeyTabs(e, i)}>
            {t(`mode.${m}` as 'mode.visit')}
          </button>
        ))}
      </div>
    </div>
  );
}
