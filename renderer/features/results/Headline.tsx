// The headline card: total (or range), projected grade with its reason, typology, validity and the estimate badge.
import type { Grade, Instrument } from '../../../shared/instrument/schema';
import { gradeRank, whyNot, type ScoreAllResult, type TypologyResult } from '../../../shared/scoring/index';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { longDate, number, oneDecimal } from '../../../shared/format';
import { range, readable, tx } from './format';
import { M } from './messages';

export function useGradeName(instrument: Instrument) {
  const { lang } = useI18n();
  const t = useMessages(M);
  return (g: Grade | null, inSentence = false) => {
    if (!g) return t(inSentence ? 'notAccreditedLower' : 'notAccredited');
    const band = instrument.scoring.gradeBands.find((b) => b.grade === g);
    return band ? `${g} — ${tx(band.label, lang)}` : g;
  };
}

export function EstimateBadge({ result }: { result: ScoreAllResult }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const o = result.origins;
  const estimate = [o.scoring, o.typology, o.validity].includes('estimate');
  return (
    <div className={`estimate-note${estimate ? '' : ' official'}`} role="note">
      <strong className="estimate-badge">{estimate ? t('estimate') : t('official')}</strong>
      <span>{tx(o.note, lang)}</span>
    </div>
  );
}

/** Plain-words reason: which band's minimum is met, and what stops the next band up. */
function reasonLines(result: ScoreAllResult, instrument: Instrument, t: ReturnType<typeof useMessages<keyof typeof M.id>>, lang: 'id' | 'en'): string[] {
  const checks = result.grade.reasons;
  const reached = result.grade.range.worst;
  const bands = [...instrument.scoring.gradeBands].sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade));
  const lines: string[] = [];
  if (reached) {
    const own = checks.find((c) => c.band === reached && c.gate === 'minTotal');
    if (own) lines.push(t('met', { detail: readable(own.detail, instrument, lang) }));
  }
  const above = bands.filter((b) => gradeRank(b.grade) < gradeRank(reached)).at(-1);
  if (above) lines.push(t('notBand', { grade: above.grade, why: readable(whyNot(checks, above.grade), instrument, lang) }));
  if (!reached && !above) lines.push(t('noneMet'));
  return lines;
}

/** Conditions that cap the typology whatever the score ("Bermasalah" is a condition); shown when even the best case is capped. */
function TypologyCaps({ result }: { result: TypologyResult | null }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  if (!result || result.capped.length === 0 || result.typology === result.band) return null;
  return <div className="typ-capped" data-testid="typology-capped">{t('typologyCapped', { typology: result.typology, reasons: result.capped.map((c) => tx(c.label, lang)).join('; ') })}</div>;
}

function typologyName(r: TypologyResult, lang: 'id' | 'en') {
  return `${r.typology} ${tx(r.label, lang)}`;
}

export function Headline({ result, instrument }: { result: ScoreAllResult; instrument: Instrument }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  const gradeName = useGradeName(instrument);
  const s = result.score;
  const g = result.grade;
  const all = s.counts.scored + s.counts.unanswered;
  const lines = reasonLines(result, instrument, t, lang);
  const typ = result.typology;
  const typRange = result.typologyRange;
  const sameTyp = typRange && typRange.worst.typology === typRange.best.typology;

  return (
    <section className="headline card" aria-labelledby="headline-title">
      <h2 id="headline-title" className="sr-only">{t('tabSummary')}</h2>
      <EstimateBadge result={result} />
      <div className="tiles">
        <div className="tile" data-testid="total">
          <div className="tile-label">{t('totalLabel')}</div>
          {s.total !== null
            ? <div className="tile-value big">{oneDecimal(s.total, lang)}<span className="of"> / 100</span></div>
            : s.range && s.counts.unanswered === 0
              ? <div className="tile-value">{t('provisional', { score: oneDecimal(s.range.min, lang) })}</div>
              : <div className="tile-value">{s.range ? t('incomplete', { range: range(s.range.min, s.range.max, lang) }) : '—'}</div>}
          <div className="tile-sub">{s.complete ? t('allAnswered', { n: all }) : s.counts.unanswered === 0 ? t('provisionalWhy') : t('unanswered', { n: s.counts.unanswered, all })}</div>
        </div>
        <div className="tile" data-testid="grade">
          <div className="tile-label">{t('gradeLabel')}</div>
          <div className={`tile-value${g.complete ? (g.grade ? ' big' : ' none') : ''}`}>
            {g.complete ? gradeName(g.grade)
              : g.range.worst === g.range.best ? gradeName(g.range.worst)
                : t('gradeBetween', { worst: gradeName(g.range.worst, true), best: gradeName(g.range.best, true) })}
          </div>
          {g.complete && g.grade && <div className="tile-sub">{t('gradeEstimate')}</div>}
        </div>
        <div className="tile" data-testid="typology">
          <div className="tile-label">{t('typologyLabel')}</div>
          <div className="tile-value">
            {typ ? typologyName(typ, lang) : typRange ? (sameTyp ? typologyName(typRange.worst, lang) : t('typologyBetween', { worst: typologyName(typRange.worst, lang), best: typologyName(typRange.best, lang) })) : '—'}
          </div>
          <div className="tile-sub">{typ ? readable(typ.note, instrument, lang) : t('typologyPending')}</div>
          <TypologyCaps result={typ ?? typRange?.best ?? null} />
          {(typ ?? typRange?.worst)?.model && <div className="typ-model">{tx((typ ?? typRange!.worst).model!, lang)}</div>}
        </div>
        <div className="tile" data-testid="validity">
          <div className="tile-label">{t('validityLabel')}</div>
          {result.validity
            ? <>
                <div className="tile-value">{t('validityValue', { years: number(result.validity.years, lang), n: result.validity.years })}</div>
                <div className="tile-sub">{t('validityUntil', { date: longDate(result.validity.expiresOn, lang) })}</div>
              </>
            : <div className="tile-sub">{t('validityNone')}</div>}
        </div>
      </div>
      <div className="why" data-testid="grade-reason">
        <h3>{t('whyTitle')}</h3>
        {s.counts.scored === 0 ? <p>{t('nothingYet')} <a href="#/assessment">{t('openAssessment')}</a></p> : <>
          {!g.complete && <p className="muted">{t('whyIncomplete')}</p>}
          <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>
        </>}
      </div>
    </section>
  );
}
