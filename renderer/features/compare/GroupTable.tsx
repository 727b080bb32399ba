// Per standard or per GCG principle: self, assessor and difference, with a two-bar chart per row (0–100).
import type { ComparisonView } from '../../../shared/api/contract-review';
import { oneDecimal } from '../../../shared/format';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { tx } from '../results/format';
import { signed } from './format';
import { C } from './messages';

type Group = ComparisonView['standards'][number];

const pct = (n: number) => `${Math.max(0, Math.min(100, n))}%`;

export function GroupTable({ groups, title, first, hiddenSelf, testId, showCode }: {
  groups: Group[]; title: string; first: string; hiddenSelf: boolean; testId: string; showCode: boolean;
}) {
  const { lang } = useI18n();
  const t = useMessages(C);
  const num = (v: number | null, hidden = false) => (hidden ? <span className="muted cmp-hidden">{t('hiddenShort')}</span>
    : v === null ? <span className="muted">{t('noValue')}</span> : oneDecimal(v, lang));
  return (
    <div className="cmp-scroll">
      <table className="cmp-table cmp-groups" data-testid={testId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th><th scope="col" className="num">{t('colSelf')}</th><th scope="col" className="num">{t('colAssessor')}</th>
            <th scope="col" className="num">{t('colDiff')}</th>
            <th scope="col" className="cmp-chart-col"><span aria-hidden="true">{t('colChart')}</span></th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const d = g.diff === null ? null : signed(g.diff, lang, true);
            return (
              <tr key={g.code} data-code={g.code} className={d && d.dir !== 'same' ? 'differs' : undefined}>
                <th scope="row">{showCode ? `${g.code} ` : ''}{tx(g.title, lang)}</th>
                <td className="num">{num(g.self, hiddenSelf)}</td>
                <td className="num">{num(g.assessor)}</td>
                <td className="num">{d ? <span className={`cmp-delta ${d.dir}`} aria-label={`${d.text.replace(/^[▲▼=]\s*/, '')} (${t(d.dir === 'up' ? 'higher' : d.dir === 'down' ? 'lower' : 'equal')})`}>{d.text}</span> : <span className="muted">{t('noValue')}</span>}</td>
                <td className="cmp-chart-col" aria-hidden="true">
                  <span className="cmp-bar self">{!hiddenSelf && g.self !== null && <span style={{ width: pct(g.self) }} />}</span>
                  <span className="cmp-bar assessor">{g.assessor !== null && <span style={{ width: pct(g.assessor) }} />}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ChartLegend() {
  const t = useMessages(C);
  return (
    <ul className="cmp-legend" aria-label={t('chartLegend')}>
      <li><span className="key self" aria-hidden="true" />{t('legendSelf')}</li>
      <li><span className="key assessor" aria-hidden="true" />{t('legendAssessor')}</li>
    </ul>
  );
}
