// The live mini-summary: how much is answered, the projected total (or its range) and the projected grade, marked "perkiraan".
import type { Instrument } from '../../../shared/instrument/schema';
import type { ScoreAllResult } from '../../../shared/scoring/index';
import { useMessages } from '../../i18n/feature';
import { useI18n } from '../../i18n/i18n';
import { number } from '../../../shared/format';
import { range } from './format';
import { M } from './messages';

export function ScoreSummary({ result, instrument }: { result: ScoreAllResult; instrument: Instrument }) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const { score, grade } = result;
  const answered = score.counts.scored + score.counts.na;
  const total = answered + score.counts.unanswered;
  const band = (g: string | null) => {
    if (!g) return t('grade.none');
    const b = instrument.scoring.gradeBands.find((x) => x.grade === g);
    return b ? `${g} (${b.label[lang]})` : g;
  };
  const estimate = result.origins.scoring === 'estimate';
  let scoreText: string;
  if (score.total !== null) scoreText = number(score.total, lang);
  // All answered but a profile fact still undecided: one number, said to be provisional, not a "range" of one value.
  else if (score.range && score.counts.unanswered === 0) scoreText = t('sum.provisional', { score: number(score.range.min, lang) });
  else if (score.range) scoreText = t('sum.range', { range: range(score.range, lang) });
  else scoreText = '–';
  let gradeText: string;
  if (grade.complete) gradeText = band(grade.grade);
  else if (grade.range.worst === grade.range.best) gradeText = band(grade.range.best);
  else gradeText = t('grade.between', { worst: grade.range.worst ?? t('grade.noneShort'), best: grade.range.best ?? t('grade.noneShort') });
  return (
    <dl className="mini-summary">
      <div><dt>{t('sum.answered')}</dt><dd>{t('sum.answeredValue', { done: answered, total })}</dd></div>
      <div><dt>{t('sum.score')}</dt><dd data-testid="projected-score">{scoreText}</dd></div>
      <div>
        <dt>{t('sum.grade')}</dt>
        <dd data-testid="projected-grade">{gradeText}{estimate && <span className="est" title={result.origins.note[lang]}>{t('estimate')}</span>}</dd>
      </div>
    </dl>
  );
}
