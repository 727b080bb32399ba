// The dossier's evidence linked to one item: images and PDFs open inside the app; other files download (web) or show in their folder (desktop).
import { useEffect, useState } from 'react';
import type { ReviewDetail } from '../../../shared/api/contract-review';
import { bytes } from '../../../shared/format';
import { call, canDownloadEvidence, dossierEvidenceUrl, downloadDossierEvidence } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { isImage, isPdf, plainError } from '../evidence/helpers';
import { M } from './messages';

type Evidence = ReviewDetail['evidence'][number];

function Preview({ dossierImportId, item, onClose }: { dossierImportId: number; item: Evidence; onClose(): void }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [state, setState] = useState<{ url: string | null; error: string | null }>({ url: null, error: null });
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    dossierEvidenceUrl(dossierImportId, item.sha256).then(
      (u) => { url = u; if (live) setState({ url: u, error: null }); else if (u.startsWith('blob:')) URL.revokeObjectURL(u); },
      (e) => { if (live) setState({ url: null, error: plainError(e, lang, '') }); },
    );
    return () => { live = false; if (url?.startsWith('blob:')) URL.revokeObjectURL(url); };
  }, [dossierImportId, item.sha256, lang]);
  let body;
  if (state.error) body = <p className="notice bad" role="alert">{state.error}</p>;
  else if (!state.url) body = <p className="muted" aria-busy="true">{t('ev.loading')}</p>;
  else if (isImage(item)) body = <img className="ev-preview-img" src={state.url} alt={item.title} />;
  else body = <iframe className="ev-preview-frame" src={state.url} title={item.title} />;
  return (
    <Dialog title={t('ev.previewTitle', { title: item.title })} onClose={onClose} className="ev-preview">
      <p className="muted ev-preview-meta">{item.originalName} · {bytes(item.size, lang)}</p>
      <div className="ev-preview-body">{body}</div>
      <div className="ev-dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>{t('ev.close')}</button>
      </div>
    </Dialog>
  );
}

export function DossierEvidence({ detail, link }: { detail: ReviewDetail; link: string }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [open, setOpen] = useState<Evidence | null>(null);
  const [notice, setNotice] = useState<{ text: string; bad: boolean } | null>(null);
  const linked = detail.evidence.filter((e) => e.links.includes(link));
  const dossierImportId = detail.review.dossierImportId;
  const attempt = async (fn: () => Promise<void>) => {
    setNotice(null);
    try { await fn(); } catch (e) { setNotice({ text: plainError(e, lang, ''), bad: true }); }
  };
  return (
    <details className="ind-evidence tj-evidence" open={linked.length > 0 && linked.length <= 3}>
      <summary>{t('ev.title')} <span className="ev-count">· {linked.length}</span></summary>
      {linked.length === 0 ? <p className="muted tj-small">{t('ev.none')}</p> : (
        <ul className="tj-ev-list">
          {linked.map((e) => (
            <li key={e.sha256}>
              <span className="tj-ev-name"><strong>{e.title}</strong> <span className="muted tj-small">{e.originalName} · {bytes(e.size, lang)}</span></span>
              {isImage(e) || isPdf(e)
                ? <button type="button" className="btn secondary small" aria-label={t('ev.viewOf', { title: e.title })} onClick={() => setOpen(e)}>{t('ev.view')}</button>
                : canDownloadEvidence()
                  ? <button type="button" className="btn secondary small" onClick={() => void attempt(() => downloadDossierEvidence(dossierImportId, e.sha256, e.originalName))}>{t('ev.download')}</button>
                  : <button type="button" className="btn secondary small" onClick={() => void attempt(async () => {
                    const r = await call('review.evidenceShowInFolder', { dossierImportId, sha256: e.sha256 });
                    if (!r.shown) setNotice({ text: t('ev.inFolder', { folder: r.folder }), bad: false });
                  })}>{t('ev.folder')}</button>}
            </li>
          ))}
        </ul>
      )}
      {notice && <p className={`notice ${notice.bad ? 'bad' : 'info'}`} role={notice.bad ? 'alert' : 'status'}>{notice.text}</p>}
      {open && <Preview dossierImportId={dossierImportId} item={open} onClose={() => setOpen(null)} />}
    </details>
  );
}
