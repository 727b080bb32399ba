// Turns stored assessment data (answers, profile, linked evidence) into the scoring engine's inputs.
import type { AssessmentDetail } from '../api/contract-assessment';
import type { EvidenceItem } from '../api/contract-evidence';
import type { Profile } from '../profile';
import type { Facts } from '../scoring/applicability';
import type { GcgAnswers } from '../scoring/gcg';
import type { Answers } from '../scoring/score';

export function engineAnswers(detail: Pick<AssessmentDetail, 'indicators'>): Answers {
  const out: Answers = {};
  for (const [code, a] of Object.entries(detail.indicators)) {
    if (a.notApplicable) out[code] = { notApplicable: true, reason: a.reason ?? '' };
    else if (a.level !== null) out[code] = { level: a.level };
  }
  return out;
}

export function engineGcgAnswers(detail: Pick<AssessmentDetail, 'gcg'>): GcgAnswers {
  const out: GcgAnswers = {};
  for (const [code, a] of Object.entries(detail.gcg)) {
    if (a.gcgValue === 'na') out[code] = { notApplicable: true, reason: a.reason ?? '' };
    else if (a.gcgValue) out[code] = a.gcgValue;
  }
  return out;
}

export function factsFromProfile(p: Profile | null | undefined): Facts {
  if (!p) return {};
  const f: Facts = {};
  if (p.lksType) f.lksType = p.lksType;
  if (p.legalForm) f.legalForm = p.legalForm;
  for (const k of ['annualAidIdr', 'totalAssetsIdr', 'publicFundraisingIdr', 'clientsServed', 'staffCount', 'foundingYear'] as const) if (p[k] !== undefined) f[k] = p[k];
  for (const k of ['runsBusinessUnit', 'receivesGovernmentGrants', 'collectsZakat', 'operatesInMultipleRegencies'] as const) if (p[k] !== undefined) f[k] = p[k];
  return f;
}

/** Evidence kinds linked to each indicator code, for the "missing evidence" lists. */
export function linkedEvidenceKinds(detail: Pick<AssessmentDetail, 'links'>, evidence: Pick<EvidenceItem, 'id' | 'kind'>[], target: 'indicator' | 'gcg' = 'indicator'): Record<string, string[]> {
  const kindOf = new Map(evidence.map((e) => [e.id, e.kind]));
  const out: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(detail.links)) {
    const [t, code] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (t !== target) continue;
    out[code] = ids.map((id) => kindOf.get(id)).filter((k): k is string => !!k);
  }
  return out;
}
