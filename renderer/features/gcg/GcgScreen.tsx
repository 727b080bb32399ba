// Tata kelola (GCG): the TARIF checklist grouped by principle, with progress and score, autosave, undo and hidden N/A items.
import { useCallback, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { FACT_LABELS } from '../../../shared/scoring/index';
import { useRoundData, useRounds } from '../../app/round';
import { HelpPanel } from '../../components/HelpPanel';
import { RoundBar } from '../../components/RoundBar';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { M } from '../assessment/messages';
import { SaveBar } from '../assessment/SaveBar';
import { Shortcuts } from '../assessment/Shortcuts';
import { focusItem, useScreenKeys } from '../assessment/useScreenKeys';
import { linksFromEvidence, useSaver } from '../assessment/useSaver';
import { GcgItem, HiddenGcgItem } from './GcgItem';
import { GcgSummary, PrincipleTiles } from './GcgSummary';
import { G } from './messages';
import '../assessment/assessment.css';
import './gcg.css';
import { ScreenHeader } from '../../components/ScreenHeader';

const NONE: number[] = [];

export function GcgScreen() {
  const t = useMessages(G);
  const tm = useMessages(M);
  const { lang } = useI18n();
  const { roundId } = useRounds();
  const { data, error, reload, setDetail, setEvidence } = useRoundData(roundId);
  const saver = useSaver(roundId, setDetail, reload);
  const [showHidden, setShowHidden] = useState(false);
  const [undoMsg, setUndoMsg] = useState<string | null>(null);
  const ready = data && data.detail.id === roundId ? data : null;

  const undo = useCallback(async () => {
    const u = await saver.undo('gcg');
    if (!u) { setUndoMsg(tm('undo.nothing')); return; }
    setUndoMsg(tm(u.target === 'gcg' ? 'undo.doneGcg' : 'undo.done', { code: u.code }));
    if (u.target === 'gcg') setTimeout(() => focusItem(document.querySelector(`.gcg-item[data-code="${CSS.escape(u.code)}"]`)), 0);
  }, [saver, tm]);
  useScreenKeys({ onUndo: () => void undo(), itemSelector: '.gcg-item[data-code]' });

  const onEvidenceChanged = useCallback((ev: EvidenceItem[]) => {
    setEvidence(ev);
    setDetail((d) => ({ ...d, links: linksFromEvidence(ev, d.id) }));
  }, [setEvidence, setDetail]);

  let body;
  if (!roundId) body = null;
  else if (!ready) body = error ? null : <p className="muted" aria-busy="true">{tm('loading')}</p>;
  else if (!ready.checklist || !ready.result.gcg) body = <p className="empty">{t('noChecklist')}</p>;
  else {
    const { checklist, detail } = ready;
    const gcg = ready.result.gcg;
    const byCode = new Map(gcg.items.map((i) => [i.code, i]));
    const hiddenCount = gcg.hidden.length;
    body = (
      <>
        <SaveBar label={tm('bar.label')} state={saver.state} undoDepth={detail.undoDepths.gcg} onUndo={() => void undo()} undoMessage={undoMsg}>
          <GcgSummary gcg={gcg} estimate={checklist.provenance.status !== 'official'} />
        </SaveBar>
        {gcg.unknownFacts.length > 0 && (
          <p className="notice warn as-notice">
            {t('unknownFacts', { facts: gcg.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('toProfile')}</a>
          </p>
        )}
        <PrincipleTiles checklist={checklist} gcg={gcg} />
        {hiddenCount > 0 && (
          <div className="gcg-toggle">
            <button type="button" className="btn secondary small" aria-pressed={showHidden} onClick={() => setShowHidden((v) => !v)}>
              {showHidden ? t('hidden.hide', { n: hiddenCount }) : t('hidden.show', { n: hiddenCount })}
            </button>
            <span className="muted">{t('hidden.note')}</span>
          </div>
        )}
        {checklist.principles.map((p) => {
          const pr = gcg.principles.find((x) => x.id === p.id)!;
          const items = checklist.items.filter((i) => i.principle === p.id);
          const applicable = pr.counts.answered + pr.counts.na + pr.counts.unanswered;
          return (
            <section key={p.id} className="gcg-principle" aria-labelledby={`gcg-h-${p.id}`}>
              <h2 id={`gcg-h-${p.id}`} tabIndex={-1}>{p.title[lang]}</h2>
              <p className="std-progress">
                {t('principle.progress', { done: pr.counts.answered + pr.counts.na, total: applicable })}
                {pr.counts['not-applicable'] > 0 && <> · {t('principle.hidden', { n: pr.counts['not-applicable'] })}</>}
              </p>
              <p className="muted std-desc">{p.description[lang]}</p>
              {items.map((item) => {
                const r = byCode.get(item.code)!;
                if (r.status === 'not-applicable') return showHidden ? <HiddenGcgItem key={item.code} item={item} result={r} /> : null;
                return (
                  <GcgItem key={item.code} assessmentId={detail.id} checklist={checklist} item={item} result={r} stored={detail.gcg[item.code]}
                    evidence={ready.evidence} linkedIds={detail.links[`gcg:${item.code}`] ?? NONE} setGcg={saver.setGcg} onEvidenceChanged={onEvidenceChanged} />
                );
              })}
            </section>
          );
        })}
      </>
    );
  }

  return (
    <div className="screen gcg-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <RoundBar />
      <div className="as-helps">
        <HelpPanel text={t('help')} />
        <Shortcuts digits={false} />
      </div>
      {error && roundId && (
        <p className="notice bad as-notice" role="alert">
          {tm('loadFailed', { message: error })} <button type="button" className="btn secondary small" onClick={() => void reload()}>{tm('retry')}</button>
        </p>
      )}
      {body}
    </div>
  );
}
