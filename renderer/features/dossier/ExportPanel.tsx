// The export button with its confirm dialog, the progress bar with "Batal", and the result or the error in plain words.
import { useEffect, useRef, useState } from 'react';
import { bytes } from '../../../shared/format';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { D } from './messages';
import { useExportJob } from './useExportJob';

/** Starts the browser's download of the finished file; the ticket is asked for on click, so it is fresh. */
async function download(jobId: string, fileName: string): Promise<void> {
  const { url } = await call('dossier.exportTicket', { jobId });
  const a = document.createElement('a');
  a.href = `.${url}`;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function ExportPanel({ roundId, findings }: { roundId: number; findings: number }) {
  const t = useMessages(D);
  const { lang } = useI18n();
  const { view, start, cancel, reset, resume } = useExportJob();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<{ text: string; bad?: boolean } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const desktop = !!window.swanilai;

  useEffect(() => { void resume(roundId); }, [resume, roundId]);
  // A finished, cancelled or failed export moves the focus to its message, so keyboard users hear the outcome.
  useEffect(() => { if (view.kind !== 'idle' && view.kind !== 'running') statusRef.current?.focus(); }, [view.kind]);

  const go = () => { setConfirming(false); setNote(null); void start(roundId, lang); };
  const ask = () => (findings > 0 ? setConfirming(true) : go());
  const act = async (f: () => Promise<unknown>) => {
    try { await f(); } catch (e) { setNote({ text: (e as Error).message, bad: true }); }
  };

  const button = <button className="btn" onClick={ask}>{view.kind === 'done' ? t('exportAgain') : t('export')}</button>;
  return (
    <section className="panel dos-export" aria-labelledby="dos-export-title">
      <h2 id="dos-export-title" className="visually-hidden">{t('export')}</h2>
      {view.kind === 'running' ? (
        <div className="dos-progress">
          {(() => {
            const pct = view.total > 0 ? Math.min(100, Math.round((view.done / view.total) * 100)) : 0;
            return (
              <>
                <p>{view.cancelling ? t('cancelling') : t('progress', { pct })}</p>
                <div className="dos-bar" role="progressbar" aria-label={t('progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
                  <span style={{ width: `${pct}%` }} />
                </div>
                <button className="btn secondary" onClick={() => void cancel()} disabled={view.cancelling || !view.jobId}>{t('cancel')}</button>
              </>
            );
          })()}
        </div>
      ) : (
        <div ref={statusRef} tabIndex={-1} className="dos-outcome">
          {view.kind === 'idle' && button}
          {view.kind === 'cancelled' && <><p className="notice warn" role="status">{t('cancelled')}</p>{button}</>}
          {view.kind === 'failed' && (
            <>
              <p className="notice bad" role="alert">{t('failed', { message: view.message })}</p>
              <button className="btn" onClick={go}>{t('retry')}</button>
            </>
          )}
          {view.kind === 'done' && (
            <>
              <h3>{t('doneTitle')}</h3>
              <p className="notice okay" role="status">{t('verified')}</p>
              <dl className="facts dos-facts">
                <dt>{t('fileName')}</dt><dd data-testid="dossier-file">{view.result.fileName}</dd>
                <dt>{t('size')}</dt><dd>{bytes(view.result.size, lang)}</dd>
                <dt>{t('digest')}</dt><dd><code title={view.result.sha256}>{view.result.sha256.slice(0, 16)}…</code></dd>
                <dt>{t('findingsRecorded')}</dt><dd>{view.result.findings}</dd>
                {desktop && view.path && <><dt>{t('location')}</dt><dd><code className="dos-path">{view.path}</code></dd></>}
              </dl>
              <div className="row-actions">
                {desktop ? (
                  <>
                    <button className="btn" onClick={() => void act(() => call('dossier.exportShowInFolder', { jobId: view.jobId }))}>{t('showInFolder')}</button>
                    {view.path && <button className="btn secondary" onClick={() => void act(async () => { await navigator.clipboard.writeText(view.path!); setNote({ text: t('copied') }); })}>{t('copy')}</button>}
                  </>
                ) : (
                  <button className="btn" onClick={() => void act(() => download(view.jobId, view.result.fileName))}>{t('download')}</button>
                )}
                <button className="btn secondary" onClick={() => { reset(); ask(); }}>{t('exportAgain')}</button>
              </div>
            </>
          )}
          {note && <p className={note.bad ? 'error' : 'muted'} role={note.bad ? 'alert' : 'status'}>{note.text}</p>}
        </div>
      )}
      {confirming && (
        <Dialog title={t('confirmTitle')} onClose={() => setConfirming(false)} describedBy="dos-confirm-body">
          <p id="dos-confirm-body">{t('confirmBody', { n: findings })}</p>
          <div className="row-actions">
            <button className="btn secondary" data-autofocus onClick={() => setConfirming(false)}>{t('cancel')}</button>
            <button className="btn" onClick={go}>{t('confirmYes')}</button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
