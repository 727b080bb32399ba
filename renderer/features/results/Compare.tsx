// Compares two assessment rounds side by side: per standard, per GCG principle, total, grade and typology.
import { useEffect, useState } from 'react';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import { gradeRank, type ScoreAllResult } from '../../../shared/scoring/index';
import { call } from '../../api/client';
import { computeRound, useRounds } from '../../app/round';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { oneDecimal } from '../../../shared/format';
import { diff, range, tx } from './format';
import { M } from './messages';
import { G } from './messages-gaps';

interface Loaded { instrument: Instrument; result: ScoreAllResult }
type Cell = { value: number | null; range: { min: number; max: number } | null } | null;

async function loadRound(id: number): Promise<Loaded> {
  const detail = await call('assessment.get', { id });
  const [instrument, checklist, profile, evidence] = await Promise.all([
    call('instrument.get', { kind: 'instrument', id: detail.instrument.id, version: detail.instrument.version }) as Promise<Instrument>,
    detail.checklist ? (call('instrument.get', { kind: 'checklist', id: detail.checklist.id, version: detail.checklist.version }) as Promise<Checklist>) : Promise.resolve(null),
    call('profile.get', {}).then((p) => p.profile),
    call('evidence.list', {}),
  ]);
  return { instrument, result: computeRound(detail, instrument, checklist, profile, evidence) };
}

type Scored = { id: string; score: number | null; range: { min: number; max: number } | null };

/** Rows matched by id (standard or principle id), B's order first, then anything only A has. */
function pair<T extends Scored>(as: T[], bs: T[], label: (x: T) => string): { key: string; label: string; a: Cell; b: Cell }[] {
  const cell = (x: T | undefined): Cell => (x ? { value: x.score, range: x.range } : null);
  const out = bs.map((b) => ({ key: b.id, label: label(b), a: cell(as.find((x) => x.id === b.id)), b: cell(b) }));
  for (const a of as) if (!bs.some((b) => b.id === a.id)) out.push({ key: a.id, label: label(a), a: cell(a), b: null });
  return out;
}

function useRound(id: number | null) {
  const [state, setState] = useState<{ id: number; data?: Loaded; error?: string } | null>(null);
  useEffect(() => {
    if (!id) { setState(null); return; }
    let live = true;
    setState({ id });
    loadRound(id).then((data) => live && setState({ id, data }), (e) => live && setState({ id, error: (e as Error).message }));
    return () => { live = false; };
  }, [id]);
  return state?.id === id ? state : null;
}

