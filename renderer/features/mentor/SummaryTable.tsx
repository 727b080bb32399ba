// The kab/kota × typology table with row and column totals: the shape of Table I.1 of seed 000.
import type { Summary } from '../../../shared/api/contract-mentor';
import { useMessages } from '../../i18n/feature';
import { S } from './messages-summary';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export function SummaryTable({ s, when }: { s: Summary; when: string }) {
  const t = useMessages(S);
  return (
    <div className="mn-sum-wrap">
      <table className="mn-sum" data-testid="summary-table">
        <caption>{t('tableCaption', { when })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('colNo')}</th>
            <th scope="col">{t('colRegion')}</th>
            {LETTERS.map((l) => <th key={l} scope="col" className="num">{l}</th>)}
            <th scope="col" className="num">{t('colTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r, i) => (
            <tr key={r.regionCode ?? '-'} data-region={r.regionCode ?? ''}>
              <td className="num">{i + 1}</td>
              <th scope="row">{r.regionName}</th>
              {LETTERS.map((l) => <td key={l} className="num">{r[l]}</td>)}
              <td className="num total">{r.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-region="total">
            <td />
            <th scope="row">{t('total')}</th>
            {LETTERS.map((l) => <td key={l} className="num">{s.total[l]}</td>)}
            <td className="num total">{s.total.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
