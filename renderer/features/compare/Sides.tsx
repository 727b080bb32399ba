// The assessor's projected total, grade, typology and GCG score next to the self-assessment's, all marked as estimates.
import type { ComparisonSide } from '../../../shared/api/contract-review';
import type { Instrument } from '../../../shared/instrument/schema';
import { oneDecimal } from '../../../shared/format';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { range, readable, tx } from '../results/format';
import { C } from './messages';

function Side({ side, title, instrument, testId }: { side: ComparisonSide | null; title: string; instrument: Instrument | null; testId: string }) {
  const { lang } = useI18n();
  const t = useMessages(C);
  if (!side) {
    return (
      <section className="cmp-side hidden" data-testid={testId} aria-label={title}>
        <h3>{title}</h3>
        <p className="muted">{t('hiddenSide')}</p>
      </section>
    );
  }
  const grade = (g: string | null) => {
    if (!g) return t('notAccredited');
    const band = instrument?.scoring.gradeBands.find((b) => b.grade === g);
    return band ? `${g} — ${tx(band.label, lang)}` : g;
  };
  const typ = (x: string | null) => {
    if (!x) return t('noValue');
    const band = instrument?.scoring.typology?.bands.find((b) => b.typology === x);
    return band ? `${x} — ${tx(band.label, lang)}` : x;
  };
  const text = (r: { id: string; en: string }) => (instrument ? readable(r, instrument, lang) : tx(r, lang));
  // The first reason is the engine's summary, which often already names the failed checks listed after it.
  const reasons = side.reasons.map(text).filter((r, i, all) => r.trim() && all.indexOf(r) === i && (i === 0 || !all[0].includes(r)));
  return (
    <section className="cmp-side" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <dl className="cmp-tiles">
        <div><dt>{t('total')}</dt><dd className="big">
          {side.total !== null ? <>{oneDecimal(side.total, lang)}<small> / 100</small></>
            : side.range ? <>{range(side.range.min, side.range.max, lang)} <small>({t('incomplete')})</small></> : t('noValue')}
        </dd></div>
        <div><dt>{t('grade')}</dt><dd>
          {side.grade !== null || side.complete ? grade(side.grade)
            : side.gradeRange.best === side.gradeRange.worst ? grade(side.gradeRange.worst)
              : t('gradeBetween', { worst: grade(side.gradeRange.worst), best: grade(side.gradeRange.best) })}
        </dd></div>
        <div><dt>{t('typology')}</dt><dd>{typ(side.typology)}</dd></div>
        <div><dt>{t('gcg')}</dt><dd>{side.gcg === null ? t('noValue') : oneDecimal(side.gcg, lang)}</dd></div>
      </dl>
      {reasons.length > 0 && (
        <>
          <h4>{t('reasons')}</h4>
          <ul className="cmp-reasons">{reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </>
      )}
    </section>
  );
}

export function Sides({ assessor, self, instrument }: { assessor: ComparisonSide; self: ComparisonSide | null; instrument: Instrument | null }) {
  const { lang } = useI18n();
  const t = useMessages(C);
  return (
    <section className="cmp-card" aria-labelledby="cmp-sides-title">
      <h2 id="cmp-sides-title">{t('sidesTitle')}</h2>
      <div className="cmp-estimate" role="note">
        <strong className="cmp-estimate-badge">{t('estimate')}</strong>
        <span>{tx(assessor.note, lang)}</span>
      </div>
      <div className="cmp-sides">
        <Side side={assessor} title={t('sideAssessor')} instrument={instrument} testId="side-assessor" />
        <Side side={self} title={t('sideSelf')} instrument={instrument} testId="side-self" />
      </div>
    </section>
  );
}
