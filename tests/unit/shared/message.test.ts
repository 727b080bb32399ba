// The one message formatter: placeholders, ICU-like plurals by Intl.PluralRules, and the engine's English plural helper.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/text/message';
import { plural, pluralWord } from '../../../shared/text/plural';

const items = '{n, plural, one {# item} other {# items}}';

describe('formatMessage', () => {
  it('picks the English plural form by Intl.PluralRules: 1, 0 and 2', () => {
    expect(formatMessage(items, { n: 1 }, 'en')).toBe('1 item');
    expect(formatMessage(items, { n: 0 }, 'en')).toBe('0 items');
    expect(formatMessage(items, { n: 2 }, 'en')).toBe('2 items');
  });

  it('fills placeholders inside and around a plural, and prefers an exact =N branch', () => {
    const t = '{done} of {total, plural, one {# indicator} other {# indicators}} answered in "{name}"';
    expect(formatMessage(t, { done: 0, total: 1, name: 'A' }, 'en')).toBe('0 of 1 indicator answered in "A"');
    expect(formatMessage(t, { done: 3, total: 12, name: 'A' }, 'en')).toBe('3 of 12 indicators answered in "A"');
    expect(formatMessage('{n, plural, =0 {none} one {# {what}} other {# {what}s}}', { n: 0, what: 'step' }, 'en')).toBe('none');
    expect(formatMessage('{n, plural, =0 {none} one {# {what}} other {# {what}s}}', { n: 1, what: 'step' }, 'en')).toBe('1 step');
  });

  it('writes "#" in the language number style and uses "other" in Indonesian', () => {
    expect(formatMessage(items, { n: 1250 }, 'en')).toBe('1,250 items');
    expect(formatMessage('{n, plural, other {# butir}}', { n: 1 }, 'id')).toBe('1 butir');
    expect(formatMessage('{n, plural, one {# x} other {# butir}}', { n: 1250 }, 'id')).toBe('1.250 butir');
  });

  it('leaves Indonesian text without plural syntax exactly as the old replacement did', () => {
    const t = 'Semua jawaban ({n} indikator, {g} butir tata kelola) di putaran "{name}" #1 akan dihapus.';
    expect(formatMessage(t, { n: 1, g: 0, name: 'Persiapan {2027}' }, 'id')).toBe('Semua jawaban (1 indikator, 0 butir tata kelola) di putaran "Persiapan {2027}" #1 akan dihapus.');
    expect(formatMessage('Persiapan akreditasi {year}', { year: 2027 }, 'id')).toBe('Persiapan akreditasi 2027');
  });

  it('keeps a missing placeholder, a malformed plural and unbalanced braces visible', () => {
    expect(formatMessage('Hapus {title}?', {}, 'id')).toBe('Hapus {title}?');
    expect(formatMessage('Hapus {constructor}?', {}, 'id')).toBe('Hapus {constructor}?');
    expect(formatMessage(items, {}, 'en')).toBe(items);
    expect(formatMessage('{n, plural, one {# item}}', { n: 1 }, 'en')).toBe('{n, plural, one {# item}}');
    expect(formatMessage('a {b', { b: 1 }, 'en')).toBe('a {b');
    expect(formatMessage('JSON {"a": {x}}', { x: 1 }, 'en')).toBe('JSON {"a": 1}');
  });
});

describe('plural (engine texts)', () => {
  it('gives the English noun for the count', () => {
    expect(plural(1, 'indicator', 'indicators')).toBe('1 indicator');
    expect(plural(0, 'indicator', 'indicators')).toBe('0 indicators');
    expect(plural(2, 'step', 'steps')).toBe('2 steps');
    expect(pluralWord(1, 'component', 'components')).toBe('component');
    expect(pluralWord(3, 'component', 'components')).toBe('components');
  });
});
