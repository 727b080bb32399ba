// Training recommendations: facts about each LKS from the portfolio (latest record, type, visits, permit, …) fed to
// the pure recommender (shared/mentor/training.ts). The rules are the row 'training-rules' of mentor_rules when the
// mentor stored edited rules, else the shipped assets/mentor/training-models.json; either is validated on load.
import shipped from '../../../assets/mentor/training-models.json' with { type: 'json' };
import { AppError } from '../../../shared/api/result';
import { PRINCIPLES, type Principle } from '../../../shared/instrument/schema';
import {
  daysBetween, invitations, monthsBetween, recommend, validateTrainingRules, type LksFacts, type TrainingRules, type TypologyLetter,
} from '../../../shared/mentor/training';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { SOURCE_PRIORITY } from './summary';
import { today } from './visits';

export const RULES_NAME = 'training-rules';
type RulesInfo = { source: 'stored' | 'shipped'; id: string; version: string };

const WHERE_EN: Record<string, string> = { tersimpan: 'stored', bawaan: 'shipped', 'yang dikirim': 'given' };

function check(raw: unknown, where: 'tersimpan' | 'bawaan' | 'yang dikirim'): TrainingRules {
  const v = validateTrainingRules(raw);
  if (v.ok) return v.rules;
  const list = v.problems.slice(0, 20).map((p) => `${p.path || '(root)'}: ${p.message.id}`).join('; ');
  const listEn = v.problems.slice(0, 20).map((p) => `${p.path || '(root)'}: ${p.message.en}`).join('; ');
  throw new AppError('VALIDATION', `Aturan rekomendasi diklat ${where} tidak valid (${v.problems.length} masalah): ${list} / The ${WHERE_EN[where]} training rules are invalid (${v.problems.length} problems): ${listEn}`, v.problems);
}

export function loadRules(ctx: HandlerContext): { rules: TrainingRules; info: RulesInfo; body: unknown } {
  const row = ctx.workspace.db.prepare('SELECT body FROM mentor_rules WHERE name = ?').get(RULES_NAME) as { body: string } | undefined;
  const body: unknown = row ? JSON.parse(row.body) : shipped;
  const rules = check(body, row ? 'tersimpan' : 'bawaan');
  return { rules, info: { source: row ? 'stored' : 'shipped', id: rules.id, version: rules.version }, body };
}

/** Stores edited rules once they validate; null removes them, so the shipped rules apply again. */
export function setRules(ctx: HandlerContext, body: unknown): { rules: RulesInfo } {
  const db = ctx.workspace.db;
  if (body === null) db.prepare('DELETE FROM mentor_rules WHERE name = ?').run(RULES_NAME);
  else {
    check(body, 'yang dikirim');
    db.prepare(`INSERT INTO mentor_rules (name, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`)
      .run(RULES_NAME, JSON.stringify(body), ctx.now().toISOString());
  }
  return { rules: loadRules(ctx).info };
}

interface FactsRow {
  id: number; name: string; lks_type: LksType | null; multi_regency: number | null; permit_expiry: string | null; last_visit: string | null;
  rec_typology: TypologyLetter | null; proj_typology: TypologyLetter | null; grade: 'A' | 'B' | 'C' | null; standard_scores: string | null; gcg_scores: string | null;
  indicator_answers: string | null;
}

const latest = (where: string, col: string) => `(SELECT r.${col} FROM mentor_record r WHERE r.lks_id = l.id AND ${where} ORDER BY r.year DESC, ${SOURCE_PRIORITY} LIMIT 1)`;
const FACTS_SQL = `SELECT l.id, l.name, l.lks_type, l.multi_regency, l.permit_expiry,
  (SELECT max(v.date) FROM mentor_visit v WHERE v.lks_id = l.id AND v.date <= @t) AS last_visit,
  ${latest("r.source <> 'dossier' AND r.typology IS NOT NULL", 'typology')} AS rec_typology,
  ${latest("r.source = 'dossier' AND r.typology IS NOT NULL", 'typology')} AS proj_typology,
  ${latest('r.grade IS NOT NULL', 'grade')} AS grade,
  ${latest('r.standard_scores IS NOT NULL', 'standard_scores')} AS standard_scores,
  ${latest('r.gcg_scores IS NOT NULL', 'gcg_scores')} AS gcg_scores,
  (SELECT json_extract(d.manifest, '$.answers.indicators') FROM dossier_import d WHERE d.round_uid = l.round_uid ORDER BY d.version DESC LIMIT 1) AS indicator_answers
FROM mentor_lks l`;

