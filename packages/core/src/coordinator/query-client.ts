import type { PantauError } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { FilterClause } from '../sql/filter.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';

/**
 * SQL text with its bound values: what a page author's script may run (read-only statements
 * only). Widgets never send SQL: they send plans (plan/plan.ts).
 */
export interface QueryRequest {
  sql: string;
  params?: readonly SqlValue[];
  /** How an aggregate query is built: lets the coordinator answer it from a pre-aggregated
   * table. Absent: the SQL is run as it is. */
  plan?: AggregatePlan;
}

/** How the coordinator runs one request (`coordinator.query`). */
export interface QueryOptions {
  /** Use and fill the result cache (default true). Benchmarks turn it off to measure real work. */
  cache?: boolean;
}

/**
 * Anything that shows query results: an element's query controller, a test's tiny client. Its
 * plan is a pure function of its own settings and the filter it is given (Mosaic's MosaicClient);
 * the coordinator decides when to ask for it, with which filter, and sends it.
 */
export interface QueryClient {
  /** The plan for this filter, or null when there is nothing to ask yet. */
  query(filter: readonly FilterClause[]): QueryPlan | QueryRequest | null;
  /**
   * The key this client publishes its choices under in the dashboard's selection: it is filtered
   * by everyone else's clauses, not its own. Null or absent: the selection does not filter it.
   */
  readonly filterKey?: string | null;
  /** The client's table, so that only clauses on columns it has apply to it. */
  readonly filterSchema?: TableSchema | null;
  queryPending?(): void;
  queryResult(result: QueryResult): void;
  queryError(error: PantauError): void;
}
