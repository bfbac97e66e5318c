/**
 * A request ready to run, as the query runner and the coordinator pass it around: a plan
 * rendered to SQL against its table's schema (or a page's raw SQL), with the cube that answers it
 * once routed. Its key deduplicates and caches.
 */

import { isQueryPlan, planKey, type QueryPlan } from '../plan/plan.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { Cube } from './cube-sql.ts';
import type { QueryRequest } from './query-client.ts';
import { cacheKey } from './result-cache.ts';

/** A request ready to run: its SQL on the table, and on a cube when one answers it. */
export interface PreparedQuery {
  key: string;
  sql: string;
  params: SqlValue[];
  /** Result columns in order; unknown for raw SQL (which is then never merged). */
  outputs: string[] | null;
  /** The same question on a pre-aggregated table, when one answers it. */
  routed: { sql: string; params: SqlValue[]; cube?: Cube } | null;
  /** The aggregate's parts, for the pre-aggregator to build cubes for. */
  aggregate: AggregatePlan | null;
  /** A plan's own form and table, so it can be answered from rows it shares with others. */
  plan: { plan: QueryPlan; schema: TableSchema; reads: string[] } | null;
  /** The plan itself, for a connector that answers plans (a server renders and checks it). */
  remote?: QueryPlan;
}

/** The cache and deduplication key of a request: its plan's, or its SQL and values. */
export function requestKeyOf(request: QueryPlan | QueryRequest): string {
  return isQueryPlan(request) ? `plan:${planKey(request)}` : `sql:${cacheKey(request)}`;
}

/** Whether a plan joins lookup tables (answered by the engine: the page's cubes hold no names). */
export const hasLookups = (plan: QueryPlan): boolean => (plan.lookups?.length ?? 0) > 0;
