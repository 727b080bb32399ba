// The assessment round the LKS screens work on, remembered per workspace tab, plus everything needed to score it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AssessmentDetail, AssessmentSummary } from '../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../shared/api/contract-evidence';
import { engineAnswers, engineGcgAnswers, factsFromProfile, linkedEvidenceKinds } from '../../shared/assessment/inputs';
import type { Checklist, Instrument } from '../../shared/instrument/schema';
import type { Profile } from '../../shared/profile';
import { scoreAll, type ScoreAllResult } from '../../shared/scoring/index';
import { createScorer, type Scorer } from '../../shared/scoring/incremental';
import { call } from '../api/client';
import { localIsoDate } from '../../shared/dates';

const KEY = 'swanilai.round';

interface RoundState {
  rounds: AssessmentSummary[];
  roundId: number | null;
  selectRound(id: number | null): void;
  refreshRounds(): Promise<void>;
}

const RoundContext = createContext<RoundState>({ rounds: [], roundId: null, selectRound: () => {}, refreshRounds: async () => {} });

export function RoundProvider({ children }: { children: ReactNode }) {
  const [rounds, setRounds] = useState<AssessmentSummary[]>([]);
  const [roundId, setRoundId] = useState<number | null>(() => Number(localStorage.getItem(KEY)) || null);
  const refreshRounds = useCallback(async () => {
    const list = await call('assessment.list', {});
    setRounds(list);
    // Keep the chosen round if it still exists, else fall back to the newest one.
    setRoundId((cur) => (cur && list.some((r) => r.id === cur) ? cur : list[0]?.id ?? null));
  }, []);
  // A failed first load (back end gone, damaged database) leaves the list empty; the screen shows its own error.
  useEffect(() => { refreshRounds().catch(() => {}); }, [refreshRounds]);
  useEffect(() => { if (roundId) localStorage.setItem(KEY, String(roundId)); else localStorage.removeItem(KEY); }, [roundId]);
  const value = useMemo(() => ({ rounds, roundId, selectRound: setRoundId, refreshRounds }), [rounds, roundId, refreshRounds]);
  return <RoundContext.Provider value={value}>{children}</RoundContext.Provider>;
}

export const useRounds = () => useContext(RoundContext);

export interface RoundData {
  detail: AssessmentDetail;
  instrument: Instrument;
  checklist: Checklist | null;
  profile: Profile | null;
  evidence: EvidenceItem[];
  result: ScoreAllResult;
}

/**
 * Scores a round in the renderer (the engine is pure), so every change recomputes instantly. The screens pass an
 * incremental scorer (shared/scoring/incremental.ts): an answer change re-scores one component, and the gaps list
 * and plan are computed only when the results screen reads them (300 indicators: under 1 ms instead of ~0.5 s).
 */
export function computeRound(detail: AssessmentDetail, instrument: Instrument, checklist: Checklist | null, profile: Profile | null, evidence: EvidenceItem[], today = localIsoDate(), score: Scorer = scoreAll): ScoreAllResult {
  return score(instrument, engineAnswers(detail), factsFromProfile(profile), {
    checklist: checklist ?? undefined, gcgAnswers: engineGcgAnswers(detail), assessedOn: today, linkedEvidence: linkedEvidenceKinds(detail, evidence),
    permitExpiresOn: profile?.registration?.izinOperasionalExpiry || undefined,
    prerequisites: { profile, evidence, today },
  });
}

const definitionCache = new Map<string, unknown>();
async function definition<T>(kind: 'instrument' | 'checklist', id: string, version: string): Promise<T> {
  const key = `${kind}:${id}@${version}`;
  if (!definitionCache.has(key)) definitionCache.set(key, await call('instrument.get', { kind, id, version }));
  return definitionCache.get(key) as T;
}

/** Loads a round and all it needs; `setDetail` lets screens apply saved changes without a reload. */
export function useRoundData(roundId: number | null) {
  const [state, setState] = useState<Omit<RoundData, 'result'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!roundId) { setState(null); return; }
    try {
      const detail = await call('assessment.get', { id: roundId });
      const [instrument, checklist, profile, evidence] = await Promise.all([
        definition<Instrument>('instrument', detail.instrument.id, detail.instrument.version),
        detail.checklist ? definition<Checklist>('checklist', detail.checklist.id, detail.checklist.version) : Promise.resolve(null),
        call('profile.get', {}).then((p) => p.profile),
        call('evidence.list', {}),
      ]);
      setState({ detail, instrument, checklist, profile, evidence });
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [roundId]);
  useEffect(() => { void reload(); }, [reload]);
  // One scorer per screen, so its per-component memory follows this round's answers.
  const [scorer] = useState(createScorer);
  const result = useMemo(() => (state ? computeRound(state.detail, state.instrument, state.checklist, state.profile, state.evidence, localIsoDate(), scorer) : null), [state, scorer]);
  const data: RoundData | null = state && result ? { ...state, result } : null;
  const setDetail = useCallback((f: (d: AssessmentDetail) => AssessmentDetail) => setState((s) => (s ? { ...s, detail: f(s.detail) } : s)), []);
  const setEvidence = useCallback((ev: EvidenceItem[]) => setState((s) => (s ? { ...s, evidence: ev } : s)), []);
  return { data, error, reload, setDetail, setEvidence };
}
