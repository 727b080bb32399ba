// The improvement plan (#/plan): editable actions with autosave, overdue first, undo after delete, DOCX export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanAction } from '../../../shared/api/contract-plan';
import { call, saveBase64 } from '../../api/client';
import { useRoundData, useRounds } from '../../app/round';
import { HelpPanel } from '../../components/HelpPanel';
import { RoundBar } from '../../components/RoundBar';
import { SaveStatus } from '../../components/SaveStatus';
import type { SaveState } from '../../components/useAutosave';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { tx } from '../results/format';
import { ActionRow } from './ActionRow';
import { NewActionForm } from './NewActionForm';
import { P } from './messages';
import { isOverdue, localToday, sortActions, usePlanActions, type ActionPatch } from './usePlanActions';
import '../results/results.css';
import './plan.css';
import { ScreenHeader } from '../../components/ScreenHeader';

type Filter = 'all' | 'overdue' | PlanAction['status'];
const UNDO_MS = 10_000;

export function PlanScreen() {
  const t = useMessages(P);
  const { lang } = useI18n();
  const { roundId } = useRounds();
  const plan = usePlanActions(roundId);
  const { data } = useRoundData(roundId);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [filter, setFilter] = useState<Filter>('all');
  const [removed, setRemoved] = useState<PlanAction | null>(null);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [order, setOrder] = useState<number[]>([]);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const actions = useMemo(() => plan.actions ?? [], [plan.actions]);
  const today = localToday();

  // Re-sort when actions come or go, and when focus leaves the table (never under the user's cursor).
  const resort = useCallback(() => setOrder(sortActions(actions, today).map((a) => a.id)), [actions, today]);
  const idsKey = actions.map((a) => a.id).sort((a, b) => a - b).join(',');
  useEffect(resort, [idsKey]);

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => {
      if (document.activeElement === undoRef.current) listRef.current?.focus();
      setRemoved(null);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  const questions = useMemo(() => new Map((data?.instrument.components ?? []).flatMap((c) => c.indicators.map((i) => [i.code, tx(i.question, lang)] as const))), [data, lang]);

  const { update, remove, add } = plan;
  const onSave = useCallback(async (id: number, patch: ActionPatch) => {
    setSave({ kind: 'saving' });
    try {
      await update(id, patch);
      setSave({ kind: 'saved', at: new Date() });
      return true;
    } catch (e) {
      setSave({ kind: 'failed', message: (e as Error).message });
      return false;
    }
  }, [update]);

  const onRemove = async (a: PlanAction) => {
    try {
      await remove(a.id);
      setRemoved(a);
      setMessage(null);
      setTimeout(() => undoRef.current?.focus(), 0);
    } catch (e) {
      setMessage({ text: t('saveFailed', { message: (e as Error).message }), bad: true });
    }
  };
  const undo = async () => {
    if (!removed) return;
    const a = removed;
    try {
      await add({ code: a.code, what: a.what, who: a.who, dueDate: a.dueDate, status: a.status });
      setRemoved(null);
      setMessage({ text: t('undone') });
      listRef.current?.focus();
    } catch (e) {
      setMessage({ text: t('saveFailed', { message: (e as Error).message }), bad: true });
    }
  };

  const exportDocx = async () => {
    if (!roundId) return;
    setExporting(true);
    setMessage({ text: t('exporting') });
    try {
      const r = await call('plan.exportDocx', { assessmentId: roundId, language: lang });
      saveBase64(r.fileName, r.base64);
      setMessage({ text: t('exported', { file: r.fileName }) });
    } catch (e) {
      setMessage({ text: t('exportFailed', { message: (e as Error).message }), bad: true });
    } finally {
      setExporting(false);
    }
  };

  const byId = new Map(actions.map((a) => [a.id, a]));
  const ordered = [...order.filter((id) => byId.has(id)).map((id) => byId.get(id)!), ...actions.filter((a) => !order.includes(a.id))];
  const shown = ordered.filter((a) => filter === 'all' || (filter === 'overdue' ? isOverdue(a, today) : a.status === filter));
  const count = (f: (a: PlanAction) => boolean) => actions.filter(f).length;
  const overdueN = count((a) => isOverdue(a, today));

  return (
    <div className="screen plan-screen">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <div className="head-actions">
          <SaveStatus state={save} />
          {roundId && <button className="btn" onClick={exportDocx} disabled={exporting}>{t('export')}</button>}
          {roundId && <button className="btn secondary" onClick={() => window.print()}>{t('print')}</button>}
        </div>
      </ScreenHeader>
      <RoundBar />
      <HelpPanel text={t('help')} />
      <p className="plan-estimate" role="note">{t('estimate')}</p>
      <div className="undo-region" role="status" aria-live="polite">
        {removed && <p className="toast">{t('removed', { what: removed.what.length > 60 ? `${removed.what.slice(0, 60)}…` : removed.what })} <button ref={undoRef} className="btn small" onClick={undo}>{t('undo')}</button></p>}
        {!removed && message && !message.bad && <p className="notice ok">{message.text}</p>}
      </div>
      {message?.bad && <p className="notice bad" role="alert">{message.text}</p>}
      {!roundId ? <p className="muted">{t('noRound')}</p>
        : plan.error ? <div className="notice bad" role="alert"><p>{t('loadError', { message: plan.error })}</p><button className="btn secondary" onClick={() => void plan.reload()}>{t('retry')}</button></div>
          : plan.actions === null ? <p className="muted" aria-busy="true">{t('loading')}</p> : (
            <div ref={listRef} tabIndex={-1} className="plan-list">
              {actions.length === 0 ? (
                <div className="empty plan-empty">
                  <h2>{t('emptyTitle')}</h2>
                  <p>{t('emptyBody')}</p>
                  <a className="btn secondary" href="#/results?tab=gaps">{t('emptyLink')}</a>
                </div>
              ) : <>
                <div className="plan-summary">
                  <strong>{t('summary', { n: actions.length })}</strong>
                  <span className="chip">{t('countTodo', { n: count((a) => a.status === 'todo') })}</span>
                  <span className="chip">{t('countDoing', { n: count((a) => a.status === 'doing') })}</span>
                  <span className="chip ok">{t('countDone', { n: count((a) => a.status === 'done') })}</span>
                  <span className={`chip${overdueN ? ' bad' : ''}`}>{overdueN ? '⚠ ' : ''}{t('countOverdue', { n: overdueN })}</span>
                  <div className="inline-field filter">
                    <label htmlFor="plan-filter">{t('filter')}</label>
                    <select id="plan-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
                      <option value="all">{t('filterAll')}</option>
                      <option value="overdue">{t('filterOverdue')}</option>
                      <option value="todo">{t('todo')}</option>
                      <option value="doing">{t('doing')}</option>
                      <option value="done">{t('done')}</option>
                    </select>
                  </div>
                </div>
                <div className="table-scroll">
                  <table className="data plan-table">
                    <thead><tr>
                      <th scope="col">#</th><th scope="col">{t('colWhat')} / {t('colIndicator')}</th><th scope="col">{t('colWho')}</th>
                      <th scope="col">{t('colDue')}</th><th scope="col">{t('colStatus')}</th><th scope="col" className="col-remove"><span className="sr-only">{t('colRemove')}</span></th>
                    </tr></thead>
                    <tbody onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) resort(); }}>
                      {shown.map((a, i) => <ActionRow key={a.id} action={a} n={i + 1} question={a.code ? questions.get(a.code) ?? null : null} onSave={onSave} onRemove={onRemove} />)}
                    </tbody>
                  </table>
                </div>
                {shown.length === 0 && <p className="muted">{t('filteredEmpty')}</p>}
              </>}
              <NewActionForm onAdd={async (f) => { await add(f); setMessage({ text: t('added') }); }} />
            </div>
          )}
    </div>
  );
}
