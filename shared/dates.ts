// Calendar dates as the user sees them: the machine's local date, not UTC (WIB is UTC+7). Display: shared/format.
export function localIsoDate(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
