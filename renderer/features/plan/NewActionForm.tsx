// A small form to write an action by hand (what, who, due date); the text is required.
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/feature';
import { P } from './messages';
import type { NewAction } from './usePlanActions';

export function NewActionForm({ onAdd }: { onAdd(f: NewAction): Promise<void> }) {
  const t = useMessages(P);
  const id = useId();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!what.trim()) { setError(t('whatRequired')); return; }
    setBusy(true);
    try {
      await onAdd({ what: what.trim(), who: who.trim() || null, dueDate: due || null, status: 'todo' });
      setWhat(''); setWho(''); setDue(''); setError(null);
    } catch (err) {
      setError(t('saveFailed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card new-action" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('newTitle')}</h2>
      <div className="new-grid">
        <div className="inline-field wide">
          <label htmlFor={`${id}-what`}>{t('newWhat')}</label>
          <input id={`${id}-what`} value={what} maxLength={1000} onChange={(e) => { setWhat(e.target.value); if (e.target.value.trim()) setError(null); }}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} />
        </div>
        <div className="inline-field">
          <label htmlFor={`${id}-who`}>{t('newWho')}</label>
          <input id={`${id}-who`} value={who} maxLength={200} onChange={(e) => setWho(e.target.value)} />
        </div>
        <div className="inline-field">
          <label htmlFor={`${id}-due`}>{t('newDue')}</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <button className="btn" type="submit" disabled={busy}>{t('newAdd')}</button>
      </div>
      {error && <p id={`${id}-err`} className="field-error" role="alert">{error}</p>}
    </form>
  );
}
