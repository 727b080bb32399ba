// "Tidak berlaku" for an indicator that allows it: saved only with a short written reason, which is then shown.
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

interface Props {
  /** The saved reason when the indicator is marked not applicable, else null. */
  reason: string | null;
  onSave(reason: string): void;
  onClear(): void;
  /** Replaces the LKS-side hint ("the assessor will read it") where someone else fills it in. */
  hint?: string;
  /** Shown but not changeable (a final review). */
  disabled?: boolean;
}

export function NotApplicable({ reason, onSave, onClear, hint, disabled }: Props) {
  const t = useMessages(M);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = () => { setText(reason ?? ''); setError(null); setEditing(true); };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 3) { setError(t('na.required')); return; }
    onSave(text.trim());
    setEditing(false);
  };

  if (editing) {
    return (
      <form className="na-form" onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setEditing(false); } }}>
        <label htmlFor={id}>{t('na.reasonLabel')}</label>
        <textarea id={id} rows={2} maxLength={1000} value={text} autoFocus placeholder={t('na.placeholder')}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : `${id}-hint`}
          onChange={(e) => { setText(e.target.value); if (error && e.target.value.trim().length >= 3) setError(null); }} />
        {error ? <p id={`${id}-err`} className="field-error" role="alert">{error}</p> : <small id={`${id}-hint`} className="hint">{hint ?? t('na.hint')}</small>}
        <div className="na-buttons">
          <button type="submit" className="btn small">{t('na.save')}</button>
          <button type="button" className="btn secondary small" onClick={() => setEditing(false)}>{t('cancel')}</button>
        </div>
      </form>
    );
  }
  if (reason !== null) {
    return (
      <div className="na-shown">
        <p><strong>{t('na.marked')}</strong> {t('na.because')} <q>{reason}</q></p>
        {!disabled && (
          <div className="na-buttons">
            <button type="button" className="btn ghost small" onClick={start}>{t('na.edit')}</button>
            <button type="button" className="btn ghost small" onClick={onClear}>{t('na.clear')}</button>
          </div>
        )}
      </div>
    );
  }
  if (disabled) return null;
  return <button type="button" className="btn ghost small na-open" onClick={start}>{t('na.open')}</button>;
}
