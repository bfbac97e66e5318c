/**
 * Plans sent to a connector that answers plans (a Pantau server): every plan of a batch in one
 * request, so one interaction is one round trip (issue 14). Raw SQL cannot go to a server: the
 * connector's own query() says so to that request alone.
 */

import type { PlanConnector } from '../engine/connector.ts';
import { PantauError } from '../errors/pantau-error.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { SqlValue } from '../sql/params.ts';
import type { PreparedQuery } from './prepared-query.ts';

export function runRemoteBatch(
  queries: readonly PreparedQuery[],
  connector: PlanConnector,
  run: (sql: string, params: readonly SqlValue[]) => Promise<QueryResult>,
  stats: { statements: number; merged: number },
  signal?: AbortSignal,
): Promise<PromiseSettledResult<QueryResult>[]> {
  const asked = queries.filter((q) => q.remote !== undefined);
  const results = new Map<PreparedQuery, Promise<QueryResult>>();
  for (const q of queries) if (q.remote === undefined) results.set(q, run(q.sql, q.params));
  if (asked.length > 0) {
    stats.statements++;
    if (asked.length > 1) stats.merged++;
    const sent = connector.answerPlans(
      asked.map((q) => q.remote!),
      signal,
    );
    asked.forEach((q, i) =>
      results.set(
        q,
        sent.then((answers) => {
          const answer = answers[i]!;
          if (answer instanceof PantauError) throw answer;
          return answer;
        }),
      ),
    );
  }
  return Promise.allSettled(queries.map((q) => results.get(q)!));
}
