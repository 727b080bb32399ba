// The <table> of a @tanstack/react-table model: sortable headers and one row per model row, cells classed by column.
// Screens keep their toolbars, filters and empty messages; this is only the rendering they all shared.
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import type { HTMLAttributes } from 'react';
import { SortableHeader } from './SortableHeader';

export interface DataTableProps<T> {
  table: Table<T>;
  className: string;
  caption?: string;
  testId?: string;
  /** Tooltip of a column's sort button, from its header text. */
  sortTitle?: (header: string) => string;
  /** Extra attributes of a row (class, data-*). */
  rowProps?: (row: Row<T>) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
}

export function DataTable<T>({ table, className, caption, testId, sortTitle, rowProps }: DataTableProps<T>) {
  return (
    <table className={className} data-testid={testId}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        {table.getHeaderGroups().map((hg) => (
          <tr key={hg.id}>
            {hg.headers.map((h) => (
              <SortableHeader key={h.id} header={h} className={`col-${h.column.id}`} title={sortTitle?.(String(h.column.columnDef.header))} unsortedMark=" ↕" />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((r) => (
          <tr key={r.id} {...rowProps?.(r)}>
            {r.getVisibleCells().map((c) => <td key={c.id} className={`col-${c.column.id}`}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
