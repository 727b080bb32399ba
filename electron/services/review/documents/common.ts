// What both assessor documents read: the review, the dossier version it follows, its snapshots, names and labels.
import { localIsoDate } from '../../../../shared/dates';
import { longDate } from '../../../../shared/format';
import type { StoredAnswer } from '../../../../shared/api/contract-assessment';
import type { ReviewItem, ReviewState } from '../../../../shared/review/model';
import { compare, itemKey, type Comparison } from '../../../../shared/review/score';
import type { HandlerContext } from '../../context';
import { kindLabels, type Lang } from '../../dossier/documents/kit';
import { reviewContext, type ReviewContext } from '../service';
import { reviewItems } from '../store';

export interface ReviewDocInput extends ReviewContext {
  lang: Lang;
  items: ReviewItem[];
  item: (target: 'indicator' | 'gcg', code: string) => ReviewItem | undefined;
  comparison: Comparison;
  /** Every applicable item has the assessor's answer. */
  allScored: boolean;
  today: string;
  lks: string;
  /** "Kab. X, Prov. Y" from the profile's region codes; null when the profile has none. */
  region: string | null;
  kind: (kind: string | null) => string;
  /** Titles of the dossier evidence linked to "indicator:CODE" / "gcg:CODE". */
  evidenceFor: (key: string) => string[];
}

export function reviewDocInput(ctx: HandlerContext, reviewId: number, lang: Lang): ReviewDocInput {
  const rc = reviewContext(ctx, reviewId);
  const items = reviewItems(ctx.workspace.db, reviewId);
  const byKey = new Map(items.map((i) => [itemKey(i.target, i.code), i]));
  const today = localIsoDate(ctx.now());
  const comparison = compare(rc.manifest, rc.snaps, items, today);
  const codes = rc.manifest.profile.address?.region ?? {};
  const names = ctx.regions.resolve([codes.regency, codes.province].filter((x): x is string => !!x));
  const region = [codes.regency, codes.province].filter((x): x is string => !!x).map((c) => names[c] ?? c).join(', ') || null;
  const links = new Map<string, string[]>();
  for (const e of rc.manifest.evidence) for (const l of e.links) links.set(l, [...(links.get(l) ?? []), e.title || e.originalName]);
  return {
    ...rc, lang, items, item: (target, code) => byKey.get(itemKey(target, code)), comparison,
    allScored: comparison.assessor.score.complete && (comparison.assessor.gcg?.complete ?? true),
    today, lks: rc.manifest.profile.name?.trim() || (lang === 'id' ? 'LKS (nama belum diisi)' : 'LKS (name not filled in)'),
    region, kind: kindLabels(rc.snaps.instrument, rc.snaps.checklist, lang), evidenceFor: (key) => links.get(key) ?? [],
  };
}

/** Lower-case ASCII slug of the LKS name for file names ("yayasan-kasih-ibu"). */
export function lksSlug(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'lks';
}

export const STATE_LABEL: Record<Lang, Record<ReviewState, string>> = {
  id: { diajukan: 'Diajukan', ditinjau: 'Sedang ditinjau', 'perlu-perbaikan': 'Perlu perbaikan', diperbaiki: 'Diperbaiki', dinilai: 'Dinilai' },
  en: { diajukan: 'Submitted', ditinjau: 'Under review', 'perlu-perbaikan': 'Needs revision', diperbaiki: 'Revised', dinilai: 'Scored' },
};

export const GCG_LABEL: Record<Lang, Record<'met' | 'partial' | 'not-met' | 'na', string>> = {
  id: { met: 'Terpenuhi', partial: 'Sebagian', 'not-met': 'Belum terpenuhi', na: 'Tidak berlaku (N/A)' },
  en: { met: 'Met', partial: 'Partly met', 'not-met': 'Not met', na: 'Not applicable (N/A)' },
};

export const BLIND_TEXT: Record<Lang, string> = { id: 'disembunyikan (penilaian buta)', en: 'hidden (blind review)' };

/** One side's answer as printed: "3 — Jelas dan dipahami", "Terpenuhi", "N/A", or null when there is none. */
export function answerText(
  d: ReviewDocInput, target: 'indicator' | 'gcg', code: string,
  a: Pick<StoredAnswer, 'level' | 'notApplicable' | 'gcgValue'> | Pick<ReviewItem, 'level' | 'notApplicable' | 'gcgValue'> | undefined,
): string | null {
  if (!a) return null;
  if (target === 'gcg') return a.gcgValue ? GCG_LABEL[d.lang][a.gcgValue] : null;
  if (a.notApplicable) return GCG_LABEL[d.lang].na;
  if (a.level === null) return null;
  const ind = d.snaps.instrument.components.flatMap((c) => c.indicators).find((i) => i.code === code);
  const label = ind?.levels.find((l) => l.level === a.level)?.label[d.lang];
  return label ? `${a.level} — ${label}` : String(a.level);
}

/** "12 Maret 2027, 14.05" for log lines and the final stamp (the local clock of this computer). */
export function when(iso: string, lang: Lang): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const hm = `${String(t.getHours()).padStart(2, '0')}${lang === 'id' ? '.' : ':'}${String(t.getMinutes()).padStart(2, '0')}`;
  return `${longDate(iso, lang)}, ${hm}`;
}
