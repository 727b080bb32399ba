// Display helpers for the results screens: bilingual text, score ranges and differences, component names in reasons.
import type { Language } from '../../../shared/api/contract';
import { oneDecimal } from '../../../shared/format';
import type { Instrument, Text } from '../../../shared/instrument/schema';

export const tx = (t: Text | undefined, lang: Language): string => (t ? t[lang] || t.id : '');

/** A score range with one decimal on both ends: 61,0–88,2. */
export function range(min: number, max: number, lang: Language): string {
  return `${oneDecimal(min, lang)}–${oneDecimal(max, lang)}`;
}

/** Signed difference with an arrow so the direction never depends on colour: ▲ +5,2 / ▼ −3,0 / = 0,0. */
export function diff(d: number, lang: Language): { text: string; dir: 'up' | 'down' | 'same' } {
  const r = Math.round(d * 10) / 10;
  if (r > 0) return { text: `▲ +${oneDecimal(r, lang)}`, dir: 'up' };
  if (r < 0) return { text: `▼ −${oneDecimal(-r, lang)}`, dir: 'down' };
  return { text: `= ${oneDecimal(0, lang)}`, dir: 'same' };
}

/** "S4 (Sumber Daya Manusia)" for the engine's plain component codes inside reason texts. */
export function nameComponents(s: string, instrument: Pick<Instrument, 'components'>, lang: Language): string {
  let out = s;
  for (const c of instrument.components) {
    const code = c.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w.])${code}(?!\\w|\\.\\w)`, 'g'), `${c.code} (${tx(c.title, lang)})`);
  }
  return out;
}

/** The engine writes decimals with a dot ("88.2"); Indonesian uses a comma. Codes such as S3.01 stay as they are. */
export function localNumbers(s: string, lang: Language): string {
  return lang === 'id' ? s.replace(/(?<![\w.])(\d+)\.(\d+)(?!\w|\.\d)/g, '$1,$2') : s;
}

/** An engine reason text made readable: component names added, decimals in the user's style. */
export const readable = (t: Text, instrument: Pick<Instrument, 'components'>, lang: Language): string =>
  localNumbers(nameComponents(tx(t, lang), instrument, lang), lang);
