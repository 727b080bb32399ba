// One read-only line with the workspace key's fingerprint, which the LKS reads to BALKS to confirm a dossier is theirs.
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

export function KeyFingerprint() {
  const { t } = useI18n();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // A workspace open read-only without a key yet has nothing to show; the line simply stays away.
    call('workspace.key', {}).then((r) => { if (live) setFingerprint(r.fingerprint); }, () => {});
    return () => { live = false; };
  }, []);
  if (!fingerprint) return null;
  return <p className="hint key-fingerprint" data-testid="key-fingerprint">{t('profile.keyFingerprint', { fingerprint })}</p>;
}
