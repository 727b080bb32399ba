// The review's state: moves allowed by hand, "perlu perbaikan" with what to fix, "Tandai final" with its blockers, reopen with a reason.
import { useId, useState, type FormEvent } from 'react';
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { ALLOWED_MOVES, type ReviewState } from '../../../shared/review/model';
import { ApiFailure } from '../../api/client';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { M } from './messages';
import type { Review } from './useReview';

interface Blockers { unscored: string[]; needComment: string[] }

function blockersOf(e: unknown): Blockers | null {
  const d = e instanceof ApiFailure ? e.error.details as Partial<Blockers> | undefined : undefined;
  if (!d || (!Array.isArray(d.unscored) && !Array.isArray(d.needComment))) return null;
  return { unscored: d.unscored ?? [], needComment: d.needComment ?? [] };
}

function CodeLinks({ codes, onJump }: { codes: string[]; onJump(code: string): void }) {
  const t = useMessages(M);
  return (
    <ul className="tj-code-links">
      {codes.map((c) => <li key={c}><button type="button" className="linklike" aria-label={t('blockers.goTo', { code: c })} onClick={() => onJump(c)}>{c}</button></li>)}
    </ul>
  );
}

/** A small inline form that needs text of a minimum length (the revision comment, the reopen reason). */
function ReasonForm({ label, minLength, error: tooShort, submit, confirm, onCancel, extraOk }: {
  label: string; minLength: number; error: string; submit(text: string): Promise<void>; confirm: string; onCancel(): void; extraOk?: boolean;
}) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < minLength && !extraOk) { setError(tooShort); return; }
    try { await submit(text.trim()); } catch (err) { setError(plainError(err, lang, '')); }
  };
  return (
    <form className="na-form tj-reason" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} maxLength={2000} value={text} autoFocus aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setText(e.target.value)} />
      {error && <p id={`${id}-err`} className="field-error" role="alert">{error}</p>}
      <div className="na-buttons">
        <button type="submit" className="btn small">{confirm}</button>
        <button type="button" className="btn secondary small" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}

export function StatePanel({ detail, review, onJump }: { detail: ReviewDetail; review: Review; onJump(code: string): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [form, setForm] = useState<null | 'revision' | 'reopen'>(null);
  const [blockers, setBlockers] = useState<Blockers | null>(null);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const r = detail.review;
  const final = !!r.finalAt;
  const moves = ALLOWED_MOVES[r.state].filter((s) => s !== 'dinilai');
  const flagged = Object.values(detail.items).filter((i) => i.state === 'perlu-perbaikan').length;
  const stateName = (s: ReviewState) => t(`state.${s}` as 'state.diajukan');

  const move = async (s: ReviewState, comment: string | null = null) => {
    setMessage(null);
    try { await review.setState(s, comment); setForm(null); } catch (e) { setMessage({ text: t('state.failed', { message: plainError(e, lang, '') }), bad: true }); }
  };
  const finalize = async () => {
    setMessage(null);
    setBlockers(null);
    try {
      await review.finalize();
      setMessage({ text: t('finalized') });
    } catch (e) {
      const b = blockersOf(e);
      if (b) setBlockers(b); else setMessage({ text: plainError(e, lang, ''), bad: true });
    }
  };

  return (
    <section className="tj-box tj-state" aria-labelledby="tj-state-h">
      <h2 id="tj-state-h">{t('state.title')}</h2>
      <p>{t('state.now', { state: stateName(r.state) })}</p>
      {!final && (
        <>
          <div className="tj-moves">
            {moves.length === 0 && <span className="muted tj-small">{t('state.noMoves')}</span>}
            {moves.map((s) => (
              <button key={s} type="button" className="btn secondary small" aria-expanded={s === 'perlu-perbaikan' ? form === 'revision' : undefined}
                onClick={() => (s === 'perlu-perbaikan' ? setForm(form === 'revision' ? null : 'revision') : void move(s))}>
                {t('state.moveTo', { state: stateName(s) })}
              </button>
            ))}
          </div>
          {form === 'revision' && (
            <>
              {flagged > 0 && <p className="hint">{t('state.flagged', { n: flagged })}</p>}
              <ReasonForm label={t('state.comment')} minLength={10} error={t('state.commentShort')} extraOk={flagged > 0} confirm={t('state.send')}
                onCancel={() => setForm(null)} submit={(text) => review.setState('perlu-perbaikan', text || null).then(() => setForm(null))} />
            </>
          )}
          <div className="tj-final">
            <button type="button" className="btn" onClick={() => void finalize()}>{t('finalize')}</button>
            <p className="hint">{t('finalizeHint')}</p>
          </div>
          {blockers && (
            <div className="notice bad tj-blockers" role="alert">
              <p><strong>{t('blockers.title')}</strong></p>
              {blockers.unscored.length > 0 && <><p>{t('blockers.unscored', { n: blockers.unscored.length })}</p><CodeLinks codes={blockers.unscored} onJump={onJump} /></>}
              {blockers.needComment.length > 0 && <><p>{t('blockers.comment', { n: blockers.needComment.length })}</p><CodeLinks codes={blockers.needComment} onJump={onJump} /></>}
            </div>
          )}
        </>
      )}
      {final && (
        form === 'reopen'
          ? <ReasonForm label={t('reopen.label')} minLength={5} error={t('reopen.required')} confirm={t('reopen.confirm')}
            onCancel={() => setForm(null)} submit={(text) => review.reopen(text).then(() => { setForm(null); setMessage(null); })} />
          : <button type="button" className="btn secondary" onClick={() => setForm('reopen')}>{t('reopen')}</button>
      )}
      <div role="status" aria-live="polite">{message && !message.bad && <p className="notice info">{message.text}</p>}</div>
      {message?.bad && <p className="notice bad" role="alert">{message.text}</p>}
    </section>
  );
}
