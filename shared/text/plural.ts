// Plural forms by Intl.PluralRules: the engine's English texts ("1 indicator", "2 indicators") and the message formatter.
import { localeOf, type Lang } from '../format';

const rules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of n: English has "one" and "other"; Indonesian only "other" (nouns do not change). */
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(localeOf(lang))));
  return r.select(n);
}

/** The English noun for n things, without the number: pluralWord(1, 'component', 'components') → "component". */
export const pluralWord = (n: number, one: string, other: string): string => (pluralCategory(n, 'en') === 'one' ? one : other);

/** n and the English noun: plural(1, 'indicator', 'indicators') → "1 indicator", plural(0, …) → "0 indicators". */
export const plural = (n: number, one: string, other: string): string => `${n} ${pluralWord(n, one, other)}`;
