// Calendar dates as the user sees them: the machine's local date, not UTC (WIB is UTC+7).
export function localIsoDate(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2027-01-15" → "15 Januari 2027" (or "15 January 2027"); other input is returned as it is. */
export function longDate(iso: string, lang: 'id' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** One decimal in the language's style: 67,5 (id) or 67.5 (en). */
export function oneDecimal(n: number, lang: 'id' | 'en'): string {
  const s = n.toFixed(1);
  return lang === 'id' ? s.replace('.', ',') : s;
}
