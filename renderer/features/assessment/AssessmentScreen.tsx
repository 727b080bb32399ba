// Penilaian mandiri (Formulir A): pick a round, score the six standards indicator by indicator, autosaved, with undo.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { FACT_LABELS } from '../../../shared/scoring/applicability';
import { useRoundData, useRounds } from '../../app/round';
import { HelpPanel } from '../../components/HelpPanel';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { M } from './messages';
import { RoundManager } from './RoundManager';
import { SaveBar } from './SaveBar';
import { ScoreSummary } from './ScoreSummary';
import { Shortcuts } from './Shortcuts';
import { StandardNav } from './StandardNav';
import { StandardPanel } from './StandardPanel';
import { focusItem, useScreenKeys } from './useScreenKeys';
import { linksFromEvidence, useSaver } from './useSaver';
import './assessment.css';
import { ScreenHeader } from '../../components/ScreenHeader';

const ITEM = '.std-panel .ind-card[data-code]';
type PendingFocus = null | 'heading' | 'first' | 'last' | 'firstOpen' | { code: string };

export function AssessmentScreen() {
  const t = useMessages(M);
  const { lang } = useI18n();
  const { roundId } = useRounds();
  const { data, error, reload, setDetail, setEvidence } = useRoundData(roundId);
  const saver = useSaver(roundId, setDetail, reload);
  const [std, setStd] = useState(0);
  const [undoMsg, setUndoMsg] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const pendingFocus = useRef<PendingFocus>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = data && data.detail.id === roundId ? data : null;
  const components = ready?.instrument.components ?? [];
  const sel = Math.min(std, Math.max(0, components.length - 1));

  const openStandard = useCallback((i: number, focus: PendingFocus) => {
    pendingFocus.current = focus;
    setStd(i);
    setFocusTick((n) => n + 1); // also when the standard stays the same
  }, []);

  // After a standard opens, put focus (and the view) where the user asked; waits a frame if the cards are not there yet.
  useEffect(() => {
    const f = pendingFocus.current;
    if (!f || !ready) return;
    pendingFocus.current = null;
    if (f === 'heading') { headingRef.current?.focus({ preventScroll: true }); headingRef.current?.scrollIntoView({ block: 'start' }); return; }
    const own = new Set(ready.instrument.components[sel]?.indicators.map((i) => i.code));
    let tries = 0;
    let checks = 0;
    const find = () => {
      const items = [...document.querySelectorAll<HTMLElement>(ITEM)].filter((el) => own.has(el.dataset.code ?? ''));
      return f === 'first' ? items[0] : f === 'last' ? items[items.length - 1]
        : f === 'firstOpen' ? items.find((el) => !el.classList.contains('answered')) ?? items[0]
          : items.find((el) => el.dataset.code === f.code);
    };
    // A save that was still in flight can re-render the cards right after focus moved; if focus fell back to the
    // page (the keyboard user would be lost), put it back, for a few frames.
    const started = performance.now();
    let clicked = false;
    const onPointer = () => { clicked = true; };
    document.addEventListener('pointerdown', onPointer, { once: true, capture: true });
    const keep = () => {
      // A click means the user chose where to be: stop guarding. Otherwise focus belongs inside the open standard.
      if (clicked || performance.now() - started > 2000 || checks > 5) { document.removeEventListener('pointerdown', onPointer, true); return; }
      const a = document.activeElement;
      // Only a real hand-back counts against the budget: while the cards are re-rendering there is nothing to focus yet.
      if (!a || a === document.body || !a.closest('.std-panel')) { const t = find(); if (t) { checks++; focusItem(t); } }
      requestAnimationFrame(keep);
    };
    const attempt = () => {
      const target = find();
      if (target) { focusItem(target); requestAnimationFrame(keep); }
      // A slow laptop may need many frames to render a standard of a dozen cards; give it about a second.
      else if (tries++ < 60) requestAnimationFrame(attempt);
    };
    attempt();
  }, [focusTick, ready, sel]);

  const undo = useCallback(async () => {
    const u = await saver.undo('indicator');
    if (!u) { setUndoMsg(t('undo.nothing')); return; }
    setUndoMsg(t(u.target === 'gcg' ? 'undo.doneGcg' : 'undo.done', { code: u.code }));
    if (u.target === 'indicator' && ready) {
      const i = ready.instrument.components.findIndex((c) => c.indicators.some((x) => x.code === u.code));
      if (i >= 0) openStandard(i, { code: u.code });
    }
  }, [saver, t, ready, openStandard]);

  useScreenKeys({
    onUndo: () => void undo(),
    itemSelector: ITEM,
    onEdge: (dir) => {
      const next = std + dir;
      if (next < 0 || next >= components.length) return false;
      openStandard(next, dir > 0 ? 'first' : 'last');
      return true;
    },
  });

  const onEvidenceChanged = useCallback((ev: EvidenceItem[]) => {
    setEvidence(ev);
    setDetail((d) => ({ ...d, links: linksFromEvidence(ev, d.id) }));
  }, [setEvidence, setDetail]);

  useEffect(() => { setUndoMsg(null); }, [roundId]);

  let body;
  if (!roundId) body = null;
  else if (!ready) body = error ? null : <p className="muted" aria-busy="true">{t('loading')}</p>;
  else {
    const { result, instrument, detail } = ready;
    body = (
      <>
        <SaveBar label={t('bar.label')} state={saver.state} undoDepth={detail.undoDepths.indicator} onUndo={() => void undo()} undoMessage={undoMsg}>
          <ScoreSummary result={result} instrument={instrument} />
        </SaveBar>
        {result.score.unknownFacts.length > 0 && (
          <p className="notice warn as-notice">
            {t('unknownFacts', { facts: result.score.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('excluded.toProfile')}</a>
          </p>
        )}
        <div className="as-layout">
          <StandardNav components={result.score.components} selected={sel} onSelect={(i) => openStandard(i, 'heading')} />
          <StandardPanel ref={headingRef} instrument={instrument} index={sel} score={result.score.components[sel]} detail={detail}
            evidence={ready.evidence} setIndicator={saver.setIndicator} onEvidenceChanged={onEvidenceChanged}
            onNext={() => openStandard(sel + 1, 'heading')} onFirstOpen={() => openStandard(sel, 'firstOpen')} />
        </div>
      </>
    );
  }

  return (
    <div className="screen assessment-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <RoundManager />
      <div className="as-helps">
        <HelpPanel text={t('help')} />
        <Shortcuts digits />
      </div>
      {error && roundId && (
        <p className="notice bad as-notice" role="alert">
          {t('loadFailed', { message: error })} <button type="button" className="btn secondary small" onClick={() => void reload()}>{t('retry')}</button>
        </p>
      )}
      {body}
    </div>
  );
}
