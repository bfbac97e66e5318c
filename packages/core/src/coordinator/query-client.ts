import type { PantauError } from '../errors/pantau-error.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { FilterClause } from '../sql/filter.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { SqlValue } from '../sql/params.ts';

/** SQL with its bound values: what a client asks the coordinator to run. */
export interface QueryRequest {
  sql: string;
  params?: readonly SqlValue[];
  /** How an aggregate query is built (from groupQuery and its siblings): lets the coordinator
   * answer it from a pre-aggregated table. Absent: the SQL is run as it is. */
  plan?: AggregatePlan;
}

/**
 * Anything that shows query results: an element's query controller, a test's tiny client. Its
 * query is a pure function of its own settings and the filter it is given (Mosaic's MosaicClient).
 */
export interface QueryClient {
  /** The query for the current filter, or null when there is nothing to ask yet. */
  query(filter: readonly FilterClause[]): QueryRequest | null;
  queryPending?(): void;
  queryResult(result: QueryResult): void;
  queryError(error: PantauError): void;
}
