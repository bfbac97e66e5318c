/**
 * The structure behind an aggregate query, returned by the builders next to its SQL so the
 * coordinator's pre-aggregator can answer the same question from a small pre-aggregated table:
 * which table, which group expressions, which measures, which filter, and the text that follows
 * (ORDER BY, LIMIT) or surrounds it (a KPI's newest periods, a table's page). Every piece was
 * checked and quoted by the builder that made it; nothing here comes from a page unchecked.
 */

import type { Expr } from './expr/expr.ts';
import type { TruncUnit } from '../plan/plan.ts';
import type { FilterClause } from './filter.ts';
import type { TableSchema } from './schema.ts';

/** The periods Pantau cuts dates to: one list, the plan's (plan/plan.ts). */
export type { TruncUnit } from '../plan/plan.ts';

export interface PlanGroup {
  /** The result column's name. */
  alias: string;
  /** The group expression over the base table (a quoted column, or its truncation). */
  sql: string;
  /** The base column it reads, in the schema's spelling. */
  column: string;
  /** The period it is cut to, or null for the column as it is. */
  interval: TruncUnit | null;
}

export interface PlanMeasure {
  alias: string;
  /** The compiled aggregate over the base table: `renderExpr(expr)`. */
  sql: string;
  /** The same aggregate as a tree: what pre-aggregation splits into parts. */
  expr: Expr;
}

export interface AggregatePlan {
  table: TableSchema;
  groups: PlanGroup[];
  measures: PlanMeasure[];
  filter: FilterClause[];
  /** After GROUP BY (or after WHERE without groups): ORDER BY by position, LIMIT, OFFSET. */
  tail: string;
  /** Constant text before and after the whole statement. */
  before: string;
  after: string;
}
