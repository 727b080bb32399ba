// The assessor's comparison (#/compare?id=N): projected grade and typology of both sides, per standard, per GCG
// principle and per item; the self side stays hidden (by the back end) in a blind review until every item is scored.
import { useCallback, useEffect, useState } from 'react';
import type { ComparisonView, ReviewDetail, ReviewListRow } from '../../../shared/api/contract-review';
import type { Instrument } from '../../../shared/instrument/schema';
import { call } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { ChartLegend, GroupTable } from './GroupTable';
import { ItemsTable } from './ItemsTable';
import { C } from './messages';
import { Sides } from './Sides';
import './compare.css';

function idFromHash(): number | null {
  const m = /[?&]id=(\d+)/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

interface Loaded { id: number; view: ComparisonView; detail: Pick<ReviewDetail, 'lks' | 'roundName' | 'version' | 'review' | 'instrument'>; instrument: Instrument | null }

export function CompareScreen() {
  const t = useMessages(C);
  const { lang } = useI18n();
  const [id, setId] = useState<number | null>(idFromHash);
  const [list, setList] = useState<ReviewListRow[] | null>(null);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setId(idFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => { call('review.list', {}).then(setList, (e) => setError(plainError(e, lang, ''))); }, [lang]);

  const load = useCallback(async () => {
    if (!id) { setData(null); return; }
    setError(null);
    try {
      const [view, detail] = await Promise.all([call('review.compare', { id }), call('review.meta', { id })]);
      setData({ id, view, detail, instrument: (detail.instrument as Instrument | null) ?? null });
    } catch (e) {
      setError(plainError(e, lang, ''));
    }
  }, [id, lang]);
  useEffect(() => { void load(); }, [load]);

  const go = (next: number) => { window.location.hash = `#/compare?id=${next}`; };
  const lksName = (r: ReviewListRow) => r.lksName ?? t('noName');

  let body;
  if (error) {
    body = <div className="notice bad" role="alert"><p>{t('loadError', { message: error })}</p><button className="btn secondary" onClick={() => void load()}>{t('retry')}</button></div>;
  } else if (!id) {
    body = !list ? <p className="muted" aria-busy="true">{t('loading')}</p>
      : list.length === 0 ? (
        <div className="empty cmp-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <p><a href="#/assessor">{t('emptyLink')}</a></p>
        </div>
      ) : (
        <section className="cmp-card" aria-labelledby="cmp-pick-title">
          <h2 id="cmp-pick-title">{t('pickTitle')}</h2>
          <p className="muted">{t('pickIntro')}</p>
          <ul className="cmp-pick">
            {list.map((r) => (
              <li key={r.id}>
                <a href={`#/compare?id=${r.id}`}>{t('pickRow', { lks: lksName(r), version: r.version })}</a>
                <span className="muted"> · {t(`state.${r.state}`)} · {t('scoredN', { n: r.scored })}{r.blind ? ` · ${t('blind')}` : ''}</span>
              </li>
            ))}
          </ul>
        </section>
      );
  } else if (!data || data.id !== id) {
    body = <p className="muted" aria-busy="true">{t('loading')}</p>;
  } else {
    const { view, detail } = data;
    body = <>
      <div className="cmp-context">
        <p className="cmp-meta">
          <strong>{detail.lks.name ?? t('noName')}</strong>
          <span className="muted"> · {t('meta', { round: detail.roundName, version: detail.version, state: t(`state.${detail.review.state}`) })}</span>
          {detail.review.blind && <span className="badge cmp-blind">{t('blind')}</span>}
        </p>
        <a className="btn secondary" href={`#/review?id=${id}`}>{t('openReview')}</a>
      </div>
      {view.hiddenSelf && <p className="notice warn cmp-hidden-note" role="note" data-testid="hidden-self">{t('hiddenSelf')}</p>}
      <Sides assessor={view.assessor} self={view.self} instrument={data.instrument} />
      <section className="cmp-card" aria-labelledby="cmp-groups-title">
        <h2 id="cmp-groups-title" className="visually-hidden">{t('standardsTitle')}</h2>
        <ChartLegend />
        <GroupTable groups={view.standards} title={t('standardsTitle')} first={t('colGroup')} hiddenSelf={view.hiddenSelf} testId="compare-standards" showCode />
        {view.principles.length > 0 && (
          <GroupTable groups={view.principles} title={t('principlesTitle')} first={t('colPrinciple')} hiddenSelf={view.hiddenSelf} testId="compare-principles" showCode={false} />
        )}
      </section>
      <section className="cmp-card" aria-labelledby="cmp-items-title">
        <h2 id="cmp-items-title">{t('itemsTitle')}</h2>
        <p className="muted cmp-small">{t('itemsIntro')}</p>
        <ItemsTable view={view} reviewId={id} />
      </section>
    </>;
  }

  return (
    <section className="cmp-screen">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        {list && list.length > 1 && (
          <div className="cmp-field">
            <label htmlFor="cmp-pick">{t('pickLabel')}</label>
            <select id="cmp-pick" value={id ?? ''} onChange={(e) => { if (e.target.value) go(Number(e.target.value)); }}>
              {!id && <option value="">{t('pickTitle')}</option>}
              {list.map((r) => <option key={r.id} value={r.id}>{t('pickRow', { lks: lksName(r), version: r.version })}</option>)}
            </select>
          </div>
        )}
      </ScreenHeader>
      {body}
    </section>
  );
}
