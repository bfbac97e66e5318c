/**
 * What the coordinator loads with its first plan (query-runner.ts): rendering a plan, a group of
 * plans over their shared filter's rows, and merging an interaction's plans into one statement.
 * One chunk, loaded once, not with the page.
 */

export { renderPlan } from './duckdb-sql.ts';
export { overFilteredRows } from './filtered-rows.ts';
export { mergeQueries } from './merge.ts';
export { sharedRows } from './shared-rows.ts';
