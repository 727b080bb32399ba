// Chooses already stored evidence to link to an item; files of an expected kind come first.
import { useMemo, useState } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { Dialog } from '../../components/Dialog';
import { ExpiryBadge } from './ExpiryBadge';
import { kindLabel, matchesSearch, type KindDef } from './helpers';
import { M } from './messages';

interface Props {
  evidence: EvidenceItem[]; linkedIds: number[]; expectedKinds: string[]; evidenceKinds: KindDef[];
  onLink(e: EvidenceItem): Promise<void>; onClose(): void;
}

export function PickEvidenceDialog({ evidence, linkedIds, expectedKinds, evidenceKinds, onLink, onClose }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const rows = useMemo(() => {
    const expected = new Set(expectedKinds);
    return evidence
      .filter((e) => matchesSearch(e, query, kindLabel(evidenceKinds, e.kind, lang)))
      .map((e) => ({ e, match: !!e.kind && expected.has(e.kind) }))
      .sort((a, b) => Number(b.match) - Number(a.match) || a.e.title.localeCompare(b.e.title, lang));
  }, [evidence, query, expectedKinds, evidenceKinds, lang]);
  return (
    <Dialog title={t('pickTitle')} onClose={onClose} className="ev-pick">
      {evidence.length === 0 ? <p>{t('pickEmpty')}</p> : (
        <>
          <label className="ev-search">
            <span>{t('search')}</span>
            <input type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </label>
          {rows.length === 0 && <p className="muted">{t('noMatch')}</p>}
          <ul className="ev-pick-list">
            {rows.map(({ e, match }) => {
              const isLinked = linkedIds.includes(e.id);
              return (
                <li key={e.id} className={match ? 'match' : undefined}>
                  <div className="ev-pick-text">
                    <strong>{e.title}</strong>
                    <span className="muted">
                      {kindLabel(evidenceKinds, e.kind, lang) ?? t('noKind')} · {e.originalName}
                      {match && <> · <span className="ev-match">{t('pickMatches')}</span></>}
                    </span>
                    <ExpiryBadge expiry={e.expiryDate} />
                  </div>
                  <button type="button" className={`btn small${isLinked ? ' secondary' : ''}`} disabled={isLinked || busy === e.id}
                    aria-label={`${isLinked ? t('pickLinked') : t('pickLink')}: ${e.title}`}
                    onClick={async () => { setBusy(e.id); await onLink(e); setBusy(null); }}>
                    {isLinked ? `✓ ${t('pickLinked')}` : t('pickLink')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="ev-dialog-actions">
        <button type="button" className="btn" onClick={onClose}>{t('done')}</button>
      </div>
    </Dialog>
  );
}
