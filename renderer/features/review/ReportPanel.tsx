// "Laporan & status": the assessor's name and report texts (autosaved), the state actions, the documents and the log.
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { NoteField } from '../assessment/NoteField';
import { M } from './messages';
import { Outputs } from './Outputs';
import { StatePanel } from './StatePanel';
import type { Review, Texts } from './useReview';

const LOG_KEYS = new Set(['state', 'item-state', 'final', 'reopened', 'blind-on', 'blind-off', 'received', 'new-version', 'new-version-held']);

function Log({ detail }: { detail: ReviewDetail }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const entries = [...detail.log].reverse();
  return (
    <section className="tj-box tj-log" aria-labelledby="tj-log-h">
      <h2 id="tj-log-h">{t('log.title')}</h2>
      {entries.length === 0 ? <p className="muted">{t('log.empty')}</p> : (
        <ol>
          {entries.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{fmt.format(new Date(e.at))}</time>{' '}
              <span>{LOG_KEYS.has(e.action) ? t(`log.${e.action}` as 'log.state', { detail: e.detail ?? '' }) : `${e.action}${e.detail ? `: ${e.detail}` : ''}`}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ReportPanel({ detail, review, onJump }: { detail: ReviewDetail; review: Review; onJump(code: string): void }) {
  const t = useMessages(M);
  const r = detail.review;
  const locked = !!r.finalAt;
  const field = (key: keyof Omit<Texts, 'blind'>, label: string, className?: string) => (
    <NoteField key={key} label={label} value={r[key]} disabled={locked} maxLength={key === 'assessorName' ? 200 : 20000} className={className}
      onSave={(text, opts) => void review.update({ [key]: text }, opts.keepalive).catch(() => {})} />
  );
  return (
    <div className="tj-report">
      <div className="tj-col">
        <StatePanel detail={detail} review={review} onJump={onJump} />
        <Outputs reviewId={r.id} />
        <Log detail={detail} />
      </div>
      <div className="tj-col">
        <section className="tj-box" aria-labelledby="tj-rep-h">
          <h2 id="tj-rep-h">{t('panel.title')}</h2>
          {field('assessorName', t('panel.assessor'), 'tj-name')}
          {field('visitSummary', t('panel.visit'), 'tj-long')}
          {field('findings', t('panel.findings'), 'tj-long')}
          {field('recommendation', t('panel.recommendation'), 'tj-long')}
        </section>
      </div>
    </div>
  );
}
