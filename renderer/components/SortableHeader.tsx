// One header cell of a @tanstack/react-table table: a sort button with aria-sort on the cell, or the plain header.
import { flexRender, type Header } from '@tanstack/react-table';

export interface SortableHeaderProps<T> {
  header: Header<T, unknown>;
  /** Class of the header cell. */
  className?: string;
  /** Class of the sort button (each screen styles its own). */
  buttonClassName?: string;
  /** Tooltip of the sort button, e.g. "Urutkan menurut Kode". */
  title?: string;
  /** The mark after the label while the column is not sorted ("" shows none; ▲ and ▼ show the direction). */
  unsortedMark?: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function SortableHeader<T>({ header: h, className, buttonClassName = 'sort', title, unsortedMark = '' }: SortableHeaderProps<T>) {
  const canSort = h.column.getCanSort();
  const sorted = h.column.getIsSorted();
  return (
    <th scope="col" className={className} aria-sort={canSort ? (sorted ? ARIA_SORT[sorted] : 'none') : undefined}>
      {canSort ? (
        <button type="button" className={buttonClassName} onClick={h.column.getToggleSortingHandler()} title={title}>
          {String(h.column.columnDef.header)}
          <span className="sort-mark" aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : unsortedMark}</span>
        </button>
      ) : flexRender(h.column.columnDef.header, h.getContext())}
    </th>
  );
}
