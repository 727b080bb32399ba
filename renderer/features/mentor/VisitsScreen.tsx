// "Kunjungan": what needs attention across the portfolio (overdue actions, missed visits) with the calendar export,
// then one LKS (chosen here or from the portfolio via #/visits?lks=ID): its monitoring rhythm, its visit log with the
// agreed actions (tick done, remove), a visit form, its training recommendations and its progress over the years.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import type { ActionRow, VisitRow } from '../../../shared/api/contract-mentor-visits';
import { call, saveBase64 } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ScreenHeader } from '../../components/ScreenHeader';
import { plainError } from '../evidence/helpers';
import { localToday } from '../plan/usePlanActions';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { V } from './messages-visits';
import { ProgressPanel } from './ProgressPanel';
import { TrainingPanel } from './TrainingPanel';
import { VisitForm, type VisitDraft } from './VisitForm';
import './mentor.css';
import './visits.css';

type Attention = OutputOf<'mentor.attention'>;
type Rhythm = NonNullable<PortfolioRow['rhythm']>;
const RHYTHMS: Rhythm[] = ['monthly', 'quarterly', 'six-monthly', 'yearly'];
interface Message { text: string; bad?: boolean }

const lksFromHash = () => {
  const m = /[?&]lks=(\d+)/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
};

