// Pure helpers of the evidence locker: expiry warnings, kinds, plain-language errors (sizes and dates: shared/format).
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import type { Language } from '../../../shared/api/contract';
import { ApiFailure } from '../../api/client';
import { localIsoDate } from '../../../shared/dates';

export interface KindDef { id: string; label: { id: string; en: string } }

/** Days before the expiry date at which a document is flagged "segera kedaluwarsa". */
export const EXPIRY_WARNING_DAYS = 90;

/** Today as YYYY-MM-DD in the computer's own time zone (not UTC: a document expires at local midnight). */
export const todayIso = localIsoDate;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export type ExpiryState = { state: 'expired' | 'soon'; days: number } | null;

/** Expired when the expiry date is before today; "soon" when it falls within the warning window. */
export function expiryState(expiry: string | null, today = todayIso()): ExpiryState {
  if (!expiry) return null;
  const days = dayNumber(expiry) - dayNumber(today);
  if (days < 0) return { state: 'expired', days };
  if (days <= EXPIRY_WARNING_DAYS) return { state: 'soon', days };
  return null;
}

/** The back end writes "Indonesian / English"; show the half in the user's language. */
export function plainError(e: unknown, lang: Language, network: string): string {
  if (e instanceof ApiFailure) return pickLanguage(e.error.message, lang);
  if (e instanceof TypeError) return network; // fetch failed: the local server is gone
  return pickLanguage(String((e as Error)?.message ?? e), lang);
}

export function pickLanguage(message: string, lang: Language): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang === 'id' ? message.slice(0, i) : message.slice(i + 3);
}

/** Kinds from several definitions, first label wins for a repeated id. */
export function mergeKinds(...lists: (readonly KindDef[] | undefined | null)[]): KindDef[] {
  const seen = new Map<string, KindDef>();
  for (const list of lists) for (const k of list ?? []) if (!seen.has(k.id)) seen.set(k.id, k);
  return [...seen.values()];
}

export function kindLabel(kinds: readonly KindDef[], id: string | null, lang: Language): string | null {
  if (!id) return null;
  return kinds.find((k) => k.id === id)?.label[lang] ?? id;
}

/** Expected kinds that none of the linked evidence covers yet. */
export function missingKinds(expected: readonly string[], linked: readonly Pick<EvidenceItem, 'kind'>[]): string[] {
  const have = new Set(linked.map((e) => e.kind).filter(Boolean));
  return [...new Set(expected)].filter((k) => !have.has(k));
}

export function isImage(e: Pick<EvidenceItem, 'mediaType' | 'originalName'>): boolean {
  return /^image\/(png|jpe?g|gif|webp|bmp|svg\+xml|avif)$/i.test(e.mediaType) || (e.mediaType === 'application/octet-stream' && /\.(png|jpe?g|gif|webp|bmp)$/i.test(e.originalName));
}

export function isPdf(e: Pick<EvidenceItem, 'mediaType' | 'originalName'>): boolean {
  return e.mediaType === 'application/pdf';
}

/** Replaces (or adds at the top) one evidence item in a list. */
export function upsert(list: readonly EvidenceItem[], item: EvidenceItem): EvidenceItem[] {
  return list.some((e) => e.id === item.id) ? list.map((e) => (e.id === item.id ? item : e)) : [item, ...list];
}

export function matchesSearch(e: EvidenceItem, query: string, kindText: string | null): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  return [e.title, e.originalName, kindText ?? ''].some((s) => s.toLocaleLowerCase().includes(q));
}
