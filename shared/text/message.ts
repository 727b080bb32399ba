// Fills a message template: {name} placeholders and ICU-like plurals {n, plural, one {# item} other {# items}}.
import { plainNumber, type Lang } from '../format';
import { pluralCategory } from './plural';

export type MessageParams = Record<string, string | number>;

/** Index of the "}" closing the "{" at `open`, or -1 when the braces do not balance. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of "one {# item} other {# items} =0 {none}" as selector → text; null when it is not that shape. */
function branches(s: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let i = 0;
  while (i < s.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(s.slice(i));
    if (!m) return /^\s*$/.test(s.slice(i)) ? out : null;
    const open = i + m[0].length - 1;
    const end = closing(s, open);
    if (end < 0) return null;
    out.set(m[1], s.slice(open + 1, end));
    i = end + 1;
  }
  return out;
}

const value = (params: MessageParams, name: string): string | undefined =>
  Object.hasOwn(params, name) && params[name] !== undefined && params[name] !== null ? String(params[name]) : undefined;

/** One "{…}" body: a plain placeholder, a plural, or anything else, which is left exactly as written. */
function argument(body: string, params: MessageParams, lang: Lang, hash: string | undefined): string {
  const plain = /^\s*(\w+)\s*$/.exec(body);
  if (plain) return value(params, plain[1]) ?? `{${body}}`;
  const pl = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
  const cases = pl ? branches(pl[2]) : null;
  if (!pl || !cases || !cases.has('other')) return `{${fill(body, params, lang, hash)}}`;
  const v = value(params, pl[1]);
  const n = Number(v);
  if (v === undefined || v.trim() === '' || Number.isNaN(n)) return `{${body}}`;
  const chosen = cases.get(`=${n}`) ?? cases.get(pluralCategory(n, lang)) ?? (cases.get('other') as string);
  return fill(chosen, params, lang, plainNumber(n, lang));
}

function fill(template: string, params: MessageParams, lang: Lang, hash: string | undefined): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '{') {
      const end = closing(template, i);
      if (end < 0) return out + template.slice(i);
      out += argument(template.slice(i + 1, end), params, lang, hash);
      i = end;
    } else out += ch === '#' && hash !== undefined ? hash : ch;
  }
  return out;
}

/**
 * The one message formatter of the UI catalogues. A placeholder without a value stays visible ("{name}") so a
 * missing parameter shows up in review instead of vanishing; "#" inside a plural branch is the count in the
 * language's number style. Indonesian nouns have no plural, so Indonesian messages need no plural syntax.
 */
export function formatMessage(template: string, params: MessageParams = {}, lang: Lang = 'id'): string {
  return fill(template, params, lang, undefined);
}