function useDate() {
  const { lang } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (iso: string) => { const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`); return Number.isNaN(d.getTime()) ? iso : f.format(d); };
  }, [lang]);
}

export function VisitsScreen() {
  const { lang } = useI18n();
  const t = useMessages(V);
  const fmt = useDate();
  const pickId = useId();
  const [rows, setRows] = useState<PortfolioRow[] | null>(null);
  const [attention, setAttention] = useState<Attention | null>(null);
  const [lksId, setLksId] = useState<number | null>(lksFromHash);
  const [message, setMessage] = useState<Message | null>(null);
  const [exporting, setExporting] = useState(false);
  const fail = useCallback((key: 'loadFailed' | 'saveFailed' | 'exportFailed', e: unknown) =>
    setMessage({ text: t(key, { message: plainError(e, lang, '') }), bad: true }), [lang]); // t follows lang

  const reload = useCallback(async () => {
    try {
      const [r, a] = await Promise.all([call('portfolio.list', {}), call('mentor.attention', {})]);
      setRows(r);
      setAttention(a);
    } catch (e) { fail('loadFailed', e); }
  }, [fail]);
  useEffect(() => { void reload(); }, [reload]);
  useEffect(() => {
    const onHash = () => setLksId(lksFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const choose = (id: number | null) => {
    setLksId(id);
    window.history.replaceState(null, '', id ? `#/visits?lks=${id}` : '#/visits');
  };

  const exportIcs = async () => {
    setExporting(true);
    setMessage({ text: t('exporting') });
    try {
      const r = await call('calendar.export', {});
      saveBase64(r.fileName, r.base64, 'text/calendar');
      setMessage({ text: t('exported', { file: r.fileName, n: r.events }) });
    } catch (e) { fail('exportFailed', e); } finally { setExporting(false); }
  };

  const lks = rows?.find((r) => r.id === lksId) ?? null;
  const sorted = useMemo(() => [...(rows ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'id')), [rows]);
  const items = attention?.items ?? [];

  return (
    <section className="mn-screen vs-screen">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <div className="head-actions mn-head-actions">
          <button type="button" className="btn" onClick={() => void exportIcs()} disabled={exporting || !rows?.length}>{t('exportIcs')}</button>
        </div>
      </ScreenHeader>
      <div role="status" aria-live="polite" className="inbox-live">{message && !message.bad && <p className="notice okay mn-message">{message.text}</p>}</div>
      <div role="alert" className="inbox-live">{message?.bad && <p className="notice bad mn-message">{message.text}</p>}</div>

      <section className={`panel vs-panel vs-attention${items.length ? ' has-items' : ''}`} aria-labelledby="vs-att-h" data-testid="attention">
        <h2 id="vs-att-h">{items.length > 0 && <span aria-hidden="true" className="vs-bang">!</span>}{t('attentionTitle')}
          {attention && <span className="vs-count">{t('attentionCount', { n: items.length })}</span>}</h2>
        {attention && items.length === 0 && <p className="vs-allgood"><span aria-hidden="true">✓ </span>{t('attentionNone')}</p>}
        {items.length > 0 && (
          <ul className="vs-att-list">
            {items.map((a) => (
              <li key={a.kind === 'action' ? `a${a.actionId}` : `v${a.lksId}`} className={`vs-att ${a.kind}`}>
                <span className="vs-late">{t('daysLate', { n: a.daysLate })}</span>
                <span className="vs-att-kind">{a.kind === 'action' ? t('attentionAction') : a.reason === 'planned' ? t('attentionVisitPlanned') : t('attentionVisitRhythm')}</span>
                <span className="vs-att-what" title={a.kind === 'action' ? a.text : undefined}>
                  {a.kind === 'action' ? <>“{a.text}”{a.owner ? ` · ${a.owner}` : ''} · {t('dueOn', { date: fmt(a.dueDate) })}</>
                    : <>{t('dueOn', { date: fmt(a.dueDate) })} · {a.lastVisit ? t('lastVisitOn', { date: fmt(a.lastVisit) }) : t('neverVisited')}</>}
                </span>
                <a href={`#/visits?lks=${a.lksId}`} className="vs-att-lks" aria-label={t('openLks', { name: a.lksName })}
                  onClick={(e) => { e.preventDefault(); choose(a.lksId); document.getElementById('vs-lks')?.scrollIntoView({ block: 'start' }); }}>{a.lksName} →</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      {rows && rows.length === 0 && (
        <div className="empty mn-empty">
          <h2>{t('noLksTitle')}</h2><p>{t('noLksBody')}</p>
          <p><a className="btn" href="#/mentor">{t('toPortfolio')}</a></p>
        </div>
      )}
      {rows && rows.length > 0 && (
        <div className="vs-pick" id="vs-lks">
          <label htmlFor={pickId}>{t('chooseLks')}</label>
          <select id={pickId} value={lksId ?? ''} onChange={(e) => choose(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('choosePlaceholder')}</option>
            {sorted.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
          {lks && <RhythmSelect lks={lks} onSaved={(r) => { setRows((all) => all?.map((x) => (x.id === r.id ? r : x)) ?? null); void reload(); setMessage({ text: t('rhythmSaved', { name: r.name, rhythm: r.rhythm ? t(`rhythm.${r.rhythm}`) : t('rhythmNone') }) }); }} onFail={(e) => fail('saveFailed', e)} />}
        </div>
      )}
      {rows && rows.length > 0 && !lks && <p className="muted vs-pickhint">{t('pickLks')}</p>}
      {lks && <LksVisits key={lks.id} lks={lks} onChanged={reload} setMessage={setMessage} fail={(e) => fail('saveFailed', e)} />}
      {lks && <ProgressPanel lksId={lks.id} />}
    </section>
  );
}

function RhythmSelect({ lks, onSaved, onFail }: { lks: PortfolioRow; onSaved(r: PortfolioRow): void; onFail(e: unknown): void }) {
  const t = useMessages(V);
  const id = useId();
  return (
    <span className="vs-rhythm">
      <label htmlFor={id}>{t('rhythm')}</label>
      <select id={id} value={lks.rhythm ?? ''} onChange={(e) => {
        const rhythm = (e.target.value || null) as Rhythm | null;
        call('portfolio.setRhythm', { lksId: lks.id, rhythm }).then(onSaved, onFail);
      }}>
        <option value="">{t('rhythmNone')}</option>
        {RHYTHMS.map((r) => <option key={r} value={r}>{t(`rhythm.${r}`)}</option>)}
      </select>
    </span>
  );
}

interface LksProps { lks: PortfolioRow; onChanged(): Promise<void>; setMessage(m: Message): void; fail(e: unknown): void }

function LksVisits({ lks, onChanged, setMessage, fail }: LksProps) {
  const { lang } = useI18n();
  const t = useMessages(V);
  const fmt = useDate();
  const [visits, setVisits] = useState<VisitRow[] | null>(null);
  const [form, setForm] = useState<{ editing: VisitRow | null } | null>(null);
  const [removing, setRemoving] = useState<VisitRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);

  const load = useCallback(async () => {
    try { setVisits(await call('visit.list', { lksId: lks.id })); } catch (e) { setMessage({ text: t('loadFailed', { message: plainError(e, lang, '') }), bad: true }); }
  }, [lks.id, lang]); // t follows lang
  useEffect(() => { void load(); }, [load]);

  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      const text = await what();
      await Promise.all([load(), onChanged()]);
      setRefresh((n) => n + 1);
      setMessage({ text });
      return true;
    } catch (e) { fail(e); return false; } finally { setBusy(false); }
  };

  const save = (d: VisitDraft) => run(async () => {
    const e = form?.editing;
    if (e) {
      await call('visit.update', { id: e.id, date: d.date, kind: d.kind, participants: d.participants, findings: d.findings, nextVisitDate: d.nextVisitDate, ...(d.actions.length ? { addActions: d.actions } : {}) });
      return t('visitSaved', { date: fmt(d.date) });
    }
    await call('visit.add', { lksId: lks.id, date: d.date, kind: d.kind, participants: d.participants, findings: d.findings, nextVisitDate: d.nextVisitDate, actions: d.actions });
    return t('visitAdded', { date: fmt(d.date) });
  });
  const tick = (a: ActionRow, done: boolean) => run(async () => { await call('action.update', { id: a.id, done }); return t(done ? 'actionDone' : 'actionReopened', { text: a.text }); });
  const dropAction = (a: ActionRow) => run(async () => { await call('action.remove', { id: a.id }); return t('actionRemoved', { text: a.text }); });

  const today = localToday();
  return (
    <div className="vs-grid">
      <section className="panel vs-panel vs-log" aria-labelledby="vs-log-h">
        <div className="vs-log-head">
          <h2 id="vs-log-h">{t('logTitle')} <span className="vs-count">{visits ? t('logCount', { n: visits.length }) : ''}</span></h2>
          <button type="button" className="btn" onClick={() => setForm({ editing: null })}>+ {t('addVisit')}</button>
        </div>
        {visits && visits.length === 0 && <p className="muted vs-empty">{t('logEmpty')}</p>}
        <ol className="vs-visits">
          {visits?.map((v) => (
            <li key={v.id} className="vs-visit" data-visit-id={v.id}>
              <div className="vs-visit-head">
                <h3><time dateTime={v.date}>{fmt(v.date)}</time> · {t(`kind.${v.kind}`)}</h3>
                <span className="mn-row-btns">
                  <button type="button" className="mn-icon" aria-label={t('editVisitOf', { date: fmt(v.date) })} title={t('editVisit')} onClick={() => setForm({ editing: v })}>✎</button>
                  <button type="button" className="mn-icon danger" aria-label={t('removeVisitOf', { date: fmt(v.date) })} title={t('removeVisit')} onClick={() => setRemoving(v)}>✕</button>
                </span>
              </div>
              <dl className="vs-facts">
                {v.participants && <><dt>{t('participantsOf')}</dt><dd>{v.participants}</dd></>}
                {v.findings && <><dt>{t('findingsOf')}</dt><dd className="vs-pre">{v.findings}</dd></>}
              </dl>
              {v.nextVisitDate && <p className="vs-next">{t('nextVisitOn', { date: fmt(v.nextVisitDate) })}</p>}
              {v.actions.length > 0 ? (
                <ul className="vs-actions" aria-label={t('actionsOf')}>
                  {v.actions.map((a) => {
                    const overdue = !a.done && !!a.dueDate && a.dueDate < today;
                    return (
                      <li key={a.id} className={`vs-action${overdue ? ' overdue' : ''}${a.done ? ' done' : ''}`} data-action-id={a.id}>
                        <label>
                          <input type="checkbox" checked={a.done} disabled={busy} onChange={(e) => void tick(a, e.target.checked)} aria-label={t('doneLabel', { text: a.text })} />
                          <span className="vs-action-text">{a.text}</span>
                        </label>
                        <span className="vs-action-meta">
                          {a.owner && <span>{a.owner}</span>}
                          {a.dueDate && <span>{t('dueOn', { date: fmt(a.dueDate) })}</span>}
                          {overdue && <span className="vs-tag bad">{t('overdueTag')}</span>}
                          {a.done && <span className="vs-tag ok">{t('doneTag')}</span>}
                        </span>
                        <button type="button" className="mn-icon danger small" aria-label={t('removeActionOf', { text: a.text })} title={t('removeActionOf', { text: a.text })} onClick={() => void dropAction(a)} disabled={busy}>✕</button>
                      </li>
                    );
                  })}
                </ul>
              ) : <p className="muted vs-noact">{t('noActions')}</p>}
            </li>
          ))}
        </ol>
      </section>
      <TrainingPanel lksId={lks.id} refresh={refresh} />
      {form && <VisitForm editing={form.editing} busy={busy} onSave={save} onClose={() => setForm(null)}
        title={form.editing ? t('editVisitTitle', { date: fmt(form.editing.date) }) : t('addVisitTitle', { name: lks.name })} />}
      {removing && (
        <Dialog title={t('removeVisitTitle', { date: fmt(removing.date) })} onClose={() => setRemoving(null)} describedBy="vs-remove-body">
          <p id="vs-remove-body">{t('removeVisitBody', { n: removing.actions.length })}</p>
          <div className="mn-dialog-actions">
            <button type="button" className="btn secondary" onClick={() => setRemoving(null)} data-autofocus>{t('cancel')}</button>
            <button type="button" className="btn danger" disabled={busy} onClick={() => {
              const v = removing; setRemoving(null);
              void run(async () => { await call('visit.remove', { id: v.id }); return t('visitRemoved', { date: fmt(v.date) }); });
            }}>{t('confirmRemove')}</button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
