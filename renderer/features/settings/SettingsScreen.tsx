// Settings: language, version, workspace folder (WorkspaceFolder.tsx), what was cleaned up, and the sample LKS where it harms nothing.
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { bytes } from '../../../shared/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { InstrumentsPanel } from '../instruments/InstrumentsPanel';
import { S, SAFE_SAMPLE_COMMANDS } from './messages';
import { WorkspaceFolder } from './WorkspaceFolder';

export function SettingsScreen({ onChanged }: { onChanged(): void }) {
  const { t, lang, setLang } = useI18n();
  const m = useMessages(S);
  const [info, setInfo] = useState<OutputOf<'app.info'> | null>(null);
  const [status, setStatus] = useState<OutputOf<'workspace.status'> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refreshStatus = useCallback(() => call('workspace.status', {}).then(setStatus).catch((e) => setMessage((e as Error).message)), []);
  useEffect(() => {
    call('app.info', {}).then(setInfo).catch((e) => setMessage((e as Error).message));
    void refreshStatus();
  }, [refreshStatus]);

  // Offered only where the back end allows it (empty or sample-only); it refuses anyway if that changed meanwhile.
  const loadSample = async () => {
    if (!status?.canLoadSample) return;
    if (!window.confirm(status.isSample ? m('resetConfirm') : m('loadConfirm'))) return;
    try {
      await call('workspace.loadSample', {});
      onChanged();
      window.location.hash = '#/profile';
    } catch (e) {
      setMessage((e as Error).message);
      void refreshStatus();
    }
  };
  const swept = info && (info.cleanup.abandonedUploads || info.cleanup.orphanFiles)
    ? m('cleanupDone', { uploads: info.cleanup.abandonedUploads, orphans: info.cleanup.orphanFiles, size: bytes(info.cleanup.freedBytes, lang) })
    : m('cleanupNone');
  return (
    <div className="screen">
      <header className="screen-head"><h1>{t('settings.title')}</h1></header>
      <dl className="facts">
        <dt>{t('lang.label')}</dt>
        <dd>
          <select aria-label={t('lang.label')} value={lang} onChange={(e) => setLang(e.target.value as 'id' | 'en')}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </dd>
        <dt>{t('settings.version')}</dt><dd>{info?.version}</dd>
        <dt>{m('cleanup')}</dt><dd>{info ? swept : ''}</dd>
      </dl>
      <WorkspaceFolder />
      {status && (
        <section className="panel" aria-labelledby="sample-title">
          <h2 id="sample-title">{m('sampleTitle')}</h2>
          {status.canLoadSample ? (
            <>
              <p className="hint">{status.isSample ? m('resetHint') : m('loadHint')}</p>
              <button className="btn secondary" onClick={loadSample}>{status.isSample ? m('reset') : m('load')}</button>
            </>
          ) : (
            <div role="note">
              <p>{m('refused')}</p>
              <p>{m('safeWay')}</p>
              {SAFE_SAMPLE_COMMANDS.map((c) => <pre key={c}><code>{c}</code></pre>)}
            </div>
          )}
        </section>
      )}
      {message && <p className="error" role="alert">{message}</p>}
      <InstrumentsPanel />
    </div>
  );
}
