// The list of uploads in progress or just finished, each with a progress bar and a cancel button.
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { bytes } from '../../../shared/format';
import { M } from './messages';
import type { UploadJob } from './useUploads';

interface Props { jobs: UploadJob[]; onCancel(key: number): void; onClear?(): void; compact?: boolean }

export function UploadQueue({ jobs, onCancel, onClear, compact }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  if (jobs.length === 0) return null;
  const finished = jobs.some((j) => j.status !== 'waiting' && j.status !== 'uploading');
  return (
    <section className={`ev-queue${compact ? ' compact' : ''}`} aria-label={t('queueTitle')}>
      {!compact && (
        <div className="ev-queue-head">
          <h2>{t('queueTitle')}</h2>
          {onClear && finished && <button type="button" className="btn secondary small" onClick={onClear}>{t('queueClear')}</button>}
        </div>
      )}
      <ul>
        {jobs.map((j) => {
          const pct = j.size === 0 ? (j.status === 'done' || j.status === 'duplicate' ? 100 : 0) : Math.round((j.sent / j.size) * 100);
          const running = j.status === 'waiting' || j.status === 'uploading';
          let text: string;
          switch (j.status) {
            case 'waiting': text = t('qWaiting'); break;
            case 'uploading': text = t('qUploading', { pct }); break;
            case 'done': text = t('qDone'); break;
            case 'duplicate': text = t('qDuplicate'); break;
            case 'cancelled': text = t('qCancelled'); break;
            default: text = t('qFailed', { message: j.error ?? '' });
          }
          return (
            <li key={j.key} className={`ev-job ${j.status}`}>
              <div className="ev-job-line">
                <span className="ev-job-name" title={j.name}>{j.name}</span>
                <span className="muted ev-job-size">{bytes(j.size, lang)}</span>
                {running && (
                  <button type="button" className="btn secondary small" onClick={() => onCancel(j.key)} aria-label={t('cancelUpload', { name: j.name })}>
                    {t('cancel')}
                  </button>
                )}
              </div>
              {j.status !== 'failed' && j.status !== 'cancelled' && (
                <div className="ev-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('progressOf', { name: j.name })}>
                  <span style={{ width: `${pct}%` }} />
                </div>
              )}
              <span className="ev-job-status" role={j.status === 'failed' ? 'alert' : running ? undefined : 'status'}>{text}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
