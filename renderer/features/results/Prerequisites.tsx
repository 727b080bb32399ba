// The unscored prerequisites of applying for accreditation (recommendations, letter, registration, permit).
import type { ScoreAllResult } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { tx } from './format';
import { M } from './messages';

const ICON = { met: '✓', missing: '✗', undecided: '?', 'not-applicable': '–' } as const;

export function Prerequisites({ result }: { result: ScoreAllResult }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const list = result.prerequisites;
  if (list.length === 0) return null;
  const required = list.filter((p) => p.status !== 'not-applicable');
  const met = required.filter((p) => p.status === 'met').length;
  return (
    <section className="card prereqs" aria-labelledby="prereq-title" data-testid="prerequisites">
      <h2 id="prereq-title">{t('prereq.title')}</h2>
      <p className="muted small">{t('prereq.intro', { met, all: required.length })}</p>
      <ul className="prereq-list">
        {list.map((p) => (
          <li key={p.id} className={`prereq ${p.status}`} data-prereq={p.id}>
            <span className="prereq-icon" aria-hidden="true">{ICON[p.status]}</span>
            <span className="prereq-body">
              <strong>{tx(p.label, lang)}</strong>{' '}
              <span className={`prereq-status ${p.status}`}>{t(`prereq.${p.status}`)}</span>
              <span className="prereq-detail">{tx(p.detail, lang)}{p.status === 'undecided' && <> <a href="#/profile">{t('profileLink')}</a></>}</span>
              {p.guidance && p.status === 'missing' && <span className="prereq-guide">{tx(p.guidance, lang)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
