// "Perkembangan" for one LKS on the Kunjungan screen (mentor.progress): per-standard and per-GCG-principle scores over
// the years as two charts, and what changed from each round to the next.
import { useEffect, useState } from 'react';
import type { MentorProgress, ProgressRound } from '../../../shared/api/contract-mentor-progress';
import { call } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { P } from './messages-progress';
import { ProgressChart, type ChartSeries } from './ProgressChart';
import './progress.css';

/** Column names: the year, with the source when a year has more than one record. */
function columnsOf(rounds: ProgressRound[], source: (r: ProgressRound) => string): string[] {
  return rounds.map((r) => (rounds.filter((o) => o.year === r.year).length > 1 ? `${r.year} (${source(r)})` : String(r.year)));
}

export function ProgressPanel({ lksId }: { lksId: number }) {
  const { lang } = useI18n();
  const t = useMessages(P);
  const [p, setP] = useState<MentorProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setP(null);
    call('mentor.progress', { lksId }).then((v) => { if (live) setP(v); }, (e) => { if (live) setError(plainError(e, lang, '')); });
    return () => { live = false; };
  }, [lksId, lang]);

  const source = (r: ProgressRound) => t(`source.${r.source}`);
  const chart = (pick: (r: ProgressRound) => ProgressRound['standards'], codes: string[]) => {
    const rounds = (p?.rounds ?? []).filter((r) => pick(r).length > 0);
    const series: ChartSeries[] = codes.map((code) => {
      const label = rounds.flatMap(pick).find((s) => s.code === code)?.label[lang] ?? code;
      return { code, label, values: rounds.map((r) => pick(r).find((s) => s.code === code)?.score ?? null) };
    });
    return { columns: columnsOf(rounds, source), series };
  };
  const standards = chart((r) => r.standards, p?.standardCodes ?? []);
  const gcg = chart((r) => r.principles, p?.principleCodes ?? []);
  const stepName = (c: MentorProgress['changes'][number]) => {
    const same = c.from.year === c.to.year;
    return t('step', { from: same ? `${c.from.year} (${t(`source.${c.from.source}`)})` : c.from.year, to: same ? `${c.to.year} (${t(`source.${c.to.source}`)})` : c.to.year });
  };

  return (
    <section className="panel vs-panel pg-panel" aria-labelledby="pg-h" data-testid="progress">
      <h2 id="pg-h">{t('title')}</h2>
      <p className="muted pg-intro">{t('intro')}</p>
      {error && <p className="notice bad" role="alert">{t('loadFailed', { message: error })}</p>}
      {!p && !error && <p className="muted">{t('loading')}</p>}
      {p && p.rounds.length === 0 && <p className="muted">{t('noRounds')}</p>}
      {p && p.rounds.length > 0 && (
        <>
          {standards.series.length === 0
            ? <p className="pg-empty" data-testid="progress-empty">{t('noStandards')}</p>
            : (
              <div className="pg-charts">
                <ProgressChart title={t('standardsChart')} columns={standards.columns} series={standards.series} lang={lang} testId="progress-standards" />
                {gcg.series.length > 0
                  ? <ProgressChart title={t('gcgChart')} columns={gcg.columns} series={gcg.series} lang={lang} testId="progress-gcg" />
                  : <p className="muted pg-nogcg">{t('noGcg')}</p>}
              </div>
            )}
          <h3 className="pg-h3">{t('changesTitle')}</h3>
          {p.changes.length === 0 ? <p className="muted">{t('noChanges')}</p> : (
            <ol className="pg-changes" data-testid="progress-changes">
              {p.changes.map((c) => (
                <li key={`${c.from.year}${c.from.source}-${c.to.year}${c.to.source}`}>
                  <h4>{stepName(c)}</h4>
                  <ul>{c.lines.map((l, i) => <li key={i}>{l[lang]}</li>)}</ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
