// Brute-force reference for the planner: tries every combination of levels with the real scorer and grader.
import type { Grade, Instrument } from '../../../shared/instrument/schema';
import { fillUnanswered, gradeRank, gradeScore, scorableIndicators, scoreAnswers, type Answers, type Facts } from '../../../shared/scoring';

/** Fewest steps and least effort (each minimised on its own) that reach `target` or better; null if none does. */
export function bruteForce(inst: Instrument, answers: Answers, facts: Facts, target: Grade, locked: string[] = []): { steps: number; effort: number } | null {
  const first = scoreAnswers(inst, answers, facts);
  const filled = fillUnanswered(first, answers, 0);
  const vars = scorableIndicators(first).map((i) => ({ code: i.code, cur: i.level ?? 0, top: locked.includes(i.code) ? (i.level ?? 0) : inst.scale.max, effort: i.effortPerStep }));
  let best: { steps: number; effort: number } | null = null;
  const levels = vars.map((v) => v.cur);
  const visit = (k: number): void => {
    if (k === vars.length) {
      const a: Answers = { ...filled };
      vars.forEach((v, i) => { a[v.code] = { level: levels[i] }; });
      if (gradeRank(gradeScore(inst, scoreAnswers(inst, a, facts)).range.worst) > gradeRank(target)) return;
      const steps = vars.reduce((s, v, i) => s + levels[i] - v.cur, 0);
      const effort = vars.reduce((s, v, i) => s + (levels[i] - v.cur) * v.effort, 0);
      best = { steps: Math.min(best?.steps ?? Infinity, steps), effort: Math.min(best?.effort ?? Infinity, effort) };
      return;
    }
    for (let l = vars[k].cur; l <= vars[k].top; l++) { levels[k] = l; visit(k + 1); }
    levels[k] = vars[k].cur;
  };
  visit(0);
  return best;
}
