// Data of the evidence screen: the evidence list, the kinds for the dropdown, and readable names of linked items.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EvidenceItem, EvidenceLink } from '../../../shared/api/contract-evidence';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { call } from '../../api/client';
import { useRoundData, useRounds } from '../../app/round';
import { useI18n } from '../../i18n/i18n';
import { mergeKinds, plainError, type KindDef } from './helpers';

/** Without any round yet, the kinds come from the bundled instrument and checklist. */
async function defaultKinds(): Promise<KindDef[]> {
  const list = await call('instrument.list', {});
  const pick = (kind: 'instrument' | 'checklist') => list.find((d) => d.kind === kind && d.source === 'bundled') ?? list.find((d) => d.kind === kind);
  const defs = await Promise.all((['instrument', 'checklist'] as const).map((k) => pick(k)).filter((d) => !!d)
    .map((d) => call('instrument.get', { kind: d!.kind, id: d!.id, version: d!.version }) as Promise<{ evidenceKinds?: KindDef[] }>));
  return mergeKinds(...defs.map((d) => d.evidenceKinds));
}

export function useLocker(networkText: string) {
  const { lang } = useI18n();
  const { roundId, rounds } = useRounds();
  const round = useRoundData(roundId);
  const [evidence, setEvidence] = useState<EvidenceItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fallbackKinds, setFallbackKinds] = useState<KindDef[]>([]);

  const reload = useCallback(async () => {
    try {
      setEvidence(await call('evidence.list', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(plainError(e, lang, networkText));
    }
  }, [lang, networkText]);
  useEffect(() => { void reload(); }, [reload]);

  const instrument: Instrument | null = round.data?.instrument ?? null;
  const checklist: Checklist | null = round.data?.checklist ?? null;
  useEffect(() => {
    if (instrument || fallbackKinds.length) return;
    defaultKinds().then(setFallbackKinds, () => {});
  }, [instrument, fallbackKinds.length]);

  const kinds = useMemo(
    () => (instrument ? mergeKinds(instrument.evidenceKinds, checklist?.evidenceKinds) : fallbackKinds),
    [instrument, checklist, fallbackKinds],
  );

  /** Code → question text of the current round's indicators and GCG items. */
  const texts = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of instrument?.components ?? []) for (const i of c.indicators) m.set(`indicator:${i.code}`, i.question[lang]);
    for (const i of checklist?.items ?? []) m.set(`gcg:${i.code}`, i.text[lang]);
    return m;
  }, [instrument, checklist, lang]);

  const describe = useCallback((l: EvidenceLink): { code: string; text: string | null; round: string | null } => {
    const own = l.assessmentId === roundId;
    return {
      code: `${l.target === 'gcg' ? 'GCG ' : ''}${l.code}`,
      text: own ? texts.get(`${l.target}:${l.code}`) ?? null : null,
      round: own ? null : rounds.find((r) => r.id === l.assessmentId)?.name ?? `#${l.assessmentId}`,
    };
  }, [roundId, rounds, texts]);

  return { evidence, setEvidence, loadError, reload, kinds, describe, roundId };
}
