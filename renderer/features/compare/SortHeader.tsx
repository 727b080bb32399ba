// A sortable @tanstack/react-table header cell: a named button with the direction in aria-sort and an arrow.
import { flexRender, type Header } from '@tanstack/react-table';

export function SortHeader<T>({ header, sortLabel, className }: { header: Header<T, unknown>; sortLabel: (col: string) => string; className?: string }) {
  const c = header.column;
  const sorted = c.getIsSorted();
  const label = typeof c.columnDef.header === 'string' ? c.columnDef.header : header.id;
  return (
    <th scope="col" className={className}
      aria-sort={c.getCanSort() ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}>
      {c.getCanSort() ? (
        <button type="button" className="sort" onClick={c.getToggleSortingHandler()} title={sortLabel(label)}>
          {label}<span className="sort-mark" aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
        </button>
      ) : flexRender(c.columnDef.header, header.getContext())}
    </th>
  );
}
