/** Query plans: the one query form widgets, the coordinator and servers share (see plan.ts). */

export {
  TRUNC_UNITS,
  isQueryPlan,
  planKey,
  type PlanForm,
  type PlanGroup,
  type PlanLookup,
  type PlanMeasure,
  type PlanOrder,
  type QueryPlan,
  type TruncUnit,
} from './plan.ts';
export {
  MAX_PERIOD_ROWS,
  aggregatePlan,
  columnValue,
  extentPlan,
  latestPeriodsPlan,
  matchPlan,
  measure,
  optionsPlan,
  pagePlan,
  periodPlan,
  type AggregateSpec,
} from './builders.ts';
export { renderPlan, type RenderedPlan } from './duckdb-sql.ts';
export { MAX_LOOKUPS, joinLookups, type LookupTables } from './lookup-sql.ts';
export { mergeQueries, type MergeableQuery, type MergedStatement } from './merge.ts';
