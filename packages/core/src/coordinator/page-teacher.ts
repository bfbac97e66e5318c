/**
 * Teaches the page its answers before the reader's first gesture (issue 13: a gesture soon after
 * the first paint). The page answers a plan from a cube it holds only once DuckDB has answered a
 * plan of that shape from a cube of that shape (page-cube/index.ts: never a guess), so each
 * widget's first gesture after load went to DuckDB's worker: at 10,000 rows, 164-173 ms where
 * later gestures took 19-25. Once the cubes asked for are built, each client's latest plan that
 * would now be answered from a cube the page holds, and that the page cannot answer yet, is
 * asked of DuckDB, all in one statement, as a build step: it starts only when no reader's query
 * waits. The answers only teach the page (query-runner.ts, #learn): no client receives them.
 */

import type { QueryClient } from './query-client.ts';
import type { PreAggregator } from './pre-aggregator.ts';
import { hasLookups, type PreparedQuery } from './prepared-query.ts';
import type { QueryRunner } from './query-runner.ts';
import { cubeSql } from './cube-tables.ts';

export class PageTeacher {
  /** Each client's latest request as sent (rendered, with its plan and schema). */
  readonly #latest = new WeakMap<QueryClient, PreparedQuery>();
  readonly #clients: () => Iterable<QueryClient>;
  readonly #pre: PreAggregator;
  readonly #runner: QueryRunner;
  #queued = false;
  #lesson: Promise<void> = Promise.resolve();

  constructor(pre: PreAggregator, runner: QueryRunner, clients: () => Iterable<QueryClient>) {
    this.#pre = pre;
    this.#runner = runner;
    this.#clients = clients;
    pre.addEventListener('build', () => this.#schedule());
  }

  /**
   * The request a client was just sent (the coordinator's batch, before it is routed): the
   * pre-aggregator builds cubes that answer its aggregate, and a lesson may ask it again.
   */
  sent(client: QueryClient, prepared: PreparedQuery): void {
    this.#pre.track(client, prepared.aggregate ?? undefined);
    this.#latest.set(client, prepared);
  }

  /** Resolves once the lesson asked for by the latest build has been given (tests, benches). */
  settled(): Promise<void> {
    return this.#lesson;
  }

  /** One lesson for every cube built in a row: after the builds and fetches queued with them. */
  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    this.#lesson = this.#pre
      .settled()
      .then(() => cubeSql?.quiet())
      .then(() => {
        this.#queued = false;
        return this.#teach();
      })
      // A lesson that fails teaches nothing: the first gesture asks DuckDB, as before.
      .catch(() => {
        this.#queued = false;
      });
  }

  async #teach(): Promise<void> {
    const lessons: PreparedQuery[] = [];
    for (const client of this.#clients()) {
      const sent = this.#latest.get(client);
      if (sent === undefined || sent.aggregate === null || sent.plan === null) continue;
      if (hasLookups(sent.plan.plan)) continue;
      // A copy: the one sent may still be shared with a batch's bookkeeping.
      const lesson: PreparedQuery = { ...sent, routed: null };
      this.#runner.route(lesson);
      const cube = lesson.routed?.cube;
      if (cube === undefined || !this.#pre.page?.has(cube)) continue;
      if (this.#pre.page.knows(cube, sent.aggregate, sent.plan.plan)) continue;
      lessons.push(lesson);
    }
    if (lessons.length > 0) await this.#runner.runAll(lessons);
  }
}
