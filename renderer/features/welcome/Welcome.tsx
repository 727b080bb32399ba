// The first-run screen: start from the sample LKS or from an empty profile.
import { useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

export function Welcome({ onDone }: { onDone(path: string): void | Promise<void> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadSample = async () => {
    setBusy(true);
    try {
      await call('workspace.loadSample', {});
      await onDone('profile');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.body')}</p>
      <div className="choice-row">
        <button className="choice" onClick={loadSample} disabled={busy}>
          <span className="choice-title">{t('welcome.sample')}</span>
          <span className="choice-hint">{t('welcome.sampleHint')}</span>
        </button>
        <button className="choice" onClick={() => void onDone('profile')} disabled={busy}>
          <span className="choice-title">{t('welcome.blank')}</span>
          <span className="choice-hint">{t('welcome.blankHint')}</span>
        </button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <p className="steps">{t('welcome.steps')}</p>
    </section>
  );
}
