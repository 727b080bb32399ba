// An honest empty state for screens that later versions add.
import { useI18n } from '../../i18n/i18n';
import type { RouteDef } from '../../app/routes';

export function ComingSoon({ route }: { route: RouteDef }) {
  const { t } = useI18n();
  return (
    <section className="empty">
      <h1>{t(route.label)}</h1>
      <p className="badge">{t('soon.title')}</p>
      <p>{t('soon.body', { screen: t(route.label) })}</p>
    </section>
  );
}
