/**
 * One interaction's batch made ready to send: identical plans share one answer, cached answers
 * are reused, the rest are rendered and routed to a cube, and those the page answers at once from
 * a cube it holds are answered here, before anything is sent (issue 13: a click answered within
 * the frame it came in).
 */

import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { QueryClient, QueryRequest } from './query-client.ts';
import { asPantauError, type PreparedQuery, type QueryRunner } from './query-runner.ts';
import type { ResultCache } from './result-cache.ts';

export interface Asked {
  client: QueryClient;
  request: QueryPlan | QueryRequest;
  key: string;
  seq: number;
}

export interface PreparedBatch {
  /** Every key's answer (shared by the clients that asked the same). */
  answers: Map<string, Promise<QueryResult>>;
  /** Answered by the page already, by key: delivered without a wait. */
  answeredNow: Map<string, QueryResult>;
  /** Ready to send now, and once their tables are described (null: answered or failed). */
  now: PreparedQuery[];
  later: Promise<PreparedQuery | null>[];
  /** Settles the answer of each key this batch asks the engine (or the page) for. */
  settle: Map<string, (r: PromiseSettledResult<QueryResult>) => void>;
}

export function prepareBatch(
  batch: readonly Asked[],
  runner: QueryRunner,
  cache: ResultCache,
  track: (client: QueryClient, prepared: PreparedQuery) => void,
): PreparedBatch {
  const out: PreparedBatch = {
    answers: new Map(),
    answeredNow: new Map(),
    now: [],
    later: [],
    settle: new Map(),
  };
  for (const asked of batch) {
    if (out.answers.has(asked.key)) continue;
    const cached = cache.get(asked.key);
    if (cached !== undefined) {
      out.answers.set(asked.key, cached);
      continue;
    }
    const answer = new Promise<QueryResult>((resolve, reject) => {
      out.settle.set(asked.key, (r) =>
        r.status === 'fulfilled' ? resolve(r.value) : reject(asPantauError(r.reason)),
      );
    });
    out.answers.set(asked.key, answer);
    cache.set(asked.key, answer);
    const settle = out.settle.get(asked.key)!;
    // Routed, then answered in the page when it can be (null: nothing left to send).
    const ready = (prepared: PreparedQuery): PreparedQuery | null => {
      track(asked.client, prepared);
      runner.route(prepared);
      const local = runner.answerInPage(prepared);
      if (local === null) return prepared;
      out.answeredNow.set(asked.key, local);
      settle({ status: 'fulfilled', value: local });
      return null;
    };
    const failed = (error: unknown): null => {
      settle({ status: 'rejected', reason: error });
      return null;
    };
    try {
      const prepared = runner.prepare(asked.request);
      if (prepared instanceof Promise) out.later.push(prepared.then(ready, failed));
      else {
        const unanswered = ready(prepared);
        if (unanswered !== null) out.now.push(unanswered);
      }
    } catch (error) {
      failed(error);
    }
  }
  return out;
}
