// Grade distribution and the average score per standard for the summary's selection.
import type { Summary } from '../../../shared/api/contract-mentor';
import { oneDecimal } from '../../../shared/format';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { S } from './messages-summary';

export function GradesStandards({ s }: { s: Summary }) {
  const { lang } = useI18n();
  const t = useMessages(S);
  const grades = [['A', s.grades.A], ['B', s.grades.B], ['C', s.grades.C], [t('noGrade'), s.grades.none]] as const;
  return (
    <div className="mn-sum-side">
      <section className="panel mn-grades" aria-labelledby="mn-grades-h">
        <h2 id="mn-grades-h">{t('gradesTitle')}</h2>
        <table className="table" data-testid="grade-table">
          <thead><tr><th scope="col">{t('grade')}</th><th scope="col" className="num">{t('count')}</th></tr></thead>
          <tbody>{grades.map(([g, n]) => <tr key={g}><th scope="row">{g}</th><td className="num">{n}</td></tr>)}</tbody>
        </table>
        <p className="muted">{s.averageScore === null ? t('noAverage') : t('average', { v: oneDecimal(s.averageScore, lang) })}</p>
      </section>
      <section className="panel mn-standards" aria-labelledby="mn-std-h">
        <h2 id="mn-std-h">{t('standardsTitle')}</h2>
        {s.standards.length === 0 ? <p className="muted">{t('noStandards')}</p> : (
          <table className="table">
            <thead><tr><th scope="col">{t('standard')}</th><th scope="col" className="num">{t('avg')}</th><th scope="col" className="num">{t('lks')}</th></tr></thead>
            <tbody>{s.standards.map((x) => <tr key={x.code}><th scope="row">{x.code}</th><td className="num">{oneDecimal(x.average, lang)}</td><td className="num">{x.count}</td></tr>)}</tbody>
          </table>
        )}
      </section>
    </div>
  );
}
