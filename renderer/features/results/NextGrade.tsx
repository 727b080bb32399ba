// The path to the next grade: the fewest level raises that reach it, and a button that turns them into plan actions.
import { useState } from 'react';
import type { Instrument } from '../../../shared/instrument/schema';
import type { PlanStep, ScoreAllResult } from '../../../shared/scoring/index';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import type { NewAction } from '../plan/usePlanActions';
import { readable, tx } from './format';
import { useGradeName } from './Headline';
import { M } from './messages';
import { G } from './messages-gaps';

/** Long paths show this many steps until the user asks for all of them. */
const FIRST = 8;

export function NextGrade({ result, instrument, planCodes, onAddMany }: {
  result: ScoreAllResult; instrument: Instrument; planCodes: Set<string>; onAddMany(list: NewAction[]): Promise<number>;
}) {
  const { lang } = useI18n();
  const t = useMessages(G);
  const tm = useMessages(M);
  const gradeName = useGradeName(instrument);
  const [busy, setBusy] = useState(false);
  const [all, setAll] = useState(false);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const plan = result.plan;
  const questions = new Map(instrument.components.flatMap((c) => c.indicators.map((i) => [i.code, tx(i.question, lang)] as const)));
  const from = (s: PlanStep) => (s.unanswered ? t('unanswered') : t('levelWord', { level: s.fromLevel }));

  const makePlan = async () => {
    const todo = plan.steps.filter((s) => !planCodes.has(s.code));
    if (todo.length === 0) { setMessage({ text: t('makePlanNone') }); return; }
    setBusy(true);
    try {
      const n = await onAddMany(todo.map((s) => ({ code: s.code, what: t('stepAction', { code: s.code, from: from(s), to: s.toLevel, question: questions.get(s.code) ?? '' }), status: 'todo' })));
      setMessage({ text: t('makePlanDone', { n, skipped: plan.steps.length - todo.length }) });
    } catch (e) {
      setMessage({ text: t('addFailed', { message: (e as Error).message }), bad: true });
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (result.score.counts.scored === 0) body = <p className="muted">{tm('nothingYet')}</p>;
  else if (plan.alreadyTop) body = <p>{t('pathTop', { grade: gradeName(plan.currentGrade) })}</p>;
  else if (!plan.reachable) {
    body = <>
      <p className="path-head bad"><strong>{t('pathUnreachable', { grade: plan.targetGrade ? gradeName(plan.targetGrade) : '—' })}</strong></p>
      <p>{readable(plan.reason, instrument, lang)}</p>
    </>;
  } else if (plan.steps.length === 0) body = <p>{t('pathAlready')}</p>;
  else {
    body = <>
      <p className="path-head"><strong>{t('pathTo', { grade: gradeName(plan.targetGrade), n: plan.steps.length, steps: plan.totalSteps })}</strong></p>
      {plan.currentGrade === null && <p className="muted small">{t('pathFromNone')}</p>}
      <ol className="steps-list" aria-label={t('pathStepsLabel')}>
        {(all ? plan.steps : plan.steps.slice(0, FIRST)).map((s) => (
          <li key={s.code} data-code={s.code}>
            <span className="step-move">{t('pathStep', { code: s.code, from: from(s), to: s.toLevel })}</span>
            {s.mustHave && <> <span className="badge must">{t('pathMust')}</span></>}
            {planCodes.has(s.code) && <> <span className="in-plan">{t('inPlan')}</span></>}
            <span className="step-q">{questions.get(s.code)}</span>
          </li>
        ))}
      </ol>
      {plan.steps.length > FIRST && (
        <button className="btn small secondary more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('pathFewer', { n: FIRST }) : t('pathAll', { n: plan.steps.length })}
        </button>
      )}
      <p className="muted small">{readable(plan.reason, instrument, lang)}</p>
      <button className="btn" onClick={makePlan} disabled={busy}>{t('makePlan')}</button>
    </>;
  }

  return (
    <section className="card next-grade" aria-labelledby="path-title" data-testid="next-grade">
      <h2 id="path-title">{t('pathTitle')}</h2>
      {body}
      {message && <p className={message.bad ? 'error' : 'notice ok'} role={message.bad ? 'alert' : 'status'}>{message.text} {!message.bad && <a href="#/plan">{t('openPlan')}</a>}</p>}
    </section>
  );
}
