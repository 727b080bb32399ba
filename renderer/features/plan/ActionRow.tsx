// One plan action as an editable table row: text fields save on blur, date on blur, status on change.
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionStatus, PlanAction } from '../../../shared/api/contract-plan';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { longDate } from '../../../shared/format';
import { isOverdue, localToday, type ActionPatch } from './usePlanActions';
import { P } from './messages';

export const STATUSES: ActionStatus[] = ['todo', 'doing', 'done'];

interface Draft { what: string; who: string; dueDate: string; status: ActionStatus }
const draftOf = (a: PlanAction): Draft => ({ what: a.what, who: a.who ?? '', dueDate: a.dueDate ?? '', status: a.status });

export function ActionRow({ action, n, question, onSave, onRemove }: {
  action: PlanAction; n: number; question: string | null;
  onSave(id: number, patch: ActionPatch): Promise<boolean>; onRemove(a: PlanAction): void;
}) {
  const t = useMessages(P);
  const { lang } = useI18n();
  const id = useId();
  const [d, setD] = useState<Draft>(() => draftOf(action));
  const [whatError, setWhatError] = useState(false);
  // A saved copy from the back end replaces the fields the user is not editing (unsaved edits are kept).
  const prev = useRef(action);
  useEffect(() => {
    const before = draftOf(prev.current), after = draftOf(action);
    prev.current = action;
    setD((cur) => {
      const next = { ...cur };
      for (const k of Object.keys(after) as (keyof Draft)[]) if (cur[k] === before[k]) (next as Record<string, string>)[k] = after[k];
      return next;
    });
  }, [action]);

  const overdue = isOverdue({ status: d.status, dueDate: d.dueDate || null }, localToday());
  const save = async (patch: ActionPatch) => { await onSave(action.id, patch); };

  const saveWhat = () => {
    const what = d.what.trim();
    if (!what) { setWhatError(true); return; }
    setWhatError(false);
    if (what !== action.what) void save({ what });
  };
  const saveWho = () => { if (d.who.trim() !== (action.who ?? '')) void save({ who: d.who.trim() || null }); };
  // Date inputs fire changes while the year is still being typed (0002, 0020, 2020), so wait for a pause.
  const dueTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savedDue = useRef(action.dueDate ?? '');
  savedDue.current = action.dueDate ?? '';
  const saveDue = (value: string) => {
    if (dueTimer.current) { clearTimeout(dueTimer.current); dueTimer.current = null; }
    if (value !== savedDue.current) { savedDue.current = value; void save({ dueDate: value || null }); }
  };
  const changeDue = (value: string) => {
    setD((cur) => ({ ...cur, dueDate: value }));
    if (dueTimer.current) clearTimeout(dueTimer.current);
    if (value === '' || Number(value.slice(0, 4)) >= 1900) dueTimer.current = setTimeout(() => saveDue(value), 700);
  };
  const flushDue = useRef(() => {});
  flushDue.current = () => { if (dueTimer.current) saveDue(d.dueDate); };
  useEffect(() => () => flushDue.current(), []); // leaving the screen saves a pending date

  return (
    <tr className={`action-row${overdue ? ' overdue' : ''}${d.status === 'done' ? ' done' : ''}`} data-id={action.id}>
      <td className="col-n">{n}</td>
      <td className="col-what">
        <textarea id={`${id}-what`} aria-label={t('whatFor', { n })} value={d.what} rows={2} maxLength={1000}
          aria-invalid={whatError || undefined} aria-describedby={whatError ? `${id}-what-err` : `${id}-ind`}
          onChange={(e) => { setD({ ...d, what: e.target.value }); if (e.target.value.trim()) setWhatError(false); }} onBlur={saveWhat} />
        <span className="print-only">{d.what}</span>
        {whatError && <small id={`${id}-what-err`} className="field-error" role="alert">{t('whatRequired')}</small>}
        <div className="indicator" id={`${id}-ind`}>
          {/* The question is repeated only when the action text does not already quote it. */}
          {action.code ? <>{t('colIndicator')} <strong>{action.code}</strong>{question && !d.what.includes(question) && <> · {question}</>}</> : <span className="muted">{t('noIndicator')}</span>}
        </div>
      </td>
      <td className="col-who">
        <input aria-label={t('whoFor', { n })} value={d.who} maxLength={200} onChange={(e) => setD({ ...d, who: e.target.value })} onBlur={saveWho} />
        <span className="print-only">{d.who || '—'}</span>
      </td>
      <td className="col-due">
        <input type="date" aria-label={t('dueFor', { n })} value={d.dueDate} onChange={(e) => changeDue(e.target.value)} onBlur={(e) => saveDue(e.target.value)} />
        <span className="print-only">{d.dueDate ? longDate(d.dueDate, lang) : '—'}</span>
        {overdue && <span className="badge overdue">⚠ {t('overdue')}</span>}
      </td>
      <td className="col-status">
        <select aria-label={t('statusFor', { n })} value={d.status}
          onChange={(e) => { const status = e.target.value as ActionStatus; setD({ ...d, status }); void save({ status }); }}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(s)}</option>)}
        </select>
        <span className="print-only">{t(d.status)}</span>
      </td>
      <td className="col-remove">
        <button className="btn small danger" aria-label={t('removeFor', { n })} onClick={() => onRemove(action)}>{t('remove')}</button>
      </td>
    </tr>
  );
}
