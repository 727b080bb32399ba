// "Minta perbaikan" on one item: a small inline form that will not send without saying what to fix; shows and withdraws a request.
import { useId, useState, type FormEvent } from 'react';
import type { ReviewItem } from '../../../shared/review/model';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { M } from './messages';
import type { Review, Target } from './useReview';

interface Props { target: Target; code: string; item: ReviewItem | undefined; review: Review; locked: boolean }

export function RevisionRequest({ target, code, item, review, locked }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const requested = item?.state === 'perlu-perbaikan';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 5) { setError(t('rev.required')); return; }
    try {
      await review.setItemState(target, code, 'perlu-perbaikan', text.trim());
      setEditing(false);
    } catch (err) {
      setError(t('rev.failed', { message: plainError(err, lang, '') }));
    }
  };

  if (editing) {
    return (
      <form className="na-form tj-rev-form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setEditing(false); } }}>
        <label htmlFor={id}>{t('rev.label')}</label>
        <textarea id={id} rows={2} maxLength={2000} value={text} autoFocus placeholder={t('rev.placeholder')}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => { setText(e.target.value); if (error && e.target.value.trim().length >= 5) setError(null); }} />
        {error && <p id={`${id}-err`} className="field-error" role="alert">{error}</p>}
        <div className="na-buttons">
          <button type="submit" className="btn small">{t('rev.save')}</button>
          <button type="button" className="btn secondary small" onClick={() => setEditing(false)}>{t('cancel')}</button>
        </div>
      </form>
    );
  }
  if (requested) {
    return (
      <div className="tj-rev-shown">
        <p><strong>{t('rev.requested')}</strong> <q>{item?.revisionRequest}</q></p>
        {!locked && <button type="button" className="btn ghost small" onClick={() => void review.setItemState(target, code, 'ditinjau', null).catch(() => {})}>{t('rev.withdraw')}</button>}
      </div>
    );
  }
  if (locked) return null;
  return <button type="button" className="btn ghost small tj-rev-open" onClick={() => { setText(''); setError(null); setEditing(true); }}>{t('rev.ask')}</button>;
}
