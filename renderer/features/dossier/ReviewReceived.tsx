// "Hasil tinjauan BALKS": import the signed review file the assessor sends back (picker or drop), see the assessor's
// scores next to the LKS's own, and mark the items BALKS asked to revise as "diperbaiki" for the next dossier.
import { useId, useRef, useState, type DragEvent } from 'react';
import type { AssessmentDetail } from '../../../shared/api/contract-assessment';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import type { ReviewItem } from '../../../shared/review/model';
import { oneDecimal } from '../../../shared/format';
import { useRoundData, useRounds } from '../../app/round';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';
import { R } from './messages-review';
import { useReviewImport, type Mark, type Outcome, type Received } from './useReviewImport';
import './review-received.css';

type T = ReturnType<typeof useMessages<keyof typeof R.id>>;

function when(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

function OutcomeNotice({ outcome, roundId }: { outcome: Outcome; roundId: number }) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const { rounds } = useRounds();
  if (outcome.kind === 'imported' || outcome.kind === 'already') {
    const other = outcome.assessmentId !== null && outcome.assessmentId !== roundId ? rounds.find((r) => r.id === outcome.assessmentId) : undefined;
    return (
      <div className={`notice ${outcome.kind === 'imported' ? 'okay' : 'warn'} rv-outcome`}>
        <p>{outcome.kind === 'imported' ? t('imported', { name: outcome.name }) : t('already', { name: outcome.name })}</p>
        {other && <p>{t('otherRound', { round: other.name })}</p>}
      </div>
    );
  }
  if (outcome.kind === 'failed') return <p className="notice bad rv-outcome">{t('failed', { message: outcome.message })}</p>;
  if (outcome.kind !== 'refused') return null;
  const first = outcome.problems[0];
  return (
    <div className="notice bad rv-outcome rv-refused">
      <p><strong>{t('refused', { name: outcome.name, message: first ? first.message[lang] : '' })}</strong> {t('refusedNothing')}</p>
      {outcome.problems.length > 0 && (
        <details>
          <summary>{t('details')} ({t('problemCount', { n: outcome.problems.length })})</summary>
          <ul>
            {outcome.problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.message[lang]}{p.entry ? <> — <code>{p.entry}</code></> : null}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}

interface Lookup { detail: AssessmentDetail; instrument: Instrument; checklist: Checklist | null }

function titleOf(l: Lookup | null, item: Pick<ReviewItem, 'target' | 'code'>, lang: 'id' | 'en'): string {
  if (!l) return '';
  const text = item.target === 'indicator'
    ? l.instrument.components.flatMap((c) => c.indicators).find((i) => i.code === item.code)?.question
    : l.checklist?.items.find((i) => i.code === item.code)?.text;
  return text ? text[lang] || text.id : '';
}

/** The LKS's own answer and the assessor's, as words; `delta` is assessor − own in levels when both have one. */
function answers(l: Lookup | null, item: ReviewItem, t: T) {
  const own = l ? (item.target === 'indicator' ? l.detail.indicators[item.code] : l.detail.gcg[item.code]) : undefined;
  const show = (a: { level: number | null; notApplicable: boolean; gcgValue: string | null } | undefined) => {
    if (!a) return null;
    if (item.target === 'gcg') return a.gcgValue ? t(`gcg.${a.gcgValue as 'met'}`) : a.notApplicable ? t('na') : null;
    return a.notApplicable ? t('na') : a.level !== null ? t('level', { n: a.level }) : null;
  };
  const delta = item.target === 'indicator' && own && !own.notApplicable && own.level !== null && !item.notApplicable && item.level !== null ? item.level - own.level : null;
  return { own: show(own), assessor: show(item), delta };
}

function Delta({ d }: { d: number | null }) {
  if (d === null || d === 0) return null;
  return <span className={`rv-delta ${d > 0 ? 'up' : 'down'}`}>{d > 0 ? `▲ +${d}` : `▼ −${-d}`}</span>;
}

function RevisionItem({ item, title, own, assessor, delta, mark, onMark }: {
  item: ReviewItem; title: string; own: string | null; assessor: string | null; delta: number | null; mark: Mark | undefined;
  onMark(note: string | null, clear: boolean): Promise<void>;
}) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const uid = useId();
  const [note, setNote] = useState(mark?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ text: string; bad?: boolean } | null>(null);
  const run = async (n: string | null, clear: boolean, done?: string) => {
    setBusy(true);
    setMsg(null);
    try { await onMark(n, clear); if (done) setMsg({ text: done }); } catch (e) { setMsg({ text: t('markFailed', { message: plainError(e, lang, t('errNetwork')) }), bad: true }); } finally { setBusy(false); }
  };
  const dirty = !!mark && note.trim() !== (mark.note ?? '');
  return (
    <li className={`rv-rev${mark ? ' fixed' : ''}`} data-code={item.code}>
      <div className="rv-rev-head">
        <h4><span className="rv-code">{item.code}</span> {title}</h4>
        <span className="rv-rev-scores">
          {t('colOwn')}: <strong>{own ?? t('none')}</strong> · {t('colAssessor')}: <strong>{assessor ?? t('none')}</strong> <Delta d={delta} />
        </span>
      </div>
      <p className="rv-ask"><span className="rv-ask-label">{t('asked')}:</span> {item.revisionRequest ?? t('none')}</p>
      {item.note && <p className="rv-note"><span className="rv-ask-label">{t('colNotes')}:</span> {item.note}</p>}
      <div className="rv-mark">
        <label className="rv-toggle">
          <input type="checkbox" checked={!!mark} disabled={busy} onChange={(e) => void run(note, !e.target.checked)} />
          <span>{t('markFixed')} <span className="visually-hidden">({item.code})</span></span>
        </label>
        {mark && <span className="rv-marked"><span aria-hidden="true">✓ </span>{t('marked', { date: when(mark.markedAt, lang) })}</span>}
        <a href={item.target === 'gcg' ? '#/gcg' : '#/assessment'} className="rv-fix">{t('goFix', { screen: t(item.target === 'gcg' ? 'screenGcg' : 'screenAssessment') })}</a>
      </div>
      <div className="rv-note-field">
        <label htmlFor={`${uid}-note`}>{t('markNote')} <span className="visually-hidden">({item.code})</span></label>
        <textarea id={`${uid}-note`} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        {dirty && <button type="button" className="btn secondary rv-save" disabled={busy} onClick={() => void run(note, false, t('noteSaved'))}>{t('saveNote')}</button>}
      </div>
      <p className={msg?.bad ? 'rv-msg bad' : 'rv-msg'} role={msg?.bad ? 'alert' : 'status'}>{msg?.text ?? ''}</p>
    </li>
  );
}

function ReceivedReview({ r, lookup, marks, onMark, headingId }: {
  r: Received; lookup: Lookup | null; marks: Mark[]; onMark(target: 'indicator' | 'gcg', code: string, note: string | null, clear: boolean): Promise<void>; headingId: string;
}) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const m = r.manifest;
  const uid = useId();
  const [showAll, setShowAll] = useState(false);
  const order = (i: ReviewItem) => (i.state === 'perlu-perbaikan' ? 0 : 1);
  const items = [...m.items].sort((a, b) => order(a) - order(b) || (a.target === b.target ? 0 : a.target === 'indicator' ? -1 : 1) || a.code.localeCompare(b.code, undefined, { numeric: true }));
  // By default only what needs attention: revision requests, scores unlike the LKS's own, the assessor's notes.
  const notable = (i: ReviewItem) => {
    const a = answers(lookup, i, t);
    return i.state === 'perlu-perbaikan' || !!i.note || !!i.observation || (a.own !== null && a.assessor !== null && a.own !== a.assessor);
  };
  const shown = showAll ? items : items.filter(notable);
  const revise = items.filter((i) => i.state === 'perlu-perbaikan');
  const res = m.results;
  const texts = ([['summaryVisit', m.summary.visit], ['summaryFindings', m.summary.findings], ['summaryRecommendation', m.summary.recommendation]] as const).filter(([, v]) => v);
  return (
    <article className="rv-review" aria-labelledby={headingId} data-review-uid={m.reviewUid}>
      <header className="rv-review-head">
        <h3 id={headingId}>{t('reviewOf', { name: m.assessor.name ?? t('assessorUnnamed') })}</h3>
        <span className={`rv-state s-${m.state}`}>{t(`state.${m.state}`)}</span>
        <span className={`rv-kind ${m.final ? 'final' : 'draft'}`}>{m.final ? t('final') : t('draft')}</span>
      </header>
      <dl className="rv-facts">
        <div><dt>{t('fingerprint')}</dt><dd><code className="rv-fp" data-testid="review-fingerprint">{r.assessorFingerprint}</code></dd></div>
        <div><dt>{t('made')}</dt><dd>{when(m.createdAt, lang)}</dd></div>
        <div><dt>{t('received')}</dt><dd>{when(r.receivedAt, lang)}</dd></div>
      </dl>
      <div className="rv-results" role="note">
        <strong className="rv-estimate">{t('estimate')}</strong>
        <div>
          <strong>{t('results')}:</strong>{' '}
          {t('resultsLine', {
            total: res.total === null ? t('none') : oneDecimal(res.total, lang), grade: res.grade ?? t('notAccredited'), typology: res.typology ?? t('none'),
          })}{!res.complete && <> {t('incomplete')}</>}
          <span className="rv-results-note">{res.note[lang] || res.note.id}</span>
        </div>
      </div>
      {texts.map(([k, v]) => <div key={k} className="rv-text"><h4>{t(k)}</h4><p>{v}</p></div>)}

      <section className="rv-revisions" aria-label={t('revisionsTitle', { n: revise.length })}>
        {revise.length === 0 ? <p className="muted">{t('revisionsNone')}</p> : <>
          <h4 className="rv-rev-title">{t('revisionsTitle', { n: revise.length })}</h4>
          <p className="rv-carries">{t('carries')}</p>
          <ul className="rv-rev-list">
            {revise.map((i) => {
              const a = answers(lookup, i, t);
              return <RevisionItem key={`${i.target}:${i.code}`} item={i} title={titleOf(lookup, i, lang)} {...a}
                mark={marks.find((x) => x.target === i.target && x.code === i.code)} onMark={(n, clear) => onMark(i.target, i.code, n, clear)} />;
            })}
          </ul>
        </>}
      </section>

      <section className="rv-all" aria-labelledby={`${uid}-all`}>
        <div className="rv-all-head">
          <h4 id={`${uid}-all`}>{t('allItems')}</h4>
          <label className="rv-show-all"><input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('showAll')}</label>
        </div>
        <p className="muted rv-shown" role="status">{showAll ? t('shownAll', { all: items.length }) : t('shownSome', { n: shown.length, all: items.length })}</p>
        <div className="rv-scroll">
          <table className="table rv-table" data-testid="review-items">
            <thead><tr>
              <th scope="col">{t('colCode')}</th><th scope="col">{t('colItem')}</th><th scope="col">{t('colOwn')}</th>
              <th scope="col">{t('colAssessor')}</th><th scope="col">{t('colNotes')}</th><th scope="col">{t('colState')}</th>
            </tr></thead>
            <tbody>
              {shown.map((i) => {
                const a = answers(lookup, i, t);
                return (
                  <tr key={`${i.target}:${i.code}`} data-code={i.code} className={i.state === 'perlu-perbaikan' ? 'revise' : undefined}>
                    <td className="rv-c-code"><strong>{i.code}</strong></td>
                    <td className="rv-c-item">{titleOf(lookup, i, lang)}</td>
                    <td className="rv-c-val">{a.own ?? <span className="muted">{t('none')}</span>}</td>
                    <td className="rv-c-val">{a.assessor ?? <span className="muted">{t('none')}</span>} <Delta d={a.delta} /></td>
                    <td className="rv-c-notes">
                      {i.note && <p>{i.note}</p>}
                      {i.observation && <p><em>{t('observation')}:</em> {i.observation}</p>}
                      {i.state === 'perlu-perbaikan' && i.revisionRequest && <p className="rv-ask-inline"><strong>{t('asked')}:</strong> {i.revisionRequest}</p>}
                    </td>
                    <td><span className={`rv-state s-${i.state}`}>{t(`state.${i.state}`)}</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}

export function ReviewReceived({ roundId }: { roundId: number }) {
  const t = useMessages(R);
  const uid = useId();
  const { received, marks, loadError, job, outcome, importFile, mark } = useReviewImport(roundId);
  const { data } = useRoundData(roundId);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const lookup: Lookup | null = data ? { detail: data.detail, instrument: data.instrument, checklist: data.checklist } : null;

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files?.[0];
    if (f) void importFile(f);
  };
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types ?? []).includes('Files');

  return (
    <section className="panel rv" aria-labelledby="rv-title" data-testid="review-received">
      <h2 id="rv-title">{t('title')}</h2>
      <p className="muted rv-intro">{t('intro')}</p>
      <div className={`rv-drop${over ? ' over' : ''}`} data-testid="review-drop"
        onDragEnter={(e) => { if (hasFiles(e)) { e.preventDefault(); setOver(true); } }}
        onDragOver={(e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; } }}
        onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false); }}
        onDrop={onDrop}>
        <span className="rv-drop-icon" aria-hidden="true">⇪</span>
        <div className="rv-drop-text">
          <strong>{t('dropTitle')}</strong>
          <span className="muted">{t('dropHint')}</span>
        </div>
        <button type="button" className="btn" disabled={!!job} onClick={() => input.current?.click()}>{t('choose')}</button>
        <input ref={input} type="file" accept=".swanilai" hidden aria-label={t('fileInput')}
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      </div>
      <div role="status" aria-live="polite" className="rv-live">
        {job && (
          <div className="rv-job">
            <span>{job.phase === 'uploading' ? t('uploading', { name: job.name, pct: job.pct }) : t('checking', { name: job.name })}</span>
            <progress max={100} value={job.phase === 'uploading' ? job.pct : undefined} aria-label={t('progressOf', { name: job.name })} />
          </div>
        )}
        {!job && outcome && (outcome.kind === 'imported' || outcome.kind === 'already') && <OutcomeNotice outcome={outcome} roundId={roundId} />}
      </div>
      <div role="alert" className="rv-live">
        {!job && outcome && (outcome.kind === 'refused' || outcome.kind === 'failed') && <OutcomeNotice outcome={outcome} roundId={roundId} />}
      </div>
      {loadError && <p className="notice bad">{t('loadError', { message: loadError })}</p>}
      {received && received.length === 0 && (
        <div className="rv-empty">
          <h3>{t('emptyTitle')}</h3>
          <p>{t('emptyBody')}</p>
        </div>
      )}
      {received?.map((r, i) => <ReceivedReview key={r.id} r={r} lookup={lookup} marks={marks} headingId={`${uid}-r${i}`} onMark={mark} />)}
    </section>
  );
}
