// Shows a stored file inside the app (images, PDFs) and offers to open, download or show it in its folder.
import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { call, canDownloadEvidence, downloadEvidence, evidenceUrl } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { Dialog } from '../../components/Dialog';
import { bytes } from '../../../shared/format';
import { isImage, isPdf, plainError } from './helpers';
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

export interface FileNotice { text: string; tone: 'bad' | 'info' }

/**
 * What can be done with the file outside the app. Desktop: open it with its program (documents and images only;
 * the back end refuses the rest) or show it in its folder. Browser: download it, or see the folder it is in.
 */
export function OpenExternal({ item, onNotice }: { item: EvidenceItem; onNotice(n: FileNotice | null): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const attempt = async (fn: () => Promise<void>) => {
    onNotice(null);
    try { await fn(); } catch (e) { onNotice({ text: plainError(e, lang, t('errNetwork')), tone: 'bad' }); }
  };
  const reveal = () => attempt(async () => {
    const r = await call('evidence.showInFolder', { id: item.id });
    // A browser cannot open a file manager, so it says where the copy is.
    if (!r.shown) onNotice({ text: t('inFolder', { folder: r.folder }), tone: 'info' });
  });
  return (
    <>
      {canDownloadEvidence()
        ? <button type="button" className="btn secondary" onClick={() => void attempt(() => downloadEvidence(item.id, item.originalName))}>{t('download')}</button>
        : <button type="button" className="btn secondary" onClick={() => void attempt(async () => { await call('evidence.openExternal', { id: item.id }); })}>{t('openExternal')}</button>}
      <button type="button" className="btn secondary" onClick={() => void reveal()}>{t('showInFolder')}</button>
    </>
  );
}

/** The message under the file actions: an error (alert) or where the file is (status). */
export function FileNoticeLine({ notice }: { notice: FileNotice | null }) {
  if (!notice) return null;
  return notice.tone === 'bad'
    ? <p className="notice bad" role="alert">{notice.text}</p>
    : <p className="notice ev-folder" role="status">{notice.text}</p>;
}

export function PreviewDialog({ item, onClose }: { item: EvidenceItem; onClose(): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const { url, error } = useEvidenceUrl(item.id);
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const shown = isImage(item) || isPdf(item);
  let body;
  if (error) body = <p className="notice bad" role="alert">{error}</p>;
  else if (!shown) body = <p className="ev-preview-none">{t('previewNone')}</p>;
  else if (!url) body = <p className="muted" aria-busy="true">{t('previewLoading')}</p>;
  else if (isImage(item)) body = <img className="ev-preview-img" src={url} alt={item.title} />;
  else body = <iframe className="ev-preview-frame" src={url} title={item.title} />;
  return (
    <Dialog title={t('previewTitle', { title: item.title })} onClose={onClose} className="ev-preview">
      <p className="muted ev-preview-meta">{item.originalName} · {bytes(item.size, lang)}</p>
      <div className={`ev-preview-body${shown ? '' : ' none'}`}>{body}</div>
      <FileNoticeLine notice={notice} />
      <div className="ev-dialog-actions">
        <OpenExternal item={item} onNotice={setNotice} />
        <button type="button" className="btn" onClick={onClose} data-autofocus>{t('close')}</button>
      </div>
    </Dialog>
  );
}
