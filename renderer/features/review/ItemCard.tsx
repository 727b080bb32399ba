// One item in the review: the dossier's question and rubric, the LKS answer and evidence, then the assessor's score, notes and revision request.
import type { KeyboardEvent } from 'react';
import type { ReviewDetail } from '../../../shared/api/contract-review';
import type { ChecklistItem, Indicator } from '../../../shared/instrument/schema';
import { COMMENT_GAP } from '../../../shared/review/model';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../assessment/ChoiceGroup';
import { isTyping } from '../assessment/format';
import { NoteField } from '../assessment/NoteField';
import { NotApplicable } from '../assessment/NotApplicable';
import { DossierEvidence } from './DossierEvidence';
import { M } from './messages';
import { RevisionRequest } from './RevisionRequest';
import { SelfAnswer } from './SelfAnswer';
import { keyOf, type GcgValue, type Review, type Target } from './useReview';

interface Props {
  detail: ReviewDetail;
  review: Review;
  target: Target;
  code: string;
  indicator?: Indicator;
  gcgItem?: ChecklistItem;
  locked: boolean;
}

/** Focuses an item's choice (after a digit key or a jump from the blockers list). */
export function focusCard(code: string, value?: string | number) {
  const card = document.querySelector<HTMLElement>(`.tj-card[data-code="${CSS.escape(code)}"]`);
  if (!card) return;
  const target = card.querySelector<HTMLElement>(value === undefined ? '[role=radio][tabindex="0"]' : `[role=radio][data-value="${value}"]`);
  (target ?? card).focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

const GCG_VALUES = ['met', 'partial', 'not-met'] as const;

export function ItemCard({ detail, review, target, code, indicator, gcgItem, locked }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const item = detail.items[keyOf(target, code)];
  const self = detail.self[keyOf(target, code)];
  const fixed = item?.state === 'diperbaiki' || detail.revisions?.items.find((r) => r.target === target && r.code === code);
  const fixedNote = detail.revisions?.items.find((r) => r.target === target && r.code === code)?.note;
  const qid = `tj-q-${code}`;
  const level = item && !item.notApplicable ? item.level : null;
  const gcgValue = item?.gcgValue ?? null;
  const na = !!item?.notApplicable || gcgValue === 'na';
  const answered = level !== null || na || (gcgValue !== null);
  const gap = self && !self.hidden && self.level !== null && level !== null ? Math.abs(level - self.level) : 0;

  const choose = (l: number) => { if (!locked && l !== level) void review.setItem(target, code, { level: l }); };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!indicator || locked || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !/^[0-9]$/.test(e.key)) return;
    const l = Number(e.key);
    if (!indicator.levels.some((x) => x.level === l)) return;
    e.preventDefault();
    choose(l);
    focusCard(code, l);
  };

  let status = <span className="ind-status todo">{t('unscored')}</span>;
  if (na) status = <span className="ind-status muted-chip">{t('naChip')}</span>;
  else if (level !== null) status = <span className="ind-status done">{t('levelN', { level })}</span>;
  else if (gcgValue) status = <span className={`ind-status v-${gcgValue}`}>{t(`v.${gcgValue}` as 'v.met')}</span>;

  const classes = ['ind-card', 'tj-card', answered && 'answered', item?.needsComment && 'needs-comment', item?.state === 'perlu-perbaikan' && 'revision', fixed && 'fixed'].filter(Boolean).join(' ');
  return (
    <article className={classes} data-code={code} data-target={target} onKeyDown={onKeyDown}>
      <header className="ind-head">
        <span className="ind-code">{code}</span>
        {indicator?.mustHave && <span className="badge must">{t('mustHave', { min: indicator.mustHave.minLevel })}</span>}
        {fixed && <span className="badge tj-fixed">{t('self.fixed')}</span>}
        {item?.state === 'perlu-perbaikan' && <span className="badge tj-revision">{t('state.perlu-perbaikan')}</span>}
        {item?.needsComment && <span className="badge tj-comment">{t('note.neededChip')}</span>}
        {status}
      </header>
      <h3 id={qid} className="ind-q">{indicator ? indicator.question[lang] : gcgItem!.text[lang]}</h3>
      {fixed && fixedNote && <p className="tj-fixed-note">{t('self.fixedNote', { note: fixedNote })}</p>}
      {(indicator?.guidance ?? gcgItem?.guidance) && (
        <details className="ind-guide">
          <summary>{t('guidance')}</summary>
          <p>{(indicator?.guidance ?? gcgItem?.guidance)![lang]}</p>
        </details>
      )}
      <div className="tj-columns">
        <div className="tj-lks">
          <SelfAnswer detail={detail} target={target} code={code} indicator={indicator} />
          <DossierEvidence detail={detail} link={`${target}:${code}`} />
        </div>
        <div className="tj-assessor">
          {indicator ? (
            <ChoiceGroup labelledBy={qid} className="rubric" value={level} onChoose={choose} disabled={locked}
              choices={indicator.levels.map((l) => ({
                value: l.level,
                name: t('level.name', { level: l.level, label: l.label[lang] }),
                describedBy: `${qid}-l${l.level}`,
                className: self && !self.hidden && !self.notApplicable && self.level === l.level ? 'tj-self-level' : undefined,
                content: (
                  <>
                    <span className="lvl-num" aria-hidden="true">{l.level}</span>
                    <span className="lvl-text"><strong>{t('levelN', { level: l.level })} · {l.label[lang]}</strong> <span id={`${qid}-l${l.level}`}>{l.description[lang]}</span></span>
                  </>
                ),
              }))} />
          ) : (
            <ChoiceGroup<GcgValue> labelledBy={qid} className="gcg-choices tj-gcg" value={gcgValue === 'na' ? null : gcgValue} disabled={locked}
              onChoose={(v) => { if (v !== gcgValue) void review.setItem(target, code, { gcgValue: v }); }}
              choices={GCG_VALUES.map((v) => ({ value: v, name: t(`v.${v}` as 'v.met'), content: <span>{t(`v.${v}` as 'v.met')}</span> }))} />
          )}
          <NotApplicable reason={na ? item?.reason ?? '' : null} hint={t('na.hint')} disabled={locked}
            onSave={(reason) => void review.setItem(target, code, { notApplicable: { reason } })}
            onClear={() => void review.setItem(target, code, { notApplicable: null })} />
          {item?.needsComment && <p className="notice warn tj-gap" role="note">{t('note.needed', { gap: Math.max(gap, COMMENT_GAP) })}</p>}
          <div className="tj-notes">
            <NoteField label={t('note')} placeholder={t('note.placeholder')} value={item?.note ?? null} disabled={locked}
              className={item?.needsComment ? 'tj-note-needed' : undefined}
              onSave={(note, opts) => void review.setItem(target, code, { note }, opts)} />
            <NoteField label={t('observation')} placeholder={t('observation.placeholder')} value={item?.observation ?? null} disabled={locked} maxLength={8000}
              onSave={(observation, opts) => void review.setItem(target, code, { observation }, opts)} />
          </div>
          <RevisionRequest target={target} code={code} item={item} review={review} locked={locked} />
        </div>
      </div>
    </article>
  );
}

