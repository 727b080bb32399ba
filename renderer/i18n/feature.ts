// Per-feature message catalogues: each feature folder keeps its own id/en strings next to its screens.
import { formatMessage, type MessageParams } from '../../shared/text/message';
import { useI18n } from './i18n';

export type Catalogue<K extends string> = { id: Record<K, string>; en: Record<K, string> };

/** Declares a feature catalogue; the English side must have exactly the Indonesian keys. */
export function defineMessages<K extends string>(c: { id: Record<K, string>; en: NoInfer<Record<K, string>> }): Catalogue<K> {
  return c;
}

/** Returns t(key, params) for a feature catalogue in the current language. */
export function useMessages<K extends string>(c: Catalogue<K>) {
  const { lang } = useI18n();
  return (key: K, params?: MessageParams) => formatMessage(c[lang][key] ?? c.id[key], params, lang);
}
