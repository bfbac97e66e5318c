/**
 * What the coordinator loads with its first plan (query-runner.ts): rendering a plan, and a
 * group of plans over their shared filter's rows. One chunk, loaded once, not with the page.
 */

export { renderPlan } from './duckdb-sql.ts';
export { overFilteredRows } from './filtered-rows.ts';
