/**
 * What `<pantau-filter>` loads by `import()` when it connects: its query builders (with core's
 * SQL) and its controls, which draw only after that query has answered.
 */
export { MAX_OPTIONS, filterQuery } from './filter-query.ts';
export { renderControl, type ControlState, type FilterHost } from './filter-controls.ts';
export { searchOf } from './filter-clauses.ts';
