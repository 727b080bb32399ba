// The two charts of the summary: the six standards (with gate lines) and the five TARIF governance principles.
import type { Instrument } from '../../../shared/instrument/schema';
import type { ScoreAllResult } from '../../../shared/scoring/index';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { Bars, type GateLine } from './Bars';
import { tx } from './format';
import { M } from './messages';

/** Gate lines that apply to the standards: hard minimums and "at most N below" thresholds. */
export function gateLines(instrument: Instrument): GateLine[] {
  const out: GateLine[] = [];
  for (const g of instrument.scoring.gates) {
    if (g.kind === 'minComponent' && !out.some((x) => x.min === g.min)) out.push({ min: g.min, kind: 'fail' });
    if (g.kind === 'maxComponentsBelow' && !out.some((x) => x.min === g.threshold)) out.push({ min: g.threshold, kind: 'warn' });
  }
  return out;
}

export function Charts({ result, instrument }: { result: ScoreAllResult; instrument: Instrument }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const gcg = result.gcg;
  return (
    <div className="charts">
      <section className="card" aria-labelledby="chart-standards">
        <h2 id="chart-standards">{t('chartsTitle')}</h2>
        <p className="muted small">{t('chartsIntro')}</p>
        <Bars label={t('chartsTitle')} testId="chart-standards" gates={gateLines(instrument)}
          rows={result.score.components.map((c) => ({ key: c.code, label: `${c.code} ${tx(c.title, lang)}`, value: c.score, range: c.range }))} />
      </section>
      <section className="card" aria-labelledby="chart-gcg">
        <h2 id="chart-gcg">{t('gcgTitle')}</h2>
        {gcg ? (
          <>
            <p className="muted small">{t('gcgIntro')}</p>
            <Bars label={t('gcgTitle')} testId="chart-gcg"
              rows={[
                ...gcg.principles.map((p) => ({ key: p.id, label: tx(p.title, lang), value: p.score, range: p.range })),
                { key: 'overall', label: t('gcgOverall'), value: gcg.overall.score, range: gcg.overall.range },
              ]} />
          </>
        ) : <p className="muted">{t('gcgNone')}</p>}
      </section>
    </div>
  );
}
