// One GCG checklist item: text, references with their verification badge, guidance, answer, N/A with reason, note, evidence.
import type { StoredAnswer } from '../../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import type { Checklist, ChecklistItem } from '../../../shared/instrument/schema';
import { FACT_LABELS, type GcgItemResult } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../assessment/ChoiceGroup';
import { EvidenceSection } from '../assessment/EvidenceSection';
import { NoteField } from '../assessment/NoteField';
import { NotApplicable } from '../assessment/NotApplicable';
import { References } from './References';
import type { Saver } from '../assessment/useSaver';
import { G } from './messages';

const CHOICES = ['met', 'partial', 'not-met'] as const;
type Value = (typeof CHOICES)[number] | 'na';

interface Props {
  assessmentId: number;
  checklist: Checklist;
  item: ChecklistItem;
  result: GcgItemResult;
  stored: StoredAnswer | undefined;
  evidence: EvidenceItem[];
  linkedIds: number[];
  setGcg: Saver['setGcg'];
  onEvidenceChanged(evidence: EvidenceItem[]): void;
}

/** An item the profile excludes: shown greyed with the reason, only when the user asks for hidden items. */
export function HiddenGcgItem({ item, result }: Pick<Props, 'item' | 'result'>) {
  const t = useMessages(G);
  const { lang } = useI18n();
  return (
    <article className="gcg-item hidden-item" data-hidden={item.code}>
      <header className="ind-head">
        <span className="ind-code">{item.code}</span>
        <span className="ind-status muted-chip">{result.unknownFacts.length ? t('status.undecided') : t('status.hidden')}</span>
      </header>
      <p className="gcg-text-muted">{item.text[lang]}</p>
      {result.unknownFacts.length > 0 ? (
        <>
          <p className="ind-reason">
            <strong>{t('hidden.unknown', { facts: result.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })}</strong>{' '}
            <a href="#/profile">{t('toProfile')}</a>
          </p>
          {item.applicability?.reason && <p className="ind-reason">{item.applicability.reason[lang]}</p>}
        </>
      ) : (
        result.reason && <p className="ind-reason"><strong>{t('hidden.why')}</strong> {result.reason[lang]}</p>
      )}
    </article>
  );
}

export function GcgItem(p: Props) {
  const t = useMessages(G);
  const { lang } = useI18n();
  const { item } = p;
  const value = (p.stored?.gcgValue ?? null) as Value | null;
  const qid = `gcg-q-${item.code}`;
  const label: Record<Value, string> = { met: t('v.met'), partial: t('v.partial'), 'not-met': t('v.notMet'), na: t('v.na') };
  return (
    <article className={`gcg-item${value ? ' answered' : ''}`} data-code={item.code}>
      <header className="ind-head">
        <span className="ind-code">{item.code}</span>
        {item.applicability && <span className="badge cond" title={item.applicability.reason?.[lang]}>{t('badge.conditional')}</span>}
        {p.result.status === 'advice' && <span className="badge advice">{t('badge.advice')}</span>}
        <span className={`ind-status ${value ? `v-${value}` : 'todo'}`}>{value ? label[value] : t('status.unanswered')}</span>
      </header>
      <h3 id={qid} className="ind-q">{item.text[lang]}</h3>
      {p.result.status === 'advice' && p.result.reason && <p className="notice info gcg-advice"><strong>{t('advice.title')}</strong> {p.result.reason[lang]}</p>}
      {p.result.unknownFacts.length > 0 && p.result.status !== 'advice' && (
        <p className="ind-reason">
          {t('provisional', { facts: p.result.unknownFacts.map((f) => FACT_LABELS[f][lang]).join(', ') })} <a href="#/profile">{t('toProfile')}</a>
        </p>
      )}
      <References references={item.references} />
      {item.guidance && (
        <details className="ind-guide">
          <summary>{t('guidance')}</summary>
          <p>{item.guidance[lang]}</p>
        </details>
      )}
      <ChoiceGroup labelledBy={qid} className="gcg-answers" value={value === 'na' ? null : value} onChoose={(v) => { if (v !== value) void p.setGcg(item.code, { value: v }); }}
        choices={CHOICES.map((v) => ({ value: v, name: label[v], className: `v-${v}`, content: <><span className="gcg-dot" aria-hidden="true" />{label[v]}</> }))} />
      {(item.allowNotApplicable || value === 'na') && (
        <NotApplicable reason={value === 'na' ? p.stored?.reason ?? '' : null}
          onSave={(reason) => void p.setGcg(item.code, { value: 'na', reason })}
          onClear={() => void p.setGcg(item.code, { value: null })} />
      )}
      <div className="ind-extra">
        <NoteField label={t('note')} placeholder={t('notePlaceholder')} value={p.stored?.note ?? null} onSave={(note, opts) => void p.setGcg(item.code, { note }, { ...opts, assessmentId: p.assessmentId })} />
        <EvidenceSection assessmentId={p.assessmentId} target="gcg" code={item.code} expectedKinds={item.evidence}
          evidenceKinds={p.checklist.evidenceKinds} evidence={p.evidence} linkedIds={p.linkedIds} onChanged={p.onEvidenceChanged} />
      </div>
    </article>
  );
}