export function Compare() {
  const { lang } = useI18n();
  const t = useMessages(G);
  const tm = useMessages(M);
  const { rounds, roundId } = useRounds();
  const [b, setB] = useState<number | null>(roundId);
  const [a, setA] = useState<number | null>(() => {
    const cur = rounds.find((r) => r.id === roundId);
    const older = rounds.filter((r) => r.id !== roundId && (!cur || r.createdAt <= cur.createdAt));
    return (older[0] ?? rounds.find((r) => r.id !== roundId))?.id ?? null;
  });
  const ra = useRound(a), rb = useRound(b);

  if (rounds.length < 2) return <section className="card"><h2>{t('compareTitle')}</h2><p>{t('needTwo')}</p></section>;

  const picker = (label: string, value: number | null, set: (v: number) => void, name: string) => (
    <div className="inline-field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
        {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
    </div>
  );
  const A = ra?.data, B = rb?.data;
  const differ = A && B && (A.instrument.id !== B.instrument.id || A.instrument.version !== B.instrument.version);
  const gradeLabel = (d: Loaded) => {
    const g = d.result.grade;
    const name = (x: typeof g.grade, lower = false) => (x ? `${x} ${tx(d.instrument.scoring.gradeBands.find((bd) => bd.grade === x)?.label, lang)}` : tm(lower ? 'notAccreditedLower' : 'notAccredited'));
    if (g.complete || g.range.worst === g.range.best) return name(g.range.worst);
    return tm('gradeBetween', { worst: name(g.range.worst, true), best: name(g.range.best, true) });
  };
  const typLabel = (d: Loaded) => {
    const ty = d.result.typology, r = d.result.typologyRange;
    if (ty) return `${ty.typology} ${tx(ty.label, lang)}`;
    if (!r) return '—';
    return r.worst.typology === r.best.typology ? `${r.worst.typology} ${tx(r.worst.label, lang)}` : `${r.worst.typology}–${r.best.typology}`;
  };

  const show = (c: Cell) => (!c ? <span className="muted">{t('notInRound')}</span>
    : c.value !== null ? oneDecimal(c.value, lang)
      : c.range ? <>{range(c.range.min, c.range.max, lang)} <small className="muted">({tm('rangeNote')})</small></> : '—');
  const delta = (x: Cell, y: Cell) => {
    if (!x || !y || x.value === null || y.value === null) return <span className="muted small">{x && y ? t('diffUnknown') : '—'}</span>;
    const d = diff(y.value - x.value, lang);
    return <span className={`delta ${d.dir}`} aria-label={`${t(d.dir)} ${d.text.replace(/^[▲▼=]\s*/, '')}`}>{d.text}</span>;
  };
  let body = null;
  if (a === b) body = <p className="notice warn">{t('sameRound')}</p>;
  else if (ra?.error || rb?.error) body = <p className="error" role="alert">{ra?.error ?? rb?.error}</p>;
  else if (!A || !B) body = <p className="muted" aria-busy="true">{t('loadingRound')}</p>;
  else {
    const std = pair(A.result.score.components, B.result.score.components, (c) => `${c.code} ${tx(c.title, lang)}`);
    const gcg = pair(A.result.gcg?.principles ?? [], B.result.gcg?.principles ?? [], (p) => tx(p.title, lang));
    const total = (d: Loaded): Cell => ({ value: d.result.score.total, range: d.result.score.range });
    const gradeDelta = A.result.grade.complete && B.result.grade.complete
      ? Math.sign(gradeRank(A.result.grade.grade) - gradeRank(B.result.grade.grade)) : null;
    const head = (first: string) => (
      <thead><tr><th scope="col">{first}</th><th scope="col">{t('colA')}</th><th scope="col">{t('colB')}</th><th scope="col">{t('colDiff')}</th></tr></thead>
    );
    body = <>
      {differ && <p className="notice warn" role="note">{t('versionsDiffer', { a: `${A.instrument.id} ${A.instrument.version}`, b: `${B.instrument.id} ${B.instrument.version}` })}</p>}
      <div className="table-scroll">
        <table className="data compare-table" data-testid="compare-standards">
          <caption>{t('standardsSection')}</caption>
          {head(t('colItem'))}
          <tbody>
            {std.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td>{show(r.a)}</td><td>{show(r.b)}</td><td>{delta(r.a, r.b)}</td></tr>)}
            <tr className="total-row"><th scope="row">{t('rowTotal')}</th><td>{show(total(A))}</td><td>{show(total(B))}</td><td>{delta(total(A), total(B))}</td></tr>
            <tr><th scope="row">{t('rowGrade')}</th><td>{gradeLabel(A)}</td><td>{gradeLabel(B)}</td>
              <td>{gradeDelta === null ? <span className="muted small">—</span> : <span className={`delta ${gradeDelta > 0 ? 'up' : gradeDelta < 0 ? 'down' : 'same'}`}>{gradeDelta > 0 ? `▲ ${t('up')}` : gradeDelta < 0 ? `▼ ${t('down')}` : `= ${t('same')}`}</span>}</td></tr>
            <tr><th scope="row">{t('rowTypology')}</th><td>{typLabel(A)}</td><td>{typLabel(B)}</td><td><span className="muted small">—</span></td></tr>
          </tbody>
        </table>
      </div>
      {gcg.length > 0 && (
        <div className="table-scroll">
          <table className="data compare-table" data-testid="compare-gcg">
            <caption>{t('gcgSection')}</caption>
            {head(t('colItem'))}
            <tbody>{gcg.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td>{show(r.a)}</td><td>{show(r.b)}</td><td>{delta(r.a, r.b)}</td></tr>)}</tbody>
          </table>
        </div>
      )}
    </>;
  }

  return (
    <section className="card compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compareTitle')}</h2>
      <p className="muted">{t('compareIntro')}</p>
      <div className="toolbar">
        {picker(t('roundA'), a, setA, 'roundA')}
        {picker(t('roundB'), b, setB, 'roundB')}
      </div>
      {body}
    </section>
  );
}
