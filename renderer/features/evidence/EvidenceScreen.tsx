// The evidence locker (Formulir B): add many files, see and filter all evidence, edit details, preview, remove safely.
import { useCallback, useMemo, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { call } from '../../api/client';
import { HelpPanel } from '../../components/HelpPanel';
import { RoundBar } from '../../components/RoundBar';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { DropZone } from './DropZone';
import { EvidenceEditor } from './EvidenceEditor';
import { EvidenceTable } from './EvidenceTable';
import { expiryState, kindLabel, matchesSearch, plainError, upsert } from './helpers';
import { M } from './messages';
import { PreviewDialog } from './Preview';
import { RemoveDialog, useRemoval } from './RemoveEvidence';
import { UploadQueue } from './UploadQueue';
import { useLocker } from './useLocker';
import { useUploads } from './useUploads';
import './evidence.css';
import { ScreenHeader } from '../../components/ScreenHeader';

const NO_KIND = '__none';

export function EvidenceScreen() {
  const t = useMessages(M);
  const { lang } = useI18n();
  const { evidence, setEvidence, loadError, reload, kinds, describe, roundId } = useLocker(t('errNetwork'));
  const [query, setQuery] = useState('');
  const [kindFilter, setKindFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [preview, setPreview] = useState<EvidenceItem | null>(null);
  const [toast, setToast] = useState('');
  const [error, setError] = useState<string | null>(null);

  const put = useCallback((item: EvidenceItem) => setEvidence((list) => upsert(list ?? [], item)), [setEvidence]);
  const uploads = useUploads({ onStored: (item) => put(item) });
  const removal = useRemoval(useCallback((item: EvidenceItem) => {
    setEvidence((list) => (list ?? []).filter((e) => e.id !== item.id));
    setEditingId(null);
    setToast(t('removed', { title: item.title }));
    document.getElementById('main')?.focus();
  }, [setEvidence, t]));

  const list = evidence ?? [];
  const presentKinds = useMemo(() => [...new Set(list.map((e) => e.kind).filter((k): k is string => !!k))]
    .map((k) => ({ id: k, label: kindLabel(kinds, k, lang)!, n: list.filter((e) => e.kind === k).length }))
    .sort((a, b) => a.label.localeCompare(b.label, lang)), [list, kinds, lang]);
  const rows = useMemo(() => list.filter((e) => {
    if (kindFilter === NO_KIND ? !!e.kind : kindFilter && e.kind !== kindFilter) return false;
    if (statusFilter && expiryState(e.expiryDate)?.state !== statusFilter) return false;
    return matchesSearch(e, query, kindLabel(kinds, e.kind, lang));
  }), [list, kindFilter, statusFilter, query, kinds, lang]);
  const editing = list.find((e) => e.id === editingId) ?? null;

  const toggleEdit = (e: EvidenceItem) => {
    setToast('');
    if (editingId === e.id) closeEditor();
    else setEditingId(e.id);
  };
  const closeEditor = () => {
    const id = editingId;
    setEditingId(null);
    if (id) requestAnimationFrame(() => document.getElementById(`ev-edit-${id}`)?.focus());
  };
  const setKind = async (e: EvidenceItem, kind: string) => {
    try { put(await call('evidence.update', { id: e.id, meta: { kind } })); setError(null); } catch (err) { setError(plainError(err, lang, t('errNetwork'))); }
  };
  const resetFilters = () => { setQuery(''); setKindFilter(''); setStatusFilter(''); };

  return (
    <section className="ev-screen">
      <ScreenHeader title={t('title')} intro={t('subtitle')} />
      <RoundBar />
      <HelpPanel text={t('help')} />
      <DropZone title={t('dropTitle')} onFiles={(files) => { setToast(''); uploads.add(files); }} buttonLabel={t('choose')} />
      <UploadQueue jobs={uploads.jobs} onCancel={uploads.cancel} onClear={uploads.clearFinished} />
      <p className="ev-toast" role="status">{toast}</p>
      {error && <p className="notice bad" role="alert">{error}</p>}

      {loadError && (
        <div className="notice bad" role="alert">
          {t('loadFailed', { message: loadError })} <button type="button" className="btn small" onClick={() => void reload()}>{t('retry')}</button>
        </div>
      )}
      {evidence && list.length === 0 && (
        <div className="empty ev-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <ul>{t('emptyKinds').split('|').map((k) => <li key={k}>{k}</li>)}</ul>
          <p className="muted">{t('emptyTip')}</p>
        </div>
      )}
      {list.length > 0 && (
        <>
          <div className="ev-toolbar" role="search">
            <label>
              <span>{t('search')}</span>
              <input type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <label>
              <span>{t('filterKind')}</span>
              <select value={kindFilter} onChange={(e) => setKindFilter(e.target.value)}>
                <option value="">{t('filterAllKinds')}</option>
                {presentKinds.map((k) => <option key={k.id} value={k.id}>{k.label} ({k.n})</option>)}
                {list.some((e) => !e.kind) && <option value={NO_KIND}>{t('filterNoKind')}</option>}
              </select>
            </label>
            <label>
              <span>{t('filterStatus')}</span>
              <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value)}>
                <option value="">{t('statusAll')}</option>
                <option value="expired">{t('statusExpired')}</option>
                <option value="soon">{t('statusSoon')}</option>
              </select>
            </label>
            <span className="ev-count" aria-live="polite">{t('shown', { shown: rows.length, total: list.length })}</span>
          </div>
          {rows.length === 0 ? (
            <p className="empty">{t('noMatch')} <button type="button" className="btn small secondary" onClick={resetFilters}>{t('resetFilter')}</button></p>
          ) : (
            <EvidenceTable rows={rows} kinds={kinds} roundId={roundId} editingId={editingId} onPreview={setPreview} onEdit={toggleEdit} onKind={(e, k) => void setKind(e, k)}
              editor={editing && (
                <EvidenceEditor key={editing.id} item={editing} kinds={kinds} describe={describe} onSaved={put}
                  onPreview={() => setPreview(editing)} onRemove={() => removal.start(editing)} onClose={closeEditor} />
              )} />
          )}
        </>
      )}
      {preview && <PreviewDialog item={preview} onClose={() => setPreview(null)} />}
      <RemoveDialog removal={removal} describe={describe} />
    </section>
  );
}
