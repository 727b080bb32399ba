// "Portofolio LKS": the LKS a BK3S mentor follows. Three ways in (list import with preview, incoming dossiers, by
// hand), a searchable, filterable, sortable table that stays fast with thousands of rows, edit and remove.
import { useCallback, useMemo, useState } from 'react';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useMessages } from '../../i18n/feature';
import { ConfirmRemove, LksForm, type LksInput } from './LksForm';
import { ImportPanel } from './ImportPanel';
import { M } from './messages';
import { applyFilters, NO_FILTERS, PortfolioFilters, type Filters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { ReportPanel } from './ReportPanel';
import { usePortfolio } from './usePortfolio';
import './mentor.css';

export function PortfolioScreen() {
  const t = useMessages(M);
  const p = usePortfolio();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [form, setForm] = useState<{ editing: PortfolioRow | null } | null>(null);
  const [removing, setRemoving] = useState<PortfolioRow | null>(null);
  const [importing, setImporting] = useState(false);
  const shown = useMemo(() => applyFilters(p.rows ?? [], filters), [p.rows, filters]);
  const onEdit = useCallback((r: PortfolioRow) => setForm({ editing: r }), []);
  const onRemove = useCallback((r: PortfolioRow) => setRemoving(r), []);

  const save = (i: LksInput) => (form?.editing ? p.update({ id: form.editing.id, ...i }) : p.add(i));
  const empty = p.rows !== null && p.rows.length === 0;

  return (
    <section className="mn-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <div className="mn-toolbar">
        <button type="button" className="btn" onClick={() => setImporting(true)} disabled={importing}>{t('importList')}</button>
        <button type="button" className="btn secondary" onClick={() => void p.fromDossiers()} disabled={p.busy}>{t('fromDossiers')}</button>
        <button type="button" className="btn secondary" onClick={() => setForm({ editing: null })}>{t('add')}</button>
        {p.rows && p.rows.length > 0 && <ReportPanel onMessage={p.setMessage} />}
        <a className="mn-toolbar-link" href="#/summary">{t('summary')} →</a>
      </div>
      <div role="status" aria-live="polite" className="inbox-live">
        {p.message && !p.message.bad && <p className="notice okay mn-message">{p.message.text}</p>}
      </div>
      <div role="alert" className="inbox-live">{p.message?.bad && <p className="notice bad mn-message">{p.message.text}</p>}</div>
      {importing && <ImportPanel onClose={() => setImporting(false)}
        onSaved={(text) => { setImporting(false); p.setMessage({ text }); void p.reload(); }} />}
      {empty && !importing && (
        <div className="empty mn-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <ol>
            <li><button type="button" className="linkish" onClick={() => setImporting(true)}>{t('importList')}</button>: {t('wayImport')}</li>
            <li><button type="button" className="linkish" onClick={() => void p.fromDossiers()}>{t('fromDossiers')}</button>: {t('wayDossiers')}</li>
            <li><button type="button" className="linkish" onClick={() => setForm({ editing: null })}>{t('add')}</button>: {t('wayHand')}</li>
          </ol>
        </div>
      )}
      {p.rows && p.rows.length > 0 && (
        <>
          <PortfolioFilters rows={p.rows} value={filters} onChange={setFilters} />
          <PortfolioTable rows={shown} total={p.rows.length} onEdit={onEdit} onRemove={onRemove} />
        </>
      )}
      {form && <LksForm editing={form.editing} busy={p.busy} onSave={save} onClose={() => setForm(null)} />}
      {removing && <ConfirmRemove row={removing} busy={p.busy} onClose={() => setRemoving(null)}
        onConfirm={() => { const r = removing; setRemoving(null); void p.remove(r); }} />}
    </section>
  );
}
