import type { PantauError } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { SqlValue } from '../sql/params.ts';

/**
 * The whole database contract, kept this small on purpose (see DESIGN.md "Beyond one browser"):
 * a remote engine (a DuckDB server, ClickHouse over HTTP) is one more class, not a rewrite.
 * Answers are Arrow IPC bytes, decoded once by results/decode-result.ts, whoever sent them.
 * It only reads: writes are a capability of Pantau's own (engine-access.ts), not a method.
 */
export interface Connector {
  /**
   * Runs one read-only statement; `?` placeholders are bound to `params`, never pasted. Resolves
   * to the answer as Arrow IPC bytes (stream or file format).
   */
  query(sql: string, params?: readonly SqlValue[]): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A connector that answers plans rather than SQL (a Pantau server): the coordinator sends it an
 * interaction's plans together, unrendered, and it answers each with its result or its own error.
 * The whole call rejects only when no plan could be answered (the server unreachable, aborted).
 */
export interface PlanConnector {
  answerPlans(
    plans: readonly QueryPlan[],
    signal?: AbortSignal,
  ): Promise<(QueryResult | PantauError)[]>;
  /**
   * Given by the coordinator: how many of its clients have not asked for their first view yet. A
   * server's connector holds the first asks until they have (bounded), so a load is one request.
   */
  awaitFirstViews?(unasked: () => number): void;
}

export function answersPlans(connector: object): connector is PlanConnector {
  return typeof (connector as Partial<PlanConnector>).answerPlans === 'function';
}
