// The results dashboard (#/results): headline, charts and path to the next grade; gaps table; round comparison.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { HelpPanel } from '../../components/HelpPanel';
import { RoundBar } from '../../components/RoundBar';
import { useRoundData, useRounds } from '../../app/round';
import { useMessages } from '../../i18n/feature';
import { usePlanActions, type NewAction } from '../plan/usePlanActions';
import { Charts } from './Charts';
import { Compare } from './Compare';
import { GapsTable, type GapRow } from './GapsTable';
import { Headline } from './Headline';
import { M } from './messages';
import { G } from './messages-gaps';
import { NextGrade } from './NextGrade';
import { Prerequisites } from './Prerequisites';
import { FACT_LABELS } from '../../../shared/scoring/index';
import { useI18n } from '../../i18n/i18n';
import './results.css';
import { ScreenHeader } from '../../components/ScreenHeader';

const TABS = ['summary', 'gaps', 'compare'] as const;
type Tab = (typeof TABS)[number];

function tabFromHash(): Tab {
  const m = /[?&]tab=(\w+)/.exec(window.location.hash);
  return TABS.includes(m?.[1] as Tab) ? (m![1] as Tab) : 'summary';
}

export function ResultsScreen() {
  const t = useMessages(M);
  const tg = useMessages(G);
  const { lang } = useI18n();
  const { roundId } = useRounds();
  const { data, error, reload } = useRoundData(roundId);
  const plan = usePlanActions(roundId);
  const [tab, setTabState] = useState<Tab>(tabFromHash);
  const [notice, setNotice] = useState<{ text: string; bad?: boolean } | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ summary: null, gaps: null, compare: null });
  // A link to #/results or #/results?tab=gaps while this screen is open switches the tab too.
  useEffect(() => {
    const onHash = () => setTabState(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const setTab = (next: Tab, focus = false) => {
    setTabState(next);
    history.replaceState(null, '', `#/results${next === 'summary' ? '' : `?tab=${next}`}`);
    if (focus) tabRefs.current[next]?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const to = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length]
      : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (to) { e.preventDefault(); setTab(to, true); }
  };

  const planCodes = useMemo(() => new Set((plan.actions ?? []).map((a) => a.code).filter((c): c is string => !!c)), [plan.actions]);
  const { add, addMany } = plan;
  const addGap = useCallback(async (row: GapRow) => {
    try {
      await add({ code: row.code, what: tg('defaultAction', { code: row.code, question: row.question }), status: 'todo' });
      setNotice({ text: tg('added', { code: row.code }) });
    } catch (e) {
      setNotice({ text: tg('addFailed', { message: (e as Error).message }), bad: true });
    }
  }, [add, tg]);
  const addSteps = useCallback((list: NewAction[]) => addMany(list), [addMany]);

  const unknown = data?.result.unknownFacts ?? [];
  return (
    <div className="screen results-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <RoundBar />
      <HelpPanel text={t('help')} />
      {!roundId ? <p className="muted">{t('noRound')}</p>
        : error ? (
          <div className="notice bad" role="alert"><p>{t('loadError', { message: error })}</p><button className="btn secondary" onClick={() => void reload()}>{t('retry')}</button></div>
        ) : !data ? <p className="muted" aria-busy="true">{t('loading')}</p> : (
          <>
            {unknown.length > 0 && (
              <p className="notice warn" role="note">
                {t('unknownFacts', { facts: unknown.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('profileLink')}</a>
              </p>
            )}
            <div className="tabs" role="tablist" aria-label={t('tabs')} onKeyDown={onTabKey}>
              {TABS.map((k) => (
                <button key={k} role="tab" id={`tab-${k}`} aria-controls={`panel-${k}`} aria-selected={tab === k} tabIndex={tab === k ? 0 : -1}
                  ref={(el) => { tabRefs.current[k] = el; }} className={`tab${tab === k ? ' active' : ''}`} onClick={() => setTab(k)}>
                  {t(k === 'summary' ? 'tabSummary' : k === 'gaps' ? 'tabGaps' : 'tabCompare')}
                  {k === 'gaps' && <span className="count">{data.result.gaps.length}</span>}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
              {notice && (
                <p className={notice.bad ? 'notice bad' : 'notice ok'} role={notice.bad ? 'alert' : 'status'}>
                  {notice.text} {!notice.bad && <a href="#/plan">{tg('openPlan')}</a>}
                </p>
              )}
              {tab === 'summary' && <>
                <Headline result={data.result} instrument={data.instrument} />
                <Prerequisites result={data.result} />
                <NextGrade result={data.result} instrument={data.instrument} planCodes={planCodes} onAddMany={addSteps} />
                <Charts result={data.result} instrument={data.instrument} />
              </>}
              {tab === 'gaps' && (
                <section className="card" aria-labelledby="gaps-title">
                  <h2 id="gaps-title">{tg('gapsTitle')}</h2>
                  <p className="muted small">{tg('gapsIntro')}</p>
                  <GapsTable result={data.result} instrument={data.instrument} planCodes={planCodes} onAdd={addGap} />
                </section>
              )}
              {tab === 'compare' && <Compare key={roundId} />}
            </div>
          </>
        )}
    </div>
  );
}
