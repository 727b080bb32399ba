// The message catalogue lookup and the React context that carries the current language.
import { createContext, useContext } from 'react';
import type { Language } from '../../shared/api/contract';
import { formatMessage, type MessageParams } from '../../shared/text/message';
import { en } from './en';
import { id, type MessageKey } from './id';

const catalogues: Record<Language, Record<MessageKey, string>> = { id, en };

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(catalogues[lang][key] ?? id[key] ?? key, params, lang);
}

export interface I18n { lang: Language; t(key: MessageKey, params?: MessageParams): string; setLang(lang: Language): void }

export const I18nContext = createContext<I18n>({ lang: 'id', t: (k, p) => translate('id', k, p), setLang: () => {} });
export const useI18n = () => useContext(I18nContext);
export type { MessageKey };
