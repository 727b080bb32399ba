// A short, collapsible help text at the top of each screen.
import { useI18n } from '../i18n/i18n';

export function HelpPanel({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <details className="help">
      <summary>{t('help.title')}</summary>
      <p>{text}</p>
    </details>
  );
}
