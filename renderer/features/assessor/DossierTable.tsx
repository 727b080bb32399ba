// The table of received dossiers (@tanstack/react-table): sortable columns, newest import first.
import { useMemo, useState } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { DossierRow } from '../../../shared/api/contract-dossier';
import type { ReviewListRow } from '../../../shared/api/contract-review';
import { StateBadge } from '../review/ReviewHeader';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { SortableHeader } from '../../components/SortableHeader';
import { M } from './messages';

const col = createColumnHelper<DossierRow>();

/** Date on one line, time below it: keeps the two date columns narrow. */
function When({ iso, lang }: { iso: string; lang: string }) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return <>{iso}</>;
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  return <time dateTime={iso}>{new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(d)}
    <span className="inbox-sub">{new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(d)}</span></time>;
}

interface Props {
  rows: DossierRow[];
  regions: Record<string, string>;
  highlight: number | null;
  /** The review of each dossier, by dossier import id (review.list). */
  reviews: Map<number, ReviewListRow>;
  onOpenReview(dossierImportId: number): void;
}

export function DossierTable({ rows, regions, highlight, reviews, onOpenReview }: Props) {
  const { lang, t: tApp } = useI18n();
  const t = useMessages(M);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'importedAt', desc: true }]);

  // The LKS type sits under the name (a column of its own made the table scroll); labels are the profile screen's.
  const typeLabel = (v: string | null) => {
    if (!v) return t('unknown');
    const k = `profile.lksType.${v}`;
    const label = tApp(k as never);
    return label === k ? v : label; // an unknown code (newer sender) is shown as it came
  };

  const columns = useMemo(() => [
    col.accessor((r) => r.lksName ?? '', {
      id: 'lks', header: t('colLks'),
      cell: (c) => <><strong>{c.row.original.lksName ?? t('noName')}</strong>
        <span className="inbox-sub">{typeLabel(c.row.original.lksType)} · {t('evidenceN', { n: c.row.original.evidenceCount })}</span></>,
    }),
    col.accessor((r) => [r.region.regency, r.region.province].map((c) => (c ? regions[c] ?? c : '')).filter(Boolean).join(', '), {
      id: 'region', header: t('colRegion'), cell: (c) => c.getValue() || t('unknown'),
    }),
    col.accessor('roundName', { header: t('colRound') }),
    col.accessor('exportedAt', { header: t('colExported'), cell: (c) => <When iso={c.getValue()} lang={lang} /> }),
    col.accessor('importedAt', { header: t('colImported'), cell: (c) => <When iso={c.getValue()} lang={lang} /> }),
    col.accessor('signerFingerprint', { header: t('colSigner'), enableSorting: false, cell: (c) => <code className="inbox-fp">{c.getValue()}</code> }),
    col.accessor('integrity', { header: t('colIntegrity'), enableSorting: false, cell: () => <span className="inbox-ok"><span aria-hidden="true">✓ </span>{t('verified')}</span> }),
    col.accessor('version', { header: t('colVersion'), cell: (c) => <span className="inbox-version">{t('versionN', { n: c.getValue() })}</span> }),
    col.display({
      id: 'review', header: t('colReview'),
      cell: (c) => {
        const r = reviews.get(c.row.original.id);
        return (
          <>
            {r ? <StateBadge state={r.state} final={r.final} /> : <span className="muted">{t('unknown')}</span>}
            <button type="button" className="btn small inbox-review" onClick={() => onOpenReview(c.row.original.id)}
              aria-label={t('openReviewOf', { lks: c.row.original.lksName ?? t('noName'), version: c.row.original.version })}>{t('openReview')}</button>
          </>
        );
      },
    }),
  ], [t, tApp, lang, regions, reviews, onOpenReview]);

  // The row model caches accessor values per data array: region names arrive after the rows, so a new array (same
  // rows) makes the region column read them; otherwise the codes stay on screen until the next reload.
  const data = useMemo(() => [...rows], [rows, regions]);
  const table = useReactTable({ data, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  return (
    <div className="inbox-scroll">
      <table className="inbox-table">
        <caption>{t('tableCaption', { n: rows.length })}</caption>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => <SortableHeader key={h.id} header={h} buttonClassName="inbox-sort" />)}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr key={r.id} data-dossier-id={r.original.id} className={r.original.id === highlight ? 'fresh' : undefined}>
              {r.getVisibleCells().map((c) => <td key={c.id} className={`c-${c.column.id}`}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
