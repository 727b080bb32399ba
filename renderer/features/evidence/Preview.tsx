// Shows a stored file inside the app (images, PDFs) and offers to open it with another application.
import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { call, evidenceDownloadUrl, evidenceUrl } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { Dialog } from '../../components/Dialog';
import { formatBytes, isImage, isPdf, plainError } from './helpers';
import { M } from './messages';

/** The URL of a stored file; on the desktop it is an object URL, released when no longer shown. */
export function useEvidenceUrl(id: number | null): { url: string | null; error: string | null } {
  const { lang } = useI18n();
  const [state, setState] = useState<{ url: string | null; error: string | null }>({ url: null, error: null });
  useEffect(() => {
    if (id === null) return;
    let url: string | null = null;
    let live = true;
    evidenceUrl(id).then(
      (u) => { url = u; if (live) setState({ url: u, error: null }); else if (u.startsWith('blob:')) URL.revokeObjectURL(u); },
      (e) => { if (live) setState({ url: null, error: plainError(e, lang, '') }); },
    );
    return () => { live = false; if (url?.startsWith('blob:')) URL.revokeObjectURL(url); setState({ url: null, error: null }); };
  }, [id, lang]);
  return state;
}

/** "Buka dengan aplikasi lain" on the desktop; a download link in the browser. */
export function OpenExternal({ item, onError }: { item: EvidenceItem; onError(message: string): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const href = evidenceDownloadUrl(item.id);
  if (href) return <a className="btn secondary" href={href} download={item.originalName}>{t('download')}</a>;
  const open = async () => {
    try { await call('evidence.openExternal', { id: item.id }); } catch (e) { onError(plainError(e, lang, t('errNetwork'))); }
  };
  return <button type="button" className="btn secondary" onClick={() => void open()}>{t('openExternal')}</button>;
}

export function PreviewDialog({ item, onClose }: { item: EvidenceItem; onClose(): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const { url, error } = useEvidenceUrl(item.id);
  const [openError, setOpenError] = useState<string | null>(null);
  const shown = isImage(item) || isPdf(item);
  let body;
  if (error) body = <p className="notice bad" role="alert">{error}</p>;
  else if (!shown) body = <p className="ev-preview-none">{t('previewNone')}</p>;
  else if (!url) body = <p className="muted" aria-busy="true">{t('previewLoading')}</p>;
  else if (isImage(item)) body = <img className="ev-preview-img" src={url} alt={item.title} />;
  else body = <iframe className="ev-preview-frame" src={url} title={item.title} />;
  return (
    <Dialog title={t('previewTitle', { title: item.title })} onClose={onClose} className="ev-preview">
      <p className="muted ev-preview-meta">{item.originalName} · {formatBytes(item.size, lang)}</p>
      <div className={`ev-preview-body${shown ? '' : ' none'}`}>{body}</div>
      {openError && <p className="notice bad" role="alert">{openError}</p>}
      <div className="ev-dialog-actions">
        <OpenExternal item={item} onError={setOpenError} />
        <button type="button" className="btn" onClick={onClose} data-autofocus>{t('close')}</button>
      </div>
    </Dialog>
  );
}
