// The portfolio table (@tanstack/react-table): sortable columns, rows windowed so 5,000 LKS stay fast. The scroll box
// is focusable (arrow keys and Page Up/Down scroll it), and each row's buttons are reachable with Tab.
import { useMemo, useRef, useState } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M, TYPE_SHORT } from './messages';
import { useWindowRows } from './useWindowRows';

const col = createColumnHelper<PortfolioRow>();
/** "Kabupaten Sleman" → "Kab. Sleman": the full name stays in the cell's title. */
export const shortRegion = (n: string) => n.replace(/^Kabupaten /, 'Kab. ');
export const ROW_HEIGHT = 44;

type Rec = PortfolioRow['recorded'];
/** Sort key of a year record: typology letter (missing last), then grade. */
const recKey = (r: Rec) => (r?.typology ?? 'Z') + (r?.grade ?? 'Z') + String(9999 - (r?.year ?? 0));

function Record({ r }: { r: Rec }) {
  const t = useMessages(M);
  if (!r) return <span className="muted">{t('none')}</span>;
  const label = [r.typology ? t('typologyN', { t: r.typology }) : null, r.grade ? t('gradeN', { g: r.grade }) : t('noGrade'), String(r.year)].filter(Boolean).join(', ');
  return (
    <span className="mn-rec" title={label}>
      <span className={`mn-typ t-${r.typology ?? 'none'}`} aria-hidden="true">{r.typology ?? '–'}</span>
      <span aria-hidden="true">{r.grade ?? '–'} · {r.year}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

interface Props { rows: PortfolioRow[]; total: number; onEdit(r: PortfolioRow): void; onRemove(r: PortfolioRow): void }

export function PortfolioTable({ rows, total, onEdit, onRemove }: Props) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const box = useRef<HTMLDivElement>(null);
  const date = useMemo(() => new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }), [lang]);

  const columns = useMemo(() => [
    col.accessor('name', { header: t('colName'), sortingFn: (a, b) => a.original.name.localeCompare(b.original.name, 'id'),
      cell: (c) => <span className="mn-name" title={c.getValue()}>{c.getValue()}</span> }),
    col.accessor((r) => r.regionName ?? '\uffff', { id: 'region', header: t('colRegion'),
      cell: (c) => c.row.original.regionName ? <span className="mn-clip" title={c.row.original.regionName}>{shortRegion(c.row.original.regionName)}</span> : <span className="muted">{t('none')}</span> }),
    col.accessor((r) => r.lksType ?? '\uffff', { id: 'type', header: t('colType'),
      cell: (c) => c.row.original.lksType ? TYPE_SHORT[lang][c.row.original.lksType] : <span className="muted">{t('none')}</span> }),
    col.accessor((r) => recKey(r.recorded), { id: 'recorded', header: t('colRecorded'), cell: (c) => <Record r={c.row.original.recorded} /> }),
    col.accessor((r) => recKey(r.projected), { id: 'projected', header: t('colProjected'), cell: (c) => <Record r={c.row.original.projected} /> }),
    col.accessor((r) => r.lastVisit ?? '', { id: 'lastVisit', header: t('colLastVisit'), sortDescFirst: true,
      cell: (c) => {
        const v = c.row.original.lastVisit;
        const d = v ? new Date(v) : null;
        return d && !Number.isNaN(d.getTime()) ? <time dateTime={v!}>{date.format(d)}</time> : <span className="muted">{t('none')}</span>;
      } }),
    col.accessor((r) => r.overdueActions * 10000 + r.openActions, { id: 'actions', header: t('colActions'), sortDescFirst: true,
      cell: (c) => {
        const r = c.row.original;
        if (!r.openActions && !r.overdueActions) return <span className="muted">{t('none')}</span>;
        return <>{r.openActions > 0 && <span className="mn-open">{t('open', { n: r.openActions })}</span>}
          {r.overdueActions > 0 && <span className="mn-overdue">{t('overdue', { n: r.overdueActions })}</span>}</>;
      } }),
    col.display({ id: 'edit', header: t('colEdit'),
      cell: (c) => (
        <span className="mn-row-btns">
          <a className="mn-icon mn-icon-link" href={`#/visits?lks=${c.row.original.id}`} aria-label={t('visitsOf', { name: c.row.original.name })} title={t('visits')}>
            <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false"><rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" /><path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" /></svg>
          </a>
          <button type="button" className="mn-icon" onClick={() => onEdit(c.row.original)} aria-label={t('editOf', { name: c.row.original.name })} title={t('edit')}>✎</button>
          <button type="button" className="mn-icon danger" onClick={() => onRemove(c.row.original)} aria-label={t('removeOf', { name: c.row.original.name })} title={t('remove')}>✕</button>
        </span>
      ) }),
  ], [t, lang, date, onEdit, onRemove]);

  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const all = table.getRowModel().rows;
  const win = useWindowRows(all.length, ROW_HEIGHT, box);
  const shown = all.slice(win.start, win.end);
  const cols = columns.length;

  return (
    <div className="mn-table-wrap">
      <p className="mn-count" role="status">{t('shown', { shown: rows.length, total })}</p>
      <div className="mn-scroll" ref={box} tabIndex={0} role="region" aria-label={t('tableLabel')} data-testid="portfolio-scroll">
        <table className="mn-table" aria-rowcount={all.length + 1}>
          <colgroup>
            <col /><col className="w-region" /><col className="w-type" /><col className="w-rec" /><col className="w-rec" /><col className="w-visit" /><col className="w-act" /><col className="w-edit" />
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} aria-rowindex={1}>
                {hg.headers.map((h) => <SortableHeader key={h.id} header={h} buttonClassName="inbox-sort mn-sort" className={`c-${h.column.id}`} />)}
              </tr>
            ))}
          </thead>
          <tbody>
            {win.padTop > 0 && <tr aria-hidden="true" className="mn-pad"><td colSpan={cols} style={{ height: win.padTop }} /></tr>}
            {shown.map((r, i) => (
              <tr key={r.original.id} aria-rowindex={win.start + i + 2} data-lks-id={r.original.id} style={{ height: ROW_HEIGHT }}>
                {r.getVisibleCells().map((c) => <td key={c.id} className={`c-${c.column.id}`}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>)}
              </tr>
            ))}
            {win.padBottom > 0 && <tr aria-hidden="true" className="mn-pad"><td colSpan={cols} style={{ height: win.padBottom }} /></tr>}
          </tbody>
        </table>
        {rows.length === 0 && <p className="mn-nomatch">{t('noMatch')}</p>}
      </div>
    </div>
  );
}
