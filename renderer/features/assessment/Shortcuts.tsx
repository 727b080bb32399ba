// The "Pintasan keyboard" help: which keys work on a scoring screen.
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

export function Shortcuts({ digits }: { digits: boolean }) {
  const t = useMessages(M);
  const rows: [string, string][] = [
    ['Tab / Shift+Tab', t('keys.tab')],
    ['↑ ↓ ← →', t('keys.arrows')],
    [t('keys.spaceEnter'), t('keys.choose')],
    ...(digits ? [['0 – 4', t('keys.digits')] as [string, string]] : []),
    ['n / p · Alt+↓ / Alt+↑', t('keys.nextPrev')],
    ['Ctrl+Z', t('keys.undo')],
  ];
  return (
    <details className="help shortcuts">
      <summary>{t('keys.title')}</summary>
      <dl>
        {rows.map(([k, d]) => (
          <div key={k}><dt><kbd>{k}</kbd></dt><dd>{d}</dd></div>
        ))}
      </dl>
    </details>
  );
}