/** Indicator levels from a received dossier's answers: a level, null when marked not applicable, absent when unanswered. */
function indicatorLevels(json: string | null): Record<string, number | null> | undefined {
  if (!json) return undefined;
  const out: Record<string, number | null> = {};
  for (const [code, a] of Object.entries(JSON.parse(json) as Record<string, { level?: unknown; notApplicable?: unknown }>)) {
    if (a?.notApplicable === true) out[code] = null;
    else if (typeof a?.level === 'number' && Number.isFinite(a.level)) out[code] = a.level;
  }
  return Object.keys(out).length ? out : undefined;
}

function numbers(json: string | null): Record<string, number> | undefined {
  if (!json) return undefined;
  const o = JSON.parse(json) as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(o).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])));
  return Object.keys(out).length ? out : undefined;
}

/**
 * What the portfolio knows about an LKS. Unknown stays undefined: a grade-less record does not mean "not
 * accredited", no permit date does not mean "no permit", and staff, business units and courses are not recorded here.
 * The typology is the mentor's (recorded or imported), else a dossier's projection, marked as an estimate.
 */
function toFacts(r: FactsRow, t: string): LksFacts {
  const gcg = numbers(r.gcg_scores);
  const principles = gcg ? Object.fromEntries(Object.entries(gcg).filter(([k]) => (PRINCIPLES as readonly string[]).includes(k))) as Partial<Record<Principle, number>> : undefined;
  const typology = r.rec_typology ?? r.proj_typology ?? undefined;
  return {
    id: String(r.id), name: r.name,
    ...(typology ? { typology, typologyEstimated: !r.rec_typology } : {}),
    ...(r.grade ? { grade: r.grade } : {}),
    ...(r.lks_type ? { lksType: r.lks_type } : {}),
    ...(numbers(r.standard_scores) ? { standards: numbers(r.standard_scores) } : {}),
    ...(principles && Object.keys(principles).length ? { gcg: principles } : {}),
    // Item levels only come with the LKS's own self-assessment (its newest received dossier): S6.08, S3.12, …
    ...(indicatorLevels(r.indicator_answers) ? { indicators: indicatorLevels(r.indicator_answers) } : {}),
    // The visit log is the mentor's own: no visit recorded means never visited.
    lastVisitMonthsAgo: r.last_visit ? monthsBetween(r.last_visit, t) : null,
    ...(r.permit_expiry ? { permitExpiresInDays: daysBetween(t, r.permit_expiry) } : {}),
    ...(r.multi_regency === null ? {} : { operatesInMultipleRegencies: r.multi_regency === 1 }),
  };
}

export function portfolioFacts(ctx: HandlerContext, where = '', params: Record<string, unknown> = {}): LksFacts[] {
  const t = today(ctx);
  return (ctx.workspace.db.prepare(`${FACTS_SQL} ${where}`).all({ ...params, t }) as FactsRow[]).map((r) => toFacts(r, t));
}

export function recommendFor(ctx: HandlerContext, lksId: number) {
  const { rules, info } = loadRules(ctx);
  const [facts] = portfolioFacts(ctx, 'WHERE l.id = @id', { id: lksId });
  if (!facts) throw new AppError('NOT_FOUND', `LKS #${lksId} tidak ada dalam portofolio / LKS #${lksId} is not in the portfolio`);
  return { lksId, name: facts.name, rules: info, models: recommend(facts, rules).models };
}

export function inviteList(ctx: HandlerContext, lksType?: LksType) {
  const { rules, info } = loadRules(ctx);
  const facts = lksType ? portfolioFacts(ctx, 'WHERE l.lks_type = @type', { type: lksType }) : portfolioFacts(ctx);
  return {
    rules: info,
    models: invitations(facts, rules).map((m) => ({
      model: m.model,
      invite: m.invite.map(({ id, ...x }) => ({ lksId: Number(id), ...x })),
      undecided: m.undecided.map(({ id, ...x }) => ({ lksId: Number(id), ...x })),
    })),
  };
}
