// Brings received dossiers (the verified, read-only dossier import) into the mentor's portfolio: one LKS per sender
// (matched by round, then by name and regency), one 'dossier' record per year with the projected grade, typology,
// total and per-standard scores the LKS's app computed, and per-principle GCG scores computed from the dossier's own
// checklist snapshot and answers. Idempotent: running it again changes nothing new.
import { principleScores } from '../../../shared/mentor/gcg-principles';
import { LKS_TYPES } from '../../../shared/profile';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { nameKey } from './fields';

interface Received {
  round_uid: string; lks_name: string | null; lks_type: string | null; regency_code: string | null; exported_at: string;
  results: string | null; permit_expiry: string | null; checklist: string | null; gcg_answers: string | null; profile: string | null;
}

export interface DossierSync { created: number; updated: number; records: number; skipped: number }

/** Per-standard scores from the manifest's results.components: {code: score} for the scored ones. */
function standardScores(components: unknown): Record<string, number> | null {
  if (!Array.isArray(components)) return null;
  const out: Record<string, number> = {};
  for (const c of components as { code?: unknown; score?: unknown; scored?: unknown }[]) {
    if (typeof c?.code === 'string' && typeof c.score === 'number' && c.scored !== false) out[c.code] = c.score;
  }
  return Object.keys(out).length ? out : null;
}

/** {overall, T, A, R, I, F}: the sender's overall GCG score and the per-principle ones scored from the snapshot. */
function gcgScores(overall: unknown, d: Received): Record<string, number> | null {
  const parse = (s: string | null): unknown => (s ? JSON.parse(s) : null);
  const principles = principleScores(parse(d.checklist), parse(d.gcg_answers), parse(d.profile));
  const out = { ...(typeof overall === 'number' ? { overall } : {}), ...principles };
  return Object.keys(out).length ? out : null;
}

export function syncDossiers(ctx: HandlerContext): DossierSync {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca; tutup aplikasi lain dulu / workspace is open read-only; close the other app first');
  const db = ctx.workspace.db;
  // Only the parts of the manifest needed here, read by SQLite; the instrument snapshot stays unparsed.
  const received = db.prepare(`SELECT round_uid, lks_name, lks_type, regency_code, exported_at,
      json_extract(manifest, '$.results') AS results, json_extract(manifest, '$.profile.registration.izinOperasionalExpiry') AS permit_expiry,
      json_extract(manifest, '$.checklist') AS checklist, json_extract(manifest, '$.answers.gcg') AS gcg_answers, json_extract(manifest, '$.profile') AS profile
    FROM dossier_import ORDER BY exported_at, version`).all() as Received[];
  const byRound = db.prepare('SELECT id FROM mentor_lks WHERE round_uid = ?');
  const byName = db.prepare("SELECT id FROM mentor_lks WHERE name_key = ? AND ifnull(region_code, '') = ?");
  const insertLks = db.prepare("INSERT INTO mentor_lks (name, name_key, region_code, lks_type, source, round_uid, permit_expiry, created_at, updated_at) VALUES (?, ?, ?, ?, 'dossier', ?, ?, ?, ?)");
  const touchLks = db.prepare('UPDATE mentor_lks SET round_uid = ?, lks_type = coalesce(lks_type, ?), permit_expiry = coalesce(?, permit_expiry), updated_at = ? WHERE id = ?');
  const upsertRecord = db.prepare(`INSERT INTO mentor_record (lks_id, year, typology, grade, score, standard_scores, gcg_scores, assessed_on, source, round_uid, created_at, updated_at)
    VALUES (@lks, @year, @typology, @grade, @score, @standards, @gcg, @on, 'dossier', @round, @now, @now)
    ON CONFLICT (lks_id, year, source) DO UPDATE SET typology = excluded.typology, grade = excluded.grade, score = excluded.score,
      standard_scores = excluded.standard_scores, gcg_scores = excluded.gcg_scores, assessed_on = excluded.assessed_on, round_uid = excluded.round_uid,
      updated_at = excluded.updated_at
    WHERE (typology, grade, score, standard_scores, gcg_scores, round_uid) IS NOT (excluded.typology, excluded.grade, excluded.score, excluded.standard_scores, excluded.gcg_scores, excluded.round_uid)`);
  const now = ctx.now().toISOString();
  const out: DossierSync = { created: 0, updated: 0, records: 0, skipped: 0 };
  const touched = new Set<number>();
  db.transaction(() => {
    for (const d of received) {
      const name = (d.lks_name ?? '').replace(/\s+/g, ' ').trim();
      if (!name) { out.skipped++; continue; }
      const region = d.regency_code && /^\d{2}\.\d{2}$/.test(d.regency_code) ? d.regency_code : null;
      const type = (LKS_TYPES as readonly string[]).includes(d.lks_type ?? '') ? d.lks_type : null;
      const permit = d.permit_expiry && /^\d{4}-\d{2}-\d{2}$/.test(d.permit_expiry) ? d.permit_expiry : null;
      let id = (byRound.get(d.round_uid) as { id: number } | undefined)?.id ?? (byName.get(nameKey(name), region ?? '') as { id: number } | undefined)?.id;
      if (id === undefined) {
        id = Number(insertLks.run(name, nameKey(name), region, type, d.round_uid, permit, now, now).lastInsertRowid);
        out.created++;
      } else {
        const before = db.prepare('SELECT round_uid, lks_type, permit_expiry FROM mentor_lks WHERE id = ?').get(id) as { round_uid: string | null; lks_type: string | null; permit_expiry: string | null };
        const changes = before.round_uid !== d.round_uid || (before.lks_type === null && type !== null) || (permit !== null && before.permit_expiry !== permit);
        if (changes) {
          touchLks.run(d.round_uid, type, permit, now, id);
          if (!touched.has(id)) out.updated++;
        }
      }
      touched.add(id);
      const r = JSON.parse(d.results ?? '{}') as { total?: unknown; grade?: unknown; typology?: unknown; gcg?: unknown; components?: unknown };
      const standards = standardScores(r.components);
      const gcg = gcgScores(r.gcg, d);
      const changed = upsertRecord.run({
        lks: id, year: Number(d.exported_at.slice(0, 4)), round: d.round_uid, now, on: d.exported_at.slice(0, 10),
        typology: typeof r.typology === 'string' && /^[A-E]$/.test(r.typology) ? r.typology : null,
        grade: typeof r.grade === 'string' && /^[ABC]$/.test(r.grade) ? r.grade : null,
        score: typeof r.total === 'number' && r.total >= 0 && r.total <= 100 ? r.total : null,
        standards: standards ? JSON.stringify(standards) : null,
        gcg: gcg ? JSON.stringify(gcg) : null,
      }).changes;
      out.records += changed;
    }
  })();
  return out;
}
