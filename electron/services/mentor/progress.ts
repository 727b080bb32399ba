// An LKS's progress: reads its yearly records and the labels (standard and principle names from the dossiers' own
// snapshots, else the shipped instrument and checklist, else the bare code) and hands them to shared/mentor/progress.
import type { MentorProgress } from '../../../shared/api/contract-mentor-progress';
import { AppError } from '../../../shared/api/result';
import type { Text } from '../../../shared/instrument/schema';
import { buildProgress, type ProgressLabels, type ProgressRecord } from '../../../shared/mentor/progress';
import type { HandlerContext } from '../context';
import { DEFAULT_CHECKLIST_ID, DEFAULT_INSTRUMENT_ID, latestBundled } from '../instruments/bundled';

interface Row { year: number; source: ProgressRecord['source']; typology: string | null; grade: string | null; score: number | null; standard_scores: string | null; gcg_scores: string | null }

/** {code: number} from a JSON column, numbers only; anything else (or unparsable) is no scores. */
function scores(json: string | null): Record<string, number> | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const out = Object.fromEntries(Object.entries(v).filter(([, n]) => typeof n === 'number' && Number.isFinite(n))) as Record<string, number>;
    return Object.keys(out).length ? out : null;
  } catch {
    return null;
  }
}

const isText = (t: unknown): t is Text => !!t && typeof (t as Text).id === 'string' && typeof (t as Text).en === 'string';

/** Shipped names first, overwritten by the names in the LKS's received dossiers (oldest first, so the newest wins). */
function labels(ctx: HandlerContext, lksId: number): ProgressLabels {
  const out: ProgressLabels = { standards: {}, principles: {} };
  for (const c of latestBundled('instruments', DEFAULT_INSTRUMENT_ID)?.components ?? []) out.standards[c.code] = c.title;
  for (const p of latestBundled('checklists', DEFAULT_CHECKLIST_ID)?.principles ?? []) out.principles[p.id] = p.title;
  const rows = ctx.workspace.db.prepare(`SELECT json_extract(d.manifest, '$.results.components') AS components, json_extract(d.manifest, '$.checklist.principles') AS principles
    FROM dossier_import d WHERE d.round_uid IN (SELECT round_uid FROM mentor_record WHERE lks_id = ? AND round_uid IS NOT NULL)
    ORDER BY d.exported_at, d.version`).all(lksId) as { components: string | null; principles: string | null }[];
  for (const r of rows) {
    for (const c of (r.components ? JSON.parse(r.components) : []) as { code?: unknown; title?: unknown }[]) {
      if (typeof c?.code === 'string' && isText(c.title)) out.standards[c.code] = c.title;
    }
    for (const p of (r.principles ? JSON.parse(r.principles) : []) as { id?: unknown; title?: unknown }[]) {
      if (typeof p?.id === 'string' && isText(p.title)) out.principles[p.id] = p.title;
    }
  }
  return out;
}

export function lksProgress(ctx: HandlerContext, lksId: number): MentorProgress {
  const db = ctx.workspace.db;
  const lks = db.prepare('SELECT id, name FROM mentor_lks WHERE id = ?').get(lksId) as { id: number; name: string } | undefined;
  if (!lks) throw new AppError('NOT_FOUND', `LKS #${lksId} tidak ada dalam portofolio / LKS #${lksId} is not in the portfolio`);
  const rows = db.prepare('SELECT year, source, typology, grade, score, standard_scores, gcg_scores FROM mentor_record WHERE lks_id = ? ORDER BY year, source').all(lksId) as Row[];
  const records: ProgressRecord[] = rows.map((r) => ({
    year: r.year, source: r.source, typology: r.typology, grade: r.grade, score: r.score,
    standards: scores(r.standard_scores), gcg: scores(r.gcg_scores),
  }));
  return { lksId: lks.id, name: lks.name, ...buildProgress(records, labels(ctx, lksId)) } as MentorProgress;
}
