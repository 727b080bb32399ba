// One review's data (detail + comparison) and its changes, saved one after another; reloads once the queue is empty.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComparisonView, ReviewDetail } from '../../../shared/api/contract-review';
import type { ReviewState } from '../../../shared/review/model';
import { call } from '../../api/client';
import type { SaveState } from '../../components/useAutosave';
import { useI18n } from '../../i18n/i18n';
import { plainError } from '../evidence/helpers';

export type Target = 'indicator' | 'gcg';
export type GcgValue = 'met' | 'partial' | 'not-met' | 'na';
export interface ItemChange {
  level?: number | null;
  notApplicable?: { reason: string } | null;
  gcgValue?: GcgValue | null;
  note?: string | null;
  observation?: string | null;
}
export interface Texts { blind?: boolean; assessorName?: string | null; visitSummary?: string | null; findings?: string | null; recommendation?: string | null }
type ItemView = ReviewDetail['items'][string];

export const keyOf = (target: Target, code: string) => `${target}:${code}`;

/** The item as the screen should show it right away, before the back end answers (the reload then corrects it). */
function applyLocal(d: ReviewDetail, target: Target, code: string, c: ItemChange): ReviewDetail {
  const key = keyOf(target, code);
  const before: ItemView = d.items[key] ?? {
    target, code, level: null, notApplicable: false, reason: null, gcgValue: null, note: null, observation: null,
    state: 'diajukan', revisionRequest: null, updatedAt: new Date().toISOString(), needsComment: false,
  };
  const next: ItemView = { ...before };
  if (c.level !== undefined) { next.level = c.level; if (c.level !== null) { next.notApplicable = false; next.reason = null; } }
  if (c.notApplicable !== undefined) {
    next.notApplicable = c.notApplicable !== null;
    next.reason = c.notApplicable?.reason ?? null;
    if (next.notApplicable) next.level = null;
    if (target === 'gcg') next.gcgValue = c.notApplicable ? 'na' : next.gcgValue === 'na' ? null : next.gcgValue;
  }
  if (c.gcgValue !== undefined) next.gcgValue = c.gcgValue;
  if (c.note !== undefined) next.note = c.note;
  if (c.observation !== undefined) next.observation = c.observation;
  return { ...d, items: { ...d.items, [key]: next } };
}

export function useReview(id: number) {
  const { lang } = useI18n();
  const [detail, setDetail] = useState<ReviewDetail | null>(null);
  const [comparison, setComparison] = useState<ComparisonView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const loadSeq = useRef(0);
  const langRef = useRef(lang);
  langRef.current = lang;

  const reload = useCallback(async () => {
    const mine = ++loadSeq.current;
    try {
      const [d, c] = await Promise.all([call('review.get', { id }), call('review.compare', { id })]);
      // A save queued meanwhile will reload again; showing this older state now would undo its optimistic change.
      if (mine === loadSeq.current && pending.current === 0) { setDetail(d); setComparison(c); setLoadError(null); }
    } catch (e) {
      if (mine === loadSeq.current) setLoadError(plainError(e, langRef.current, ''));
    }
  }, [id]);

  useEffect(() => { setDetail(null); setComparison(null); setSave({ kind: 'idle' }); void reload(); }, [reload]);

  /** Runs one change after the ones before it; rejects with the back end's error (callers that show it catch it). */
  const run = useCallback(<T,>(job: () => Promise<T>, keepalive = false): Promise<T> => {
    pending.current++;
    setSave({ kind: 'saving' });
    const p = (keepalive ? job() : chain.current.then(job)).then(
      (v) => {
        pending.current--;
        if (pending.current === 0) { setSave({ kind: 'saved', at: new Date() }); void reload(); }
        return v;
      },
      (e: unknown) => {
        pending.current--;
        setSave({ kind: 'failed', message: plainError(e, langRef.current, '') });
        if (pending.current === 0) void reload(); // the screen may show a choice that did not reach the disk
        throw e;
      },
    );
    if (!keepalive) chain.current = p.catch(() => {});
    return p;
  }, [reload]);

  const setItem = useCallback((target: Target, code: string, change: ItemChange, opts: { keepalive?: boolean } = {}) => {
    setDetail((d) => d && applyLocal(d, target, code, change));
    return run(() => call('review.setItem', { reviewId: id, target, code, ...change }, { keepalive: opts.keepalive }), !!opts.keepalive).catch(() => null);
  }, [id, run]);

  const setItemState = useCallback((target: Target, code: string, state: ReviewState, revisionRequest: string | null) =>
    run(() => call('review.setItemState', { reviewId: id, target, code, state, revisionRequest })), [id, run]);

  const undo = useCallback(() => run(() => call('review.undo', { reviewId: id })), [id, run]);

  const update = useCallback((t: Texts, keepalive = false) => run(() => call('review.update', { reviewId: id, ...t }, { keepalive }), keepalive), [id, run]);
  const setState = useCallback((state: ReviewState, comment: string | null) => run(() => call('review.setState', { reviewId: id, state, comment })), [id, run]);
  const finalize = useCallback(() => run(() => call('review.finalize', { reviewId: id })), [id, run]);
  const reopen = useCallback((reason: string) => run(() => call('review.reopen', { reviewId: id, reason })), [id, run]);

  return { detail, comparison, loadError, save, reload, setItem, setItemState, undo, update, setState, finalize, reopen };
}

export type Review = ReturnType<typeof useReview>;
