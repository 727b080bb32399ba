// Public API of the scoring engine, and scoreAll: everything the dashboard and the CLI show, in one call.
export * from './applicability';
export * from './answers-file';
export * from './gaps';
export * from './gcg';
export * from './grade';
export * from './planner';
export * from './prerequisites';
export * from './score';
export * from './score-all';
export * from './typology';
export * from './validate';
export { fmt, gradeRank } from './util';
