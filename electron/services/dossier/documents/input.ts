// What every dossier document is built from, and small look-ups the documents share.
import type { AssessmentDetail } from '../../../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../../../shared/api/contract-evidence';
import type { Finding } from '../../../../shared/dossier/manifest';
import type { Checklist, Instrument } from '../../../../shared/instrument/schema';
import type { Profile } from '../../../../shared/profile';
import type { ScoreAllResult } from '../../../../shared/scoring/index';

export interface DossierDocumentsInput {
  profile: Profile | null;
  roundName: string;
  instrument: Instrument;
  checklist: Checklist | null;
  /** Answers, notes, N/A reasons and evidence links of the round. */
  detail: AssessmentDetail;
  result: ScoreAllResult;
  evidence: EvidenceItem[];
  findings: Finding[];
  language: 'id' | 'en';
  /** YYYY-MM-DD: the day printed on the documents; evidence that ended before it is expired. */
  today: string;
  /** Sender key fingerprint, printed on the letter. */
  fingerprint?: string;
  /** Names of the profile's region codes (the caller resolves them); codes without a name are printed as codes. */
  regionNames?: Record<string, string>;
}

export const lksName = (input: DossierDocumentsInput, lang: 'id' | 'en') => input.profile?.name?.trim() || (lang === 'id' ? 'LKS (nama belum diisi)' : 'LKS (name not filled in)');

/** Titles of the evidence linked to "indicator:CODE" / "gcg:CODE" in this round, in the order of the evidence list. */
export function linkedTitles(input: DossierDocumentsInput, key: string): string[] {
  const ids = new Set(input.detail.links[key] ?? []);
  return input.evidence.filter((e) => ids.has(e.id)).map((e) => e.title);
}

/** The regency (kabupaten/kota) name, for the letter's place and the Dinas Sosial it goes through. */
export function regionName(input: DossierDocumentsInput, level: 'province' | 'regency' | 'district' | 'village'): string | null {
  const code = input.profile?.address?.region?.[level];
  if (!code) return null;
  return input.regionNames?.[code] ?? code;
}
