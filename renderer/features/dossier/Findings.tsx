// The pre-export check grouped by kind: counts, the first few items, the rest folded away, and a link to fix them.
import type { Finding } from '../../../shared/dossier/manifest';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { D, type DKey } from './messages';

type Kind = Finding['kind'];
const ORDER: Kind[] = ['unanswered-indicator', 'unanswered-gcg', 'missing-evidence', 'expired-evidence', 'profile-field', 'prerequisite', 'undecided-fact'];
/** Where each kind of gap is fixed. */
const SCREEN: Record<Kind, 'assessment' | 'gcg' | 'evidence' | 'profile' | 'results'> = {
  'unanswered-indicator': 'assessment', 'unanswered-gcg': 'gcg', 'missing-evidence': 'evidence', 'expired-evidence': 'evidence',
  'profile-field': 'profile', prerequisite: 'results', 'undecided-fact': 'profile',
};
const SHOWN = 3;

export function Findings({ findings }: { findings: Finding[] }) {
  const t = useMessages(D);
  const { lang } = useI18n();
  if (findings.length === 0) return <p className="notice okay" role="status">{t('allClear')}</p>;
  const groups = ORDER.map((kind) => ({ kind, items: findings.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);
  const line = (f: Finding, i: number) => <li key={`${f.code ?? ''}-${i}`}>{f.message[lang]}</li>;
  return (
    <>
      <p className="notice warn">{t('summary', { n: findings.length })}</p>
      <ul className="dos-groups">
        {groups.map(({ kind, items }) => {
          const screen = t(`screen.${SCREEN[kind]}` as DKey);
          return (
            <li key={kind} className="dos-group" data-kind={kind}>
              <div className="dos-group-head">
                <h3>{t(`kind.${kind}` as DKey)} <span className="badge warn">{items.length}</span></h3>
                <a href={`#/${SCREEN[kind]}`}>{t('open', { screen })}</a>
              </div>
              <ul className="dos-items">{items.slice(0, SHOWN).map(line)}</ul>
              {items.length > SHOWN && (
                <details>
                  <summary>{t('moreItems', { n: items.length - SHOWN })}</summary>
                  <ul className="dos-items">{items.slice(SHOWN).map((f, i) => line(f, i + SHOWN))}</ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
