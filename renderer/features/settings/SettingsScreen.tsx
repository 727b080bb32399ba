// Settings: language, workspace location, version, and loading the sample LKS on purpose.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { InstrumentsPanel } from '../instruments/InstrumentsPanel';

export function SettingsScreen({ onChanged }: { onChanged(): void }) {
  const { t, lang, setLang } = useI18n();
  const [info, setInfo] = useState<OutputOf<'app.info'> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => { call('app.info', {}).then(setInfo).catch((e) => setMessage((e as Error).message)); }, []);
  const loadSample = async () => {
    if (!window.confirm(t('settings.loadSampleConfirm'))) return;
    try {
      await call('workspace.loadSample', { replace: true });
      onChanged();
      window.location.hash = '#/profile';
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
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
        <dt>{t('settings.workspace')}</dt><dd><code>{info?.workspaceDir}</code></dd>
        <dt>{t('settings.version')}</dt><dd>{info?.version}</dd>
      </dl>
      <button className="btn secondary" onClick={loadSample}>{t('settings.loadSample')}</button>
      {message && <p className="error" role="alert">{message}</p>}
      <InstrumentsPanel />
    </div>
  );
}
