// The rows of a list file as the import preview read them; rows with errors are marked and say what is wrong.
import { useRef } from 'react';
import type { ImportRow } from '../../../shared/api/contract-mentor';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M, TYPE_SHORT } from './messages';
import { useWindowRows } from './useWindowRows';
import { shortRegion } from './PortfolioTable';

const ROW_H = 40;

export function PreviewTable({ rows }: { rows: ImportRow[] }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const box = useRef<HTMLDivElement>(null);
  const win = useWindowRows(rows.length, ROW_H, box);
  const dash = <span className="muted">{t('none')}</span>;
  // The problem column only when some row has one: a clean list gives its room to the names.
  const withProblems = rows.some((r) => r.errors.length > 0);
  const span = withProblems ? 9 : 8;
  return (
    <div className="mn-scroll mn-preview-scroll" ref={box} tabIndex={0} role="region" aria-label={t('previewTable')}>
      <table className="mn-table mn-preview-table" aria-rowcount={rows.length + 1} data-testid="import-preview">
        <colgroup><col className="w-row" /><col /><col className="w-region" /><col className="w-type" /><col className="w-letter" /><col className="w-letter" /><col className="w-year" /><col className="w-action" />{withProblems && <col className="w-problem" />}</colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('colRow')}</th><th scope="col">{t('colName')}</th><th scope="col">{t('colRegion')}</th><th scope="col">{t('colType')}</th>
            <th scope="col">{t('typology')}</th><th scope="col">{t('grade')}</th><th scope="col">{t('year')}</th><th scope="col">{t('colAction')}</th>{withProblems && <th scope="col">{t('colProblem')}</th>}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && <tr aria-hidden="true" className="mn-pad"><td colSpan={span} style={{ height: win.padTop }} /></tr>}
          {rows.slice(win.start, win.end).map((r, i) => {
            const cols = new Set(r.errors.map((e) => e.column));
            const mark = (c: string) => (cols.has(c) ? 'err' : undefined);
            return (
              <tr key={r.row} aria-rowindex={win.start + i + 2} className={r.errors.length ? 'mn-bad-row' : undefined} style={{ height: ROW_H }} data-row={r.row}>
                <td>{r.row}</td>
                <td className={mark('nama')}><span className="mn-name" title={r.name}>{r.name || dash}</span></td>
                <td className={mark('kode_wilayah')}><span className="mn-clip" title={r.regionName ?? ''}>{r.regionName ? shortRegion(r.regionName) : r.regionCode ?? dash}</span></td>
                <td className={mark('jenis')}>{r.lksType ? TYPE_SHORT[lang][r.lksType] : dash}</td>
                <td className={mark('tipologi')}>{r.typology ?? dash}</td>
                <td className={mark('peringkat')}>{r.grade ?? dash}</td>
                <td className={mark('tahun')}>{r.year ?? dash}</td>
                <td>{r.errors.length ? dash : r.action === 'new' ? t('actionNew') : t('actionExisting')}</td>
                {withProblems && <td className="mn-problem">{r.errors.length ? <span title={r.errors.map((e) => e.message[lang]).join('; ')}><span aria-hidden="true">✗ </span>{r.errors.map((e) => `${e.column ? `${e.column}: ` : ''}${e.message[lang]}`).join('; ')}</span> : ''}</td>}
              </tr>
            );
          })}
          {win.padBottom > 0 && <tr aria-hidden="true" className="mn-pad"><td colSpan={span} style={{ height: win.padBottom }} /></tr>}
        </tbody>
      </table>
    </div>
  );
}
