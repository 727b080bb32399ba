// Computes the full result of an assessment round on the back end (for reports and the CLI).
import { localIsoDate } from '../../../shared/dates';
import { engineAnswers, engineGcgAnswers, factsFromProfile, linkedEvidenceKinds } from '../../../shared/assessment/inputs';
import { scoreAll, type ScoreAllResult } from '../../../shared/scoring/index';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import type { Profile } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { getChecklist, getInstrument } from '../instruments/catalog';
import { listEvidence } from '../evidence/service';
import { readProfile } from '../handlers/profile';
import { getAssessment } from './service';

export interface AssessmentResults {
  detail: ReturnType<typeof getAssessment>;
  instrument: Instrument;
  checklist: Checklist | null;
  profile: Profile | null;
  result: ScoreAllResult;
}

export function computeResults(ctx: HandlerContext, assessmentId: number): AssessmentResults {
  const detail = getAssessment(ctx, assessmentId);
  const instrument = getInstrument(ctx, detail.instrument.id, detail.instrument.version);
  const checklist = detail.checklist ? getChecklist(ctx, detail.checklist.id, detail.checklist.version) : null;
  const profile = readProfile(ctx).profile;
  const evidence = listEvidence(ctx);
  const today = localIsoDate(ctx.now());
  const result = scoreAll(instrument, engineAnswers(detail), factsFromProfile(profile), {
    checklist: checklist ?? undefined,
    gcgAnswers: engineGcgAnswers(detail),
    assessedOn: today,
    linkedEvidence: linkedEvidenceKinds(detail, evidence),
    permitExpiresOn: profile?.registration?.izinOperasionalExpiry || undefined,
    prerequisites: { profile, evidence, today },
  });
  return { detail, instrument, checklist, profile, result };
}
