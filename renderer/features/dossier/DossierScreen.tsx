// The accreditation dossier (#/dossier): the pre-export check, the workspace key's fingerprint, and the export itself.
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../../shared/dossier/manifest';
import { call } from '../../api/client';
import { useRounds } from '../../app/round';
import { RoundBar } from '../../components/RoundBar';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useMessages } from '../../i18n/feature';
import { ExportPanel } from './ExportPanel';
import { Findings } from './Findings';
import { D } from './messages';
import { ReviewReceived } from './ReviewReceived';
import './dossier.css';

type Check = { kind: 'loading' } | { kind: 'ready'; findings: Finding[] } | { kind: 'failed'; message: string };

export function DossierScreen() {
  const t = useMessages(D);
  const { roundId } = useRounds();
  const [check, setCheck] = useState<Check>({ kind: 'loading' });
  const [fingerprint, setFingerprint] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!roundId) return;
    setCheck({ kind: 'loading' });
    try {
      setCheck({ kind: 'ready', findings: await call('dossier.precheck', { roundId }) });
    } catch (e) {
      setCheck({ kind: 'failed', message: (e as Error).message });
    }
  }, [roundId]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => { call('workspace.key', {}).then((k) => setFingerprint(k.fingerprint), () => {}); }, []);

  return (
    <section className="dossier">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <RoundBar />
      {!roundId ? <p className="muted">{t('noRound')}</p> : (
        <>
          <section className="panel" aria-labelledby="dos-check-title" aria-busy={check.kind === 'loading'}>
            <h2 id="dos-check-title">{t('checkTitle')}</h2>
            {check.kind === 'loading' && <p className="muted">{t('checking')}</p>}
            {check.kind === 'failed' && (
              <>
                <p className="notice bad" role="alert">{t('checkFailed', { message: check.message })}</p>
                <button className="btn" onClick={() => void load()}>{t('retry')}</button>
              </>
            )}
            {check.kind === 'ready' && <Findings findings={check.findings} />}
          </section>
          {fingerprint && (
            <section className="panel dos-key" aria-labelledby="dos-key-title">
              <h2 id="dos-key-title">{t('keyTitle')}</h2>
              <p className="dos-fingerprint" data-testid="dossier-fingerprint">{fingerprint}</p>
              <p className="muted">{t('keyExplain')}</p>
            </section>
          )}
          {check.kind === 'ready' && <ExportPanel key={roundId} roundId={roundId} findings={check.findings.length} />}
          <ReviewReceived key={`rv-${roundId}`} roundId={roundId} />
        </>
      )}
    </section>
  );
}
