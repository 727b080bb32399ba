// The selected standard: its heading and progress, then every indicator card; a button onwards to the next standard.
import { forwardRef } from 'react';
import type { AssessmentDetail } from '../../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import type { Instrument } from '../../../shared/instrument/schema';
import type { ComponentScore } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { IndicatorCard } from './IndicatorCard';
import { M } from './messages';
import { progressOf } from './StandardNav';
import type { Saver } from './useSaver';

interface Props {
  instrument: Instrument;
  index: number;
  score: ComponentScore;
  detail: AssessmentDetail;
  evidence: EvidenceItem[];
  setIndicator: Saver['setIndicator'];
  onEvidenceChanged(evidence: EvidenceItem[]): void;
  onNext(): void;
  onFirstOpen(): void;
}

const NONE: number[] = [];

export const StandardPanel = forwardRef<HTMLHeadingElement, Props>(function StandardPanel(p, headingRef) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const component = p.instrument.components[p.index];
  const prog = progressOf(p.score);
  const excluded = p.score.counts['not-applicable'];
  const last = p.index === p.instrument.components.length - 1;
  const byCode = new Map(p.score.indicators.map((i) => [i.code, i]));
  return (
    <section className="std-panel" aria-labelledby={`std-h-${component.id}`}>
      <header className="std-head">
        <h2 id={`std-h-${component.id}`} ref={headingRef} tabIndex={-1}>{component.code} · {component.title[lang]}</h2>
        <p className="std-progress">
          {t('std.progress', { done: prog.done, total: prog.total })}
          {excluded > 0 && <> · {t('std.excluded', { n: excluded })}</>}
          {prog.done < prog.total && <> · <button type="button" className="linklike" onClick={p.onFirstOpen}>{t('std.firstOpen')}</button></>}
        </p>
        {component.description && <p className="muted std-desc">{component.description[lang]}</p>}
      </header>
      {component.indicators.map((ind) => (
        <IndicatorCard key={ind.code} assessmentId={p.detail.id} instrument={p.instrument} indicator={ind} score={byCode.get(ind.code)!}
          stored={p.detail.indicators[ind.code]} evidence={p.evidence} linkedIds={p.detail.links[`indicator:${ind.code}`] ?? NONE}
          setIndicator={p.setIndicator} onEvidenceChanged={p.onEvidenceChanged} />
      ))}
      {!last && (
        <div className="std-next">
          <button type="button" className="btn" onClick={p.onNext}>
            {t('std.next', { code: p.instrument.components[p.index + 1].code, title: p.instrument.components[p.index + 1].title[lang] })} →
          </button>
        </div>
      )}
    </section>
  );
});
