// Training recommendations for one LKS (training.recommend): recommended models with their reasons, undecided ones
// with the facts still missing, and the rest folded under "why not". Each reason shows the checks that made it hold
// (requirement vs this LKS's value), so a recommendation is explained, not just asserted.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { V } from './messages-visits';
import { T } from './messages-training';
import './training.css';

type Rec = OutputOf<'training.recommend'>;
type Model = Rec['models'][number];

function ModelTitle({ m }: { m: Model }) {
  const { lang } = useI18n();
  return <><strong>{m.model.title[lang]}</strong> <span className="muted">· {m.model.size.text[lang]}</span></>;
}

export function TrainingPanel({ lksId, refresh }: { lksId: number; refresh: number }) {
  const { lang } = useI18n();
  const t = useMessages(V);
  const tt = useMessages(T);
  const [rec, setRec] = useState<Rec | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('training.recommend', { lksId }).then((r) => { if (live) { setRec(r); setError(null); } },
      (e) => { if (live) setError(t('loadFailed', { message: plainError(e, lang, '') })); });
    return () => { live = false; };
  }, [lksId, refresh, lang]); // t follows lang

  const yes = rec?.models.filter((m) => m.status === 'recommended') ?? [];
  const maybe = rec?.models.filter((m) => m.status === 'undecided') ?? [];
  const no = rec?.models.filter((m) => m.status === 'not-recommended') ?? [];

  return (
    <section className="panel vs-panel vs-training" aria-labelledby="vs-training-h" data-testid="training">
      <h2 id="vs-training-h">{t('trainingTitle')}</h2>
      <p className="muted vs-sub">{t('trainingIntro')}</p>
      {error && <p className="notice bad" role="alert">{error}</p>}
      {!rec && !error && <p className="muted" aria-busy="true">…</p>}
      {rec && (
        <>
          <h3 className="vs-h3 ok">✓ {t('recommended')} ({yes.length})</h3>
          {yes.length === 0 ? <p className="muted">{t('noneRecommended')}</p> : (
            <ul className="vs-models">
              {yes.map((m) => (
                <li key={m.model.id} className="vs-model rec" data-model={m.model.id}>
                  <ModelTitle m={m} />
                  <ul className="vs-reasons">
                    {m.reasons.map((r) => (
                      <li key={r.ruleId + (r.supervisionKind ?? '')}>
                        {r.text[lang]}
                        {r.origin !== 'source' && <span className="vs-origin"> ({t('estimate')})</span>}
                        {r.because.length > 0 && (
                          <ul className="vs-checks" aria-label={tt('checksMet')}>
                            {r.because.map((c) => (
                              <li key={c.path}><span className="vs-req">✓ {c.requirement[lang]}</span> <span className="muted">— {tt('thisLks')}</span> <strong>{c.actual[lang]}</strong></li>
                            ))}
                          </ul>
                        )}
                        {r.basis[lang] && <small className="muted vs-basis"> {t('basis', { basis: r.basis[lang] })}</small>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {maybe.length > 0 && (
            <>
              <h3 className="vs-h3 warn">? {t('undecided')} ({maybe.length})</h3>
              <ul className="vs-models">
                {maybe.map((m) => {
                  const missing = [...new Set(m.whyNot.flatMap((w) => w.missing.map((c) => c.text[lang])))];
                  return (
                    <li key={m.model.id} className="vs-model undecided" data-model={m.model.id}>
                      <ModelTitle m={m} />
                      {missing.length > 0 && <p className="vs-missing">{t('missingFacts')} {missing.join('; ')}</p>}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {no.length > 0 && (
            <details className="vs-whynot">
              <summary>{t('whyNot', { n: no.length })}</summary>
              <ul className="vs-models">
                {no.map((m) => {
                  const failed = [...new Set(m.whyNot.flatMap((w) => w.failed.map((c) => c.text[lang])))];
                  return (
                    <li key={m.model.id} className="vs-model" data-model={m.model.id}>
                      <ModelTitle m={m} />
                      <p className="vs-missing">{failed.length ? `${t('failedChecks')} ${failed.join('; ')}` : t('noRules')}</p>
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          <p className="muted vs-rules">{t('rulesFrom', { id: rec.rules.id, version: rec.rules.version })}</p>
        </>
      )}
    </section>
  );
}
