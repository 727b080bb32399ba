// The review's documents: visit kit and assessor report (DOCX) and the signed review file for the LKS, downloaded like the plan's DOCX.
import { useState } from 'react';
import { call, saveBase64 } from '../../api/client';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { M } from './messages';

type Kind = 'review.visitKitDocx' | 'review.reportDocx' | 'review.exportFile';
const LABEL: Record<Kind, 'out.kit' | 'out.report' | 'out.file'> = { 'review.visitKitDocx': 'out.kit', 'review.reportDocx': 'out.report', 'review.exportFile': 'out.file' };

export function Outputs({ reviewId }: { reviewId: number }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const make = async (kind: Kind) => {
    const name = t(LABEL[kind]);
    setBusy(kind);
    setMessage({ text: t('out.working', { name }) });
    try {
      const r = await call(kind, { reviewId, language: lang });
      saveBase64(r.fileName, r.base64, kind === 'review.exportFile' ? 'application/octet-stream' : undefined);
      setMessage({ text: t('out.saved', { file: r.fileName }) });
    } catch (e) {
      setMessage({ text: t('out.failed', { name, message: plainError(e, lang, '') }), bad: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="tj-box tj-outputs" aria-labelledby="tj-out-h">
      <h2 id="tj-out-h">{t('out.title')}</h2>
      <div className="tj-out-buttons">
        {(Object.keys(LABEL) as Kind[]).map((k) => (
          <button key={k} type="button" className="btn secondary" disabled={busy !== null} onClick={() => void make(k)}>{t(LABEL[k])}</button>
        ))}
      </div>
      <p className="hint">{t('out.hint')}</p>
      <div role="status" aria-live="polite">{message && !message.bad && <p className="notice info">{message.text}</p>}</div>
      <div role="alert">{message?.bad && <p className="notice bad">{message.text}</p>}</div>
    </section>
  );
}
