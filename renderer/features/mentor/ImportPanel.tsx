// Importing an LKS list (CSV/XLSX): pick or drop a file → preview with per-row errors and counts → "Simpan" only
// when no row has an error. Nothing is saved before "Simpan"; the list reloads after it.
import { useRef, useState, type DragEvent } from 'react';
import { MAX_PORTFOLIO_FILE_BYTES, type ImportPreview } from '../../../shared/api/contract-mentor';
import { call } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';
import { PreviewTable } from './PreviewTable';

const TEMPLATE = '\ufeffnama,kode_wilayah,jenis,tipologi,peringkat,tahun\r\nPanti Asuhan Contoh,34.71,LKSA,C,B,2015\r\nLKS Lansia Contoh,34.04,lansia,D,,2015\r\n';
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

function toBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; message: string }
  | { kind: 'preview'; name: string; base64: string; preview: ImportPreview; saving: boolean; saveError?: string };

export function ImportPanel({ onSaved, onClose }: { onSaved(text: string): void; onClose(): void }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  const take = async (f: File) => {
    if (!/\.(csv|xlsx)$/i.test(f.name)) { setState({ kind: 'refused', name: f.name, message: t('wrongKind') }); return; }
    if (f.size > MAX_PORTFOLIO_FILE_BYTES) { setState({ kind: 'refused', name: f.name, message: t('tooLarge') }); return; }
    setState({ kind: 'reading', name: f.name });
    try {
      const base64 = await toBase64(f);
      const preview = await call('portfolio.importPreview', { fileName: f.name, base64 });
      // A file with no readable row at all (no header, not a list) is refused with its first problem.
      if (preview.rows.length === 0) setState({ kind: 'refused', name: f.name, message: preview.errors[0]?.message[lang] ?? t('wrongKind') });
      else setState({ kind: 'preview', name: f.name, base64, preview, saving: false });
    } catch (e) {
      setState({ kind: 'refused', name: f.name, message: plainError(e, lang, '') });
    }
  };

  const save = async () => {
    if (state.kind !== 'preview') return;
    setState({ ...state, saving: true, saveError: undefined });
    try {
      const r = await call('portfolio.importCommit', { fileName: state.name, base64: state.base64 });
      if (!r.ok) { setState({ ...state, preview: r.preview, saving: false }); return; }
      onSaved(t('imported', { name: state.name, created: r.created, updated: r.updated }));
    } catch (e) {
      setState({ ...state, saving: false, saveError: plainError(e, lang, '') });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files?.[0];
    if (f) void take(f);
  };

  return (
    <section className="mn-import" aria-labelledby="mn-import-title">
      <div className="mn-import-head">
        <h2 id="mn-import-title">{t('importTitle')}</h2>
        <button type="button" className="btn secondary small" onClick={onClose}>{t('closeImport')}</button>
      </div>
      <div className={`ev-drop mn-drop${over ? ' over' : ''}`} data-testid="list-drop"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <span className="ev-drop-icon" aria-hidden="true">⇪</span>
        <div className="ev-drop-text">
          <span>{t('importHint')}</span>
          <a href={TEMPLATE_HREF} download="contoh-daftar-lks.csv">{t('template')}</a>
        </div>
        <button type="button" className="btn" disabled={state.kind === 'reading' || (state.kind === 'preview' && state.saving)} onClick={() => input.current?.click()}>{t('chooseFile')}</button>
        <input ref={input} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden aria-label={t('fileInput')}
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void take(f); }} />
      </div>
      <div role="status" aria-live="polite" className="inbox-live">
        {state.kind === 'reading' && <p className="notice">{t('reading', { name: state.name })}</p>}
        {state.kind === 'preview' && state.saving && <p className="notice">{t('saving')}</p>}
      </div>
      <div role="alert" className="inbox-live">
        {state.kind === 'refused' && <p className="notice bad">{t('refused', { name: state.name, message: state.message })}</p>}
        {state.kind === 'preview' && state.saveError && <p className="notice bad">{t('saveFailed', { message: state.saveError })}</p>}
      </div>
      {state.kind === 'preview' && <PreviewBody name={state.name} preview={state.preview} saving={state.saving} onSave={() => void save()} />}
    </section>
  );
}

function PreviewBody({ name, preview, saving, onSave }: { name: string; preview: ImportPreview; saving: boolean; onSave(): void }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const errors = preview.errors;
  const bad = errors.length > 0;
  return (
    <div className="mn-preview">
      <h3>{t('previewOf', { name })}</h3>
      <ul className="mn-counts" data-testid="import-counts">
        <li><strong>{t('countRows', { n: preview.rows.length })}</strong></li>
        <li className="new">{t('countNew', { n: preview.newLks })}</li>
        <li>{t('countExisting', { n: preview.existingLks })}</li>
        <li className={bad ? 'bad' : 'ok'}>{t('countErrors', { n: errors.length })}</li>
      </ul>
      {bad ? (
        <div className="notice bad mn-errors">
          <p><strong>{t('fixFirst')}</strong></p>
          <h4>{t('errorsTitle')}</h4>
          <ul className="problems" data-testid="import-errors">
            {errors.map((e, i) => (
              <li key={i}>{e.row > 0 ? `${t('colRow')} ${e.row}` : t('fileError')}{e.column ? ` · ${e.column}` : ''}: {e.message[lang]}</li>
            ))}
          </ul>
        </div>
      ) : <p className="notice okay">{t('readyToSave')}</p>}
      <PreviewTable rows={preview.rows} />
      <div className="mn-preview-actions">
        <button type="button" className="btn" disabled={bad || saving} onClick={onSave}>{t('saveImport')}</button>
      </div>
    </div>
  );
}
