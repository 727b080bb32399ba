// The per-item comparison (@tanstack/react-table): sortable columns, "only differences" / "needs a comment" filters,
// search, differences marked by sign and words as well as colour, and a link to the item in the review screen.
import { useId, useMemo, useState } from 'react';
import {
  createColumnHelper, getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type FilterFn, type SortingState,
} from '@tanstack/react-table';
import type { ComparisonView } from '../../../shared/api/contract-review';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { tx } from '../results/format';
import { signed, sortValue } from './format';
import { C } from './messages';

type Row = ComparisonView['rows'][number] & { groupLabel: string; groupShort: string; groupName: string; titleText: string; differs: boolean };

const col = createColumnHelper<Row>();

const search: FilterFn<Row> = (row, _id, value: string) => {
  const q = value.trim().toLowerCase();
  return !q || row.original.code.toLowerCase().includes(q) || row.original.titleText.toLowerCase().includes(q) || row.original.groupLabel.toLowerCase().includes(q);
};

/** Both sides answered and not the same answer (also N/A against a level, where no number can be subtracted). */
const differs = (r: ComparisonView['rows'][number]) => (r.diff !== null ? r.diff !== 0 : r.self !== null && r.assessor !== null && r.self !== r.assessor);

export function ItemsTable({ view, reviewId }: { view: ComparisonView; reviewId: number }) {
  const { lang } = useI18n();
  const t = useMessages(C);
  const uid = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [q, setQ] = useState('');
  const [onlyDiff, setOnlyDiff] = useState(false);
  const [onlyComment, setOnlyComment] = useState(false);

  const data = useMemo<Row[]>(() => {
    const groups = new Map([...view.standards, ...view.principles].map((g) => [g.code, tx(g.title, lang)]));
    return view.rows.map((r) => ({
      ...r, titleText: tx(r.title, lang), differs: differs(r),
      groupLabel: r.target === 'indicator' ? `${r.group} ${groups.get(r.group) ?? ''}`.trim() : `GCG · ${groups.get(r.group) ?? r.group}`,
      groupShort: r.target === 'indicator' ? r.group : 'GCG', groupName: groups.get(r.group) ?? r.group,
    }));
  }, [view, lang]);

  const value = (v: string | null, hidden: boolean) => {
    if (hidden) return <span className="muted cmp-hidden">{t('hiddenShort')}</span>;
    if (v === null) return <span className="muted">{t('noValue')}</span>;
    if (v === 'N/A') return t('na');
    if (v === 'met' || v === 'partial' || v === 'not-met' || v === 'na') return t(`gcg.${v}`);
    return v;
  };

  const columns = useMemo(() => [
    col.accessor('code', {
      header: t('colCode'),
      sortingFn: (a, b) => a.original.code.localeCompare(b.original.code, undefined, { numeric: true }),
      cell: (c) => <><strong>{c.getValue()}</strong>{c.row.original.target === 'gcg' && <span className="cmp-sub">GCG</span>}</>,
    }),
    col.accessor('titleText', { header: t('colItem'), enableSorting: false, cell: (c) => <span className="cmp-title">{c.getValue()}</span> }),
    col.accessor('groupLabel', {
      header: t('colStandard'),
      cell: (c) => <span className="cmp-group" title={c.row.original.groupName}><strong>{c.row.original.groupShort}</strong> <span className="cmp-sub">{c.row.original.groupName}</span></span>,
    }),
    col.accessor((r) => sortValue(r.self), { id: 'self', header: t('colSelf'), sortUndefined: 'last', cell: (c) => value(c.row.original.self, view.hiddenSelf) }),
    col.accessor((r) => sortValue(r.assessor), { id: 'assessor', header: t('colAssessor'), sortUndefined: 'last', cell: (c) => value(c.row.original.assessor, false) }),
    col.accessor((r) => (r.diff === null ? (r.differs ? 0.5 : undefined) : Math.abs(r.diff)), {
      id: 'diff', header: t('colDiff'), sortUndefined: 'last', sortDescFirst: true,
      cell: (c) => {
        const r = c.row.original;
        if (r.diff === null) return r.differs ? <span className="cmp-delta other">≠ {t('differs')}</span> : <span className="muted">{t('noValue')}</span>;
        const d = signed(r.diff, lang);
        return <span className={`cmp-delta ${d.dir}`} aria-label={`${d.text.replace(/^[▲▼=]\s*/, '')} (${t(d.dir === 'up' ? 'higher' : d.dir === 'down' ? 'lower' : 'equal')})`}>{d.text}</span>;
      },
    }),
    col.accessor((r) => r.state ?? '', {
      id: 'state', header: t('colState'),
      cell: (c) => {
        const r = c.row.original;
        return <>
          <span className={`cmp-state s-${r.state ?? 'none'}`}>{t(`state.${r.state ?? 'none'}`)}</span>
          {r.needsComment && <span className="cmp-need"><span aria-hidden="true">! </span>{t('needsComment')}</span>}
        </>;
      },
    }),
    col.display({
      id: 'action', header: t('colAction'),
      cell: (c) => {
        const r = c.row.original;
        return <a className="cmp-open" href={`#/review?id=${reviewId}&code=${encodeURIComponent(r.code)}${r.target === 'gcg' ? '&target=gcg' : ''}`} aria-label={t('openItem', { code: r.code })}>{t('open')}</a>;
      },
    }),
  ], [t, lang, view.hiddenSelf, reviewId]);

  const filtered = useMemo(() => data.filter((r) => (!onlyDiff || r.differs) && (!onlyComment || r.needsComment)), [data, onlyDiff, onlyComment]);
  const table = useReactTable({
    data: filtered, columns, state: { sorting, globalFilter: q }, onSortingChange: setSorting, onGlobalFilterChange: setQ, globalFilterFn: search,
    getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  const needCount = data.filter((r) => r.needsComment).length;
  const diffCount = data.filter((r) => r.differs).length;

  return (
    <div className="cmp-items">
      <div className="cmp-toolbar">
        <div className="cmp-field">
          <label htmlFor={`${uid}-q`}>{t('search')}</label>
          <input id={`${uid}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <label className="cmp-check">
          <input type="checkbox" checked={onlyDiff} onChange={(e) => setOnlyDiff(e.target.checked)} disabled={view.hiddenSelf} />
          {t('onlyDiff')} <span className="cmp-count">{diffCount}</span>
        </label>
        <label className="cmp-check">
          <input type="checkbox" checked={onlyComment} onChange={(e) => setOnlyComment(e.target.checked)} />
          {t('onlyComment')} <span className="cmp-count">{needCount}</span>
        </label>
        <p className="muted cmp-shown" role="status" aria-live="polite">{t('shown', { n: rows.length, all: data.length })}</p>
      </div>
      <div className="cmp-scroll">
        <DataTable table={table} className="cmp-table cmp-items-table" testId="compare-items" caption={t('itemsTitle')}
          sortTitle={(col) => t('sortBy', { col })}
          rowProps={(r) => {
            const o = r.original;
            const big = o.diff !== null && Math.abs(o.diff) >= 2;
            return { 'data-code': o.code, className: `${o.differs ? 'differs' : ''}${big ? ' big' : ''}${o.needsComment ? ' need' : ''}` };
          }} />
      </div>
      {rows.length === 0 && <p className="muted">{t('noMatch')}</p>}
    </div>
  );
}
