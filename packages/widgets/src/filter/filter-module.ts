/**
 * What `<pantau-filter>` loads by `import()` when it connects: its query builders (with core's
 * SQL), its controls, which draw only after that query has answered, and their state.
 */
export { MAX_OPTIONS, filterQuery } from './filter-query.ts';
export { renderControl } from './filter-controls.ts';
export { FilterControls, type FilterFacts, type FilterPort } from './control-host.ts';
export { searchOf } from './filter-clauses.ts';
