// Saves answers one after another (so they land in order), shows the save state and applies what the back end stored; undo.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentDetail, StoredAnswer, Target } from '../../../shared/api/contract-assessment';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { call } from '../../api/client';
import type { SaveState } from '../../components/useAutosave';

type SetDetail = (f: (d: AssessmentDetail) => AssessmentDetail) => void;
export type IndicatorChange = { level: number } | { notApplicable: true; reason: string } | null;

const mapKey = (t: Target): 'indicators' | 'gcg' => (t === 'indicator' ? 'indicators' : 'gcg');

/** Puts one stored answer (or its removal) into the round detail. */
export function applyStored(d: AssessmentDetail, target: Target, code: string, a: StoredAnswer | null, undoDepth?: number): AssessmentDetail {
  const key = mapKey(target);
  const map = { ...d[key] };
  if (a) map[code] = a; else delete map[code];
  return { ...d, [key]: map, ...(undoDepth === undefined ? {} : { undoDepths: { ...d.undoDepths, [target]: undoDepth } }) };
}

/** The round's evidence links, rebuilt from the evidence list after AttachEvidence changed something. */
export function linksFromEvidence(evidence: EvidenceItem[], assessmentId: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const e of [...evidence].sort((a, b) => a.id - b.id)) {
    for (const l of e.links) if (l.assessmentId === assessmentId) (out[`${l.target}:${l.code}`] ??= []).push(e.id);
  }
  return out;
}

/** keepalive: the page is closing, send at once; assessmentId: the round the change was made in. */
export interface SaveOpts { keepalive?: boolean; assessmentId?: number }

const blank = (): StoredAnswer => ({ level: null, notApplicable: false, reason: null, gcgValue: null, note: null, updatedAt: new Date().toISOString() });

export interface Undone { target: Target; code: string }

export function useSaver(assessmentId: number | null, setDetail: SetDetail, resync: () => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const seq = useRef(new Map<string, number>());
  const idRef = useRef(assessmentId);
  idRef.current = assessmentId;
  useEffect(() => { setState({ kind: 'idle' }); }, [assessmentId]);

  /** Queues a save; answers are applied only if no later save for the same item is waiting. */
  const enqueue = useCallback(<T,>(key: string | null, job: (id: number) => Promise<T>, apply: (v: T, latest: boolean) => void, opts: SaveOpts = {}): Promise<boolean> => {
    // A note flushed while its round is being switched away still belongs to that round.
    const id = opts.assessmentId ?? idRef.current;
    const now = !!opts.keepalive;
    if (!id) return Promise.resolve(false);
    const mine = key ? (seq.current.get(key) ?? 0) + 1 : 0;
    if (key) seq.current.set(key, mine);
    pending.current++;
    setState({ kind: 'saving' });
    // A save while the page is closing (keepalive) cannot wait for the queue.
    const p = (now ? job(id) : chain.current.then(() => job(id))).then(
      (v) => {
        pending.current--;
        if (idRef.current === id) apply(v, !key || seq.current.get(key) === mine);
        if (pending.current === 0) setState({ kind: 'saved', at: new Date() });
        return true;
      },
      (e: Error) => {
        pending.current--;
        setState({ kind: 'failed', message: e.message });
        resync(); // the screen may show a choice that did not reach the disk
        return false;
      },
    );
    if (!now) chain.current = p;
    return p;
  }, [resync]);

  const setIndicator = useCallback((code: string, change: { answer?: IndicatorChange; note?: string | null }, opts: SaveOpts = {}) => {
    if (change.answer !== undefined) {
      const a = change.answer;
      setDetail((d) => applyStored(d, 'indicator', code, {
        ...(d.indicators[code] ?? blank()),
        level: a && 'level' in a ? a.level : null, notApplicable: !!a && 'notApplicable' in a, reason: a && 'notApplicable' in a ? a.reason : null,
      }));
    }
    return enqueue(`indicator:${code}`, (id) => call('assessment.setAnswer', { assessmentId: id, code, ...change }, { keepalive: opts.keepalive }),
      (r, latest) => setDetail((d) => (latest ? applyStored(d, 'indicator', code, r.answer, r.undoDepth) : { ...d, undoDepths: { ...d.undoDepths, indicator: r.undoDepth } })), opts);
  }, [enqueue, setDetail]);

  const setGcg = useCallback((code: string, change: { value?: StoredAnswer['gcgValue']; reason?: string; note?: string | null }, opts: SaveOpts = {}) => {
    if (change.value !== undefined) setDetail((d) => applyStored(d, 'gcg', code, { ...(d.gcg[code] ?? blank()), gcgValue: change.value ?? null, reason: change.value === 'na' ? change.reason ?? null : null }));
    return enqueue(`gcg:${code}`, (id) => call('assessment.setGcgAnswer', { assessmentId: id, code, ...change }, { keepalive: opts.keepalive }),
      (r, latest) => setDetail((d) => (latest ? applyStored(d, 'gcg', code, r.answer, r.undoDepth) : { ...d, undoDepths: { ...d.undoDepths, gcg: r.undoDepth } })), opts);
  }, [enqueue, setDetail]);

  /** Undoes the newest change made on this screen's kind of item. */
  const undo = useCallback(async (target: Target): Promise<Undone | null> => {
    let undone: Undone | null = null;
    await enqueue(null, (id) => call('assessment.undo', { assessmentId: id, target }), (r) => {
      if (r.undone) {
        const u = r.undone;
        undone = { target: u.target, code: u.code };
        setDetail((d) => applyStored(d, u.target, u.code, u.answer, r.undoDepth));
      } else setDetail((d) => ({ ...d, undoDepths: { ...d.undoDepths, [target]: r.undoDepth } }));
    });
    return undone;
  }, [enqueue, setDetail]);

  return { state, setIndicator, setGcg, undo };
}

export type Saver = ReturnType<typeof useSaver>;
