/**
 * `groupQuery`: a plan built from a spec and rendered to DuckDB SQL in one call, for scripts and
 * tests that want the SQL text (`coordinator.query(groupQuery(...))` still works). Widgets send
 * the plan itself (plan/builders.ts), which the coordinator renders at the edge.
 */

import { aggregatePlan } from '../plan/builders.ts';
import { renderPlan } from '../plan/duckdb-sql.ts';
import type { AggregatePlan } from './aggregate-plan.ts';
import type { FilterClause } from './filter.ts';
import { defaultMetrics, type MetricRegistry } from './metrics.ts';
import type { SqlQuery } from './params.ts';
import type { TableSchema } from './schema.ts';

export { MAX_LIMIT } from '../plan/duckdb-sql.ts';

export interface OrderBy {
  /** A group column or a measure alias. */
  key: string;
  desc?: boolean;
}

export interface GroupQuerySpec {
  table: TableSchema;
  groupBy?: string[];
  /** Output alias -> measure expression, e.g. `{ total: 'sum(nilai)' }`. */
  measures: Record<string, string>;
  filter?: FilterClause[];
  orderBy?: OrderBy[];
  limit?: number;
  offset?: number;
}

/** An SQL query that may carry its aggregate's parts (for the pre-aggregator). */
export interface PlannedQuery extends SqlQuery {
  plan?: AggregatePlan;
}

/**
 * Three shapes, chosen by the measures:
 * - with `groupBy`: one row per group; every measure must aggregate;
 * - without `groupBy`, aggregate measures: one row for the whole (filtered) table;
 * - without `groupBy`, no aggregates: a plain projection, one row per table row (use `limit`).
 */
export function groupQuery(
  spec: GroupQuerySpec,
  metrics: MetricRegistry = defaultMetrics,
): PlannedQuery {
  const plan = aggregatePlan({
    table: spec.table.table,
    ...(spec.groupBy === undefined ? {} : { groups: spec.groupBy }),
    measures: spec.measures ?? {},
    ...(spec.filter === undefined ? {} : { filter: spec.filter }),
    ...(spec.orderBy === undefined ? {} : { order: spec.orderBy }),
    ...(spec.limit === undefined ? {} : { limit: spec.limit }),
    ...(spec.offset === undefined ? {} : { offset: spec.offset }),
  });
  const rendered = renderPlan(plan, spec.table, metrics);
  const query: PlannedQuery = { sql: rendered.sql, params: rendered.params };
  if (rendered.aggregate !== undefined) query.plan = rendered.aggregate;
  return query;
}
