// One indicator: code, badges, question, guidance, the rubric levels as choosable cards, "tidak berlaku", note and evidence.
import { memo, type KeyboardEvent } from 'react';
import type { StoredAnswer } from '../../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import type { Indicator, Instrument } from '../../../shared/instrument/schema';
import type { IndicatorScore } from '../../../shared/scoring/index';
import { FACT_LABELS } from '../../../shared/scoring/applicability';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { EvidenceSection } from './EvidenceSection';
import { isTyping } from './format';
import { M } from './messages';
import { NoteField } from './NoteField';
import { NotApplicable } from './NotApplicable';
import type { Saver } from './useSaver';

interface Props {
  assessmentId: number;
  instrument: Instrument;
  indicator: Indicator;
  score: IndicatorScore;
  stored: StoredAnswer | undefined;
  evidence: EvidenceItem[];
  linkedIds: number[];
  setIndicator: Saver['setIndicator'];
  onEvidenceChanged(evidence: EvidenceItem[]): void;
}

/** Focuses a level card of an indicator (after a digit key or when jumping between indicators). */
export function focusIndicator(code: string, level?: number) {
  const card = document.querySelector<HTMLElement>(`.ind-card[data-code="${CSS.escape(code)}"]`);
  if (!card) return;
  const target = card.querySelector<HTMLElement>(level === undefined ? '[role=radio][tabindex="0"]' : `[role=radio][data-value="${level}"]`);
  (target ?? card).focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

function ExcludedCard({ indicator, score }: Pick<Props, 'indicator' | 'score'>) {
  const t = useMessages(M);
  const { lang } = useI18n();
  return (
    <article className="ind-card excluded" data-excluded={indicator.code}>
      <header className="ind-head">
        <span className="ind-code">{indicator.code}</span>
        {indicator.module && <span className="badge module">{t('badge.module', { name: indicator.module.toUpperCase() })}</span>}
        <span className="ind-status muted-chip">{score.unknownFacts.length ? t('status.undecided') : t('status.excluded')}</span>
      </header>
      <p className="ind-q-muted">{indicator.question[lang]}</p>
      {score.unknownFacts.length > 0
        ? <p className="ind-reason">{t('excluded.unknown', { facts: score.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('excluded.toProfile')}</a></p>
        : score.reason && <p className="ind-reason">{score.reason[lang]}</p>}
    </article>
  );
}

function IndicatorCardImpl(props: Props) {
  const { assessmentId, instrument, indicator: ind, score, stored, setIndicator } = props;
  const t = useMessages(M);
  const { lang } = useI18n();
  if (score.status === 'not-applicable') return <ExcludedCard indicator={ind} score={score} />;

  const qid = `q-${ind.code}`;
  const level = stored && !stored.notApplicable ? stored.level : null;
  const choose = (l: number) => { if (l !== level) void setIndicator(ind.code, { answer: { level: l } }); };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !/^[0-9]$/.test(e.key)) return;
    const l = Number(e.key);
    if (!ind.levels.some((x) => x.level === l)) return;
    e.preventDefault();
    choose(l);
    focusIndicator(ind.code, l);
  };
  const below = ind.mustHave && level !== null && level < ind.mustHave.minLevel;
  let status = <span className="ind-status todo">{t('status.unanswered')}</span>;
  if (score.status === 'na') status = <span className="ind-status muted-chip">{t('status.na')}</span>;
  else if (level !== null) status = <span className={`ind-status ${below ? 'warn' : 'done'}`}>{below ? t('status.belowMust', { min: ind.mustHave!.minLevel }) : t('status.level', { level })}</span>;

  return (
    <article className={`ind-card${level !== null || score.status === 'na' ? ' answered' : ''}`} data-code={ind.code} onKeyDown={onKeyDown}>
      <header className="ind-head">
        <span className="ind-code">{ind.code}</span>
        {ind.mustHave && <span className="badge must" title={t('badge.mustTitle', { min: ind.mustHave.minLevel })}>{t('badge.must', { min: ind.mustHave.minLevel })}</span>}
        {ind.module && <span className="badge module">{t('badge.module', { name: ind.module.toUpperCase() })}</span>}
        {status}
        {level !== null && (
          <button type="button" className="ind-clear" onClick={() => void setIndicator(ind.code, { answer: null })}
            aria-label={t('clear.label', { code: ind.code })}>{t('clear')}</button>
        )}
      </header>
      <h3 id={qid} className="ind-q">{ind.question[lang]}</h3>
      {score.unknownFacts.length > 0 && (
        <p className="ind-reason provisional">
          {t('provisional', { facts: score.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('excluded.toProfile')}</a>
        </p>
      )}
      {ind.guidance && (
        <details className="ind-guide">
          <summary>{t('guidance')}</summary>
          <p>{ind.guidance[lang]}</p>
        </details>
      )}
      <ChoiceGroup labelledBy={qid} className="rubric" value={level} onChoose={choose}
        choices={ind.levels.map((l) => ({
          value: l.level,
          name: t('level.name', { level: l.level, label: l.label[lang] }),
          describedBy: `${qid}-l${l.level}`,
          content: (
            <>
              <span className="lvl-num" aria-hidden="true">{l.level}</span>
              <span className="lvl-text"><strong>{l.label[lang]}</strong> <span id={`${qid}-l${l.level}`}>{l.description[lang]}</span></span>
            </>
          ),
        }))} />
      {ind.allowNotApplicable && (
        <NotApplicable reason={stored?.notApplicable ? stored.reason ?? '' : null}
          onSave={(reason) => void setIndicator(ind.code, { answer: { notApplicable: true, reason } })}
          onClear={() => void setIndicator(ind.code, { answer: null })} />
      )}
      <div className="ind-extra">
        <NoteField label={t('note.label')} placeholder={t('note.placeholder')} value={stored?.note ?? null}
          onSave={(note, opts) => void setIndicator(ind.code, { note }, { ...opts, assessmentId })} />
        <EvidenceSection assessmentId={assessmentId} target="indicator" code={ind.code} expectedKinds={ind.evidence}
          evidenceKinds={instrument.evidenceKinds} evidence={props.evidence} linkedIds={props.linkedIds} onChanged={props.onEvidenceChanged} />
      </div>
    </article>
  );
}

export const IndicatorCard = memo(IndicatorCardImpl);
