// Tinjauan (#/review?id=N): the assessor's review of one received dossier; without an id, the list of reviews.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { SaveBar } from '../assessment/SaveBar';
import { Shortcuts } from '../assessment/Shortcuts';
import { StandardNav } from '../assessment/StandardNav';
import { focusItem, useScreenKeys } from '../assessment/useScreenKeys';
import { GroupPanel } from './GroupPanel';
import { groupIndexOf, groupsOf, navEntries, totals } from './groups';
import { focusCard } from './ItemCard';
import { M } from './messages';
import { ReportPanel } from './ReportPanel';
import { ReviewHeader, type Mode } from './ReviewHeader';
import { ReviewList } from './ReviewList';
import { useReview, type Target } from './useReview';
import { VisitMode } from './VisitMode';
import '../assessment/assessment.css';
import '../assessor/inbox.css';
import './review.css';

const idFromHash = (hash: string): number | null => {
  const m = /[?&]id=(\d{1,9})(?:&|$)/.exec(hash);
  return m ? Number(m[1]) : null;
};

type PendingFocus = null | 'heading' | 'first' | 'last' | 'firstOpen' | { code: string };

function ReviewWorkspace({ id }: { id: number }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const review = useReview(id);
  const { detail, comparison, loadError } = review;
  const [mode, setMode] = useState<Mode>('standards');
  const [sel, setSel] = useState(0);
  const [undoMsg, setUndoMsg] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const pending = useRef<PendingFocus>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const groups = useMemo(() => (detail && comparison ? groupsOf(detail, comparison) : []), [detail, comparison]);
  const index = Math.min(sel, Math.max(0, groups.length - 1));
  const locked = !!detail?.review.finalAt;

  const open = useCallback((i: number, focus: PendingFocus) => {
    pending.current = focus;
    setMode('standards');
    setSel(i);
    setFocusTick((n) => n + 1);
  }, []);

  // After a section opens, focus where the user asked (waits a few frames for the cards to render).
  useEffect(() => {
    const f = pending.current;
    if (!f || !groups.length) return;
    pending.current = null;
    if (f === 'heading') { headingRef.current?.focus({ preventScroll: true }); headingRef.current?.scrollIntoView({ block: 'start' }); return; }
    let tries = 0;
    const attempt = () => {
      const cards = [...document.querySelectorAll<HTMLElement>('.tj-panel .tj-card[data-code]')];
      const target = f === 'first' ? cards[0] : f === 'last' ? cards[cards.length - 1]
        : f === 'firstOpen' ? cards.find((c) => !c.classList.contains('answered')) ?? cards[0]
          : cards.find((c) => c.dataset.code === f.code);
      if (target) { if (typeof f === 'object') focusCard(f.code); else focusItem(target); }
      else if (tries++ < 60) requestAnimationFrame(attempt);
    };
    attempt();
  }, [focusTick, groups.length]);

  const jump = useCallback((code: string, target?: Target) => {
    const i = groupIndexOf(groups, code, target);
    if (i >= 0) open(i, { code });
  }, [groups, open]);

  const undo = useCallback(async () => {
    if (locked) return;
    try {
      const r = await review.undo();
      if (!r.undone) { setUndoMsg(t('undo.nothing')); return; }
      setUndoMsg(t('undo.done', { code: r.undone.code }));
      if (mode === 'standards') jump(r.undone.code, r.undone.target);
    } catch { /* the save state shows the failure */ }
  }, [review, t, mode, jump, locked]);

  useScreenKeys({
    onUndo: () => void undo(),
    itemSelector: mode === 'visit' ? '.tj-visit-row[data-code]' : '.tj-panel .tj-card[data-code]',
    onEdge: (dir) => {
      if (mode !== 'standards') return false;
      const next = index + dir;
      if (next < 0 || next >= groups.length) return false;
      open(next, dir > 0 ? 'first' : 'last');
      return true;
    },
  });

  const back = <a href="#/review" className="btn ghost small tj-back">{t('backToList')}</a>;
  if (loadError && !detail) {
    return (
      <>
        <ScreenHeader title={t('title')}>{back}</ScreenHeader>
        <p className="notice bad" role="alert">
          {t('loadFailed', { message: loadError })} <button type="button" className="btn secondary small" onClick={() => void review.reload()}>{t('retry')}</button>
        </p>
      </>
    );
  }
  if (!detail || !comparison) return <><ScreenHeader title={t('title')}>{back}</ScreenHeader><p className="muted" aria-busy="true">{t('loading')}</p></>;

  const sum = totals(groups, detail);
  const needComment = Object.values(detail.items).filter((i) => i.needsComment).length;
  const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <ScreenHeader title={t('titleOf', { lks: detail.lks.name ?? t('noName') })} intro={t('intro')}>{back}</ScreenHeader>
      <div className="as-helps"><Shortcuts digits /></div>
      <ReviewHeader detail={detail} review={review} mode={mode} onMode={setMode} onJump={jump} />
      {locked && (
        <p className="tj-final-banner" role="status"><strong>{t('finalBanner')}</strong> {t('finalAt', { date: fmt.format(new Date(detail.review.finalAt!)) })}</p>
      )}
      <SaveBar label={t('bar.label')} state={review.save} undoDepth={locked ? 0 : detail.undoDepth} onUndo={() => void undo()} undoMessage={undoMsg}>
        <dl className="mini-summary">
          <div><dt>{t('progress')}</dt><dd>{t('progressValue', sum)}</dd></div>
          <div><dt>{t('needComment')}</dt><dd className={needComment ? 'tj-warn-text' : undefined}>{needComment}</dd></div>
        </dl>
      </SaveBar>
      <div id="tj-view" role="tabpanel" aria-labelledby={`tj-tab-${mode}`}>
        {mode === 'standards' && (
          <div className="as-layout">
            <StandardNav components={navEntries(groups, detail.items)} selected={index} onSelect={(i) => open(i, 'heading')} label={t('navLabel')} overall={t('navOverall')} />
            <GroupPanel ref={headingRef} groups={groups} index={index} detail={detail} review={review} locked={locked}
              onNext={() => open(index + 1, 'heading')} onFirstOpen={() => open(index, 'firstOpen')} />
          </div>
        )}
        {mode === 'visit' && <VisitMode groups={groups} detail={detail} review={review} locked={locked} />}
        {mode === 'panel' && <ReportPanel detail={detail} review={review} onJump={(code) => jump(code)} />}
      </div>
    </>
  );
}

export function ReviewScreen() {
  const t = useMessages(M);
  const [id, setId] = useState(() => idFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setId(idFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <div className="screen review-screen">
      {id ? <ReviewWorkspace key={id} id={id} /> : <><ScreenHeader title={t('title')} intro={t('listIntro')} /><ReviewList /></>}
    </div>
  );
}
