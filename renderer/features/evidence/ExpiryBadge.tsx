// The red "Kedaluwarsa" / amber "Segera kedaluwarsa" label of a document with an expiry date.
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { shortDate } from '../../../shared/format';
import { expiryState } from './helpers';
import { M } from './messages';

export function ExpiryBadge({ expiry, long }: { expiry: string | null; long?: boolean }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const s = expiryState(expiry);
  if (!s) return null;
  const detail = s.state === 'expired' ? t('expiredSince', { date: shortDate(expiry ?? '', lang) }) : t('soonIn', { days: s.days });
  return (
    <span className={`ev-badge ${s.state}`} title={detail}>
      <span aria-hidden="true">{s.state === 'expired' ? '⚠ ' : '⏳ '}</span>
      {long ? detail : t(s.state === 'expired' ? 'expired' : 'soon')}
    </span>
  );
}
