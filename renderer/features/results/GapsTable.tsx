// The gaps table (@tanstack/react-table): sortable headers, standard filter, search, and "add to plan" per row.
import { useId, useMemo, useState } from 'react';
import {
  createColumnHelper, getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type SortingState, type FilterFn,
} from '@tanstack/react-table';
import type { Instrument } from '../../../shared/instrument/schema';
import type { ScoreAllResult } from '../../../shared/scoring/index';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { oneDecimal } from '../../../shared/format';
import { tx } from './format';
import { G } from './messages-gaps';
import { DataTable } from '../../components/DataTable';

export interface GapRow {
  code: string; question: string; componentCode: string; standard: string; level: number | null; maxLevel: number;
  weight: number; gain: number; missing: string[]; mustMin: number | null;
}

const col = createColumnHelper<GapRow>();

const matches: FilterFn<GapRow> = (row, _id, value: string) => {
  const q = value.trim().toLowerCase();
  return !q || row.original.code.toLowerCase().includes(q) || row.original.question.toLowerCase().includes(q);
};

export function GapsTable({ result, instrument, planCodes, onAdd }: {
  result: ScoreAllResult; instrument: Instrument; planCodes: Set<string>; onAdd(row: GapRow): Promise<void>;
}) {
  const { lang } = useI18n();
  const t = useMessages(G);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'gain', desc: true }]);
  const [search, setSearch] = useState('');
  const [standard, setStandard] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const uid = useId();

  const data = useMemo<GapRow[]>(() => {
    const kinds = new Map(instrument.evidenceKinds.map((k) => [k.id, tx(k.label, lang)]));
    const titles = new Map(instrument.components.map((c) => [c.code, `${c.code} ${tx(c.title, lang)}`]));
    return result.gaps.map((g) => ({
      code: g.code, question: tx(g.question, lang), componentCode: g.componentCode, standard: titles.get(g.componentCode) ?? g.componentCode,
      level: g.unanswered ? null : g.currentLevel, maxLevel: g.maxLevel, weight: g.weight, gain: g.gainToTotal,
      missing: g.missingEvidence.map((k) => kinds.get(k) ?? k), mustMin: g.mustHave && !g.mustHave.met ? g.mustHave.minLevel : null,
    }));
  }, [result.gaps, instrument, lang]);

  const columns = useMemo(() => [
    col.accessor('code', {
      header: t('colCode'),
      // The standard sits under the code (the standard filter above picks one); a separate column made the table too wide.
      cell: (c) => <><strong>{c.getValue()}</strong><span className="std">{c.row.original.standard}</span></>,
    }),
    col.accessor('question', {
      header: t('colQuestion'),
      cell: (c) => {
        const r = c.row.original;
        return <>
          {c.getValue()}{r.mustMin !== null && <> <span className="badge must">{t('mustHave', { min: r.mustMin })}</span></>}
          {r.missing.length > 0 && <span className="missing-inline">{t('colMissing')}: {r.missing.join('; ')}</span>}
        </>;
      },
    }),
    col.accessor('componentCode', { header: t('colStandard'), cell: (c) => c.row.original.standard, filterFn: 'equalsString' }),
    col.accessor((r) => r.level ?? -1, {
      id: 'level', header: t('colLevel'),
      cell: (c) => (c.row.original.level === null ? <span className="badge unanswered">{t('unanswered')}</span> : t('levelOf', { level: c.row.original.level, max: c.row.original.maxLevel })),
    }),
    col.accessor('weight', { header: t('colWeight'), cell: (c) => c.getValue() }),
    col.accessor('gain', { header: t('colGain'), cell: (c) => <strong>+{oneDecimal(c.getValue(), lang)}</strong> }),
    col.accessor((r) => r.missing.join(', '), {
      id: 'missing', header: t('colMissing'), enableSorting: false,
      cell: (c) => (c.row.original.missing.length ? <ul className="plain">{c.row.original.missing.map((m) => <li key={m}>{m}</li>)}</ul> : <span className="muted">{t('noneMissing')}</span>),
    }),
    col.display({
      id: 'action', header: t('colAction'),
      cell: (c) => {
        const code = c.row.original.code;
        if (planCodes.has(code)) return <span className="in-plan">{t('inPlan')}</span>;
        return (
          <button className="btn small secondary" disabled={busy === code} aria-label={t('addToPlanFor', { code })}
            onClick={async () => { setBusy(code); try { await onAdd(c.row.original); } finally { setBusy(null); } }}>
            {t('addToPlan')}
          </button>
        );
      },
    }),
  ], [t, lang, planCodes, busy, onAdd]);

  const columnFilters = useMemo(() => (standard ? [{ id: 'componentCode', value: standard }] : []), [standard]);
  const table = useReactTable({
    data, columns, state: { sorting, globalFilter: search, columnFilters, columnVisibility: { componentCode: false } },
    onSortingChange: setSorting, onGlobalFilterChange: setSearch, globalFilterFn: matches,
    getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;

  if (data.length === 0) return <p className="notice ok">{t('noGaps')}</p>;
  return (
    <div className="gaps">
      <div className="toolbar">
        <div className="inline-field">
          <label htmlFor={`${uid}-q`}>{t('search')}</label>
          <input id={`${uid}-q`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="inline-field">
          <label htmlFor={`${uid}-std`}>{t('filterStandard')}</label>
          <select id={`${uid}-std`} value={standard} onChange={(e) => setStandard(e.target.value)}>
            <option value="">{t('allStandards')}</option>
            {instrument.components.map((c) => <option key={c.code} value={c.code}>{c.code} {tx(c.title, lang)}</option>)}
          </select>
        </div>
        <p className="muted small" role="status" aria-live="polite">{t('shown', { n: rows.length, all: data.length })}</p>
      </div>
      <div className="table-scroll">
        <DataTable table={table} className="data gaps-table" sortTitle={(col) => t('sortBy', { col })} rowProps={(r) => ({ 'data-code': r.original.code })} />
      </div>
      {rows.length === 0 && <p className="muted">{t('noMatch')}</p>}
    </div>
  );
}
