// The reviews to pick from (#/review without an id), or a pointer to "Berkas masuk" when no dossier was imported yet.
import { useEffect, useState } from 'react';
import type { ReviewListRow } from '../../../shared/api/contract-review';
import { call } from '../../api/client';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';
import { M } from './messages';
import { StateBadge } from './ReviewHeader';

export function ReviewList() {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [rows, setRows] = useState<ReviewListRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('review.list', {}).then((r) => setRows([...r].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))), (e) => setError(plainError(e, lang, '')));
  }, [lang]);
  const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  if (error) return <p className="notice bad" role="alert">{t('loadFailed', { message: error })}</p>;
  if (!rows) return <p className="muted" aria-busy="true">{t('loading')}</p>;
  if (rows.length === 0) {
    return (
      <div className="empty">
        <h2>{t('emptyTitle')}</h2>
        <p>{t('emptyBody')}</p>
        <a className="btn" href="#/assessor">{t('toInbox')}</a>
      </div>
    );
  }
  return (
    <div className="inbox-scroll">
      <table className="inbox-table tj-list">
        <caption>{t('listCaption', { n: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colLks')}</th><th scope="col">{t('colVersion')}</th><th scope="col">{t('colState')}</th>
            <th scope="col">{t('colProgress')}</th><th scope="col">{t('colUpdated')}</th><th scope="col"><span className="as-sr">{t('colAction')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><strong>{r.lksName ?? t('noName')}</strong></td>
              <td>{t('versionN', { n: r.version })}</td>
              <td><StateBadge state={r.state} final={r.final} /></td>
              <td>{t('scoredN', { n: r.scored })}{r.needComment > 0 && <span className="inbox-sub tj-warn-text">{t('needCommentN', { n: r.needComment })}</span>}</td>
              <td>{fmt.format(new Date(r.updatedAt))}</td>
              <td><a className="btn small" href={`#/review?id=${r.id}`} aria-label={t('openOf', { lks: r.lksName ?? t('noName') })}>{t('open')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
