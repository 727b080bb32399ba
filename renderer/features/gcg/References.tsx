// The legal and professional references behind a GCG item, each with a small "verified / to be verified" badge.
import type { Reference } from '../../../shared/instrument/schema';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { G } from './messages';

export function References({ references }: { references: Reference[] }) {
  const t = useMessages(G);
  const { lang } = useI18n();
  return (
    <div className="gcg-basis">
      <span>{t('basis')}</span>
      <ul className="gcg-refs">
        {references.map((r, i) => (
          <li key={i}>
            {r.cite[lang]}{' '}
            <span className={`cite-badge ${r.status}`} title={r.status === 'verified' ? t('cite.verifiedHint') : t('cite.toVerifyHint')}>
              {r.status === 'verified' ? t('cite.verified') : t('cite.toVerify')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
