/**
 * A large table's first views wait for its cubes (issue 13: a gesture one second after the first
 * paint). At 10M rows the idle builds after the first views took seconds of DuckDB's time, so a
 * gesture soon after the first paint ran its own statement on the table (1.96 s). Here the first
 * views over a table of `firstRootRows` or more are held while one root cube is built (every
 * widget's groups and every publisher's columns, root-builds.ts) and the cubes are cut from it;
 * the views then read the cubes, and so does the first gesture (60 ms median at 10M rows). The
 * cost: the views arrive together after the root, not one by one (at 10M rows the first chart
 * 1.0 s later, the last 0.43 s later; pre-aggregate-options.ts). A root too big is dropped at
 * once and the held views read the table, later by the root's time; their cubes are then built
 * while idle, as for any table.
 */

import type { QueryClient } from './query-client.ts';
import type { Asked } from './prepare-batch.ts';
import type { PreAggregator, PublisherColumn } from './pre-aggregator.ts';
import type { PreparedQuery } from './prepared-query.ts';
import { isQueryPlan } from '../plan/plan.ts';

export interface FirstRootsDeps {
  pre: PreAggregator;
  prepare: (asked: Asked) => PreparedQuery | Promise<PreparedQuery>;
  /** Tells the pre-aggregator (and the page teacher) the plan a client's first view asks. */
  track: (client: QueryClient, prepared: PreparedQuery) => void;
}

export class FirstRoots {
  /**
   * Every publisher's columns on the dashboard (its idle pass's hints); null: none given, and
   * nothing is held (a coordinator without a dashboard).
   */
  hints: (() => PublisherColumn[]) | null = null;
  readonly #deps: FirstRootsDeps;
  /** Row counts of the tables loaded and not yet given their first root, by lower-case name. */
  readonly #waiting = new Map<string, number>();
  #held: Asked[] = [];
  #built: Promise<void> | null = null;

  constructor(deps: FirstRootsDeps) {
    this.#deps = deps;
  }

  /** A table was (re)loaded with `rows` rows: its next first views may wait for a root. */
  loaded(table: string, rows: number): void {
    this.#waiting.set(table.toLowerCase(), rows);
  }

  /**
   * What a client's own ask (not an interaction's batch) waits for before it is sent, or null
   * to send it now. Every ask of the same task over a waiting table waits for the same root.
   */
  hold(batch: readonly Asked[]): Promise<void> | null {
    const { options } = this.#deps.pre;
    if (this.hints === null || !options.enabled) return null;
    const big = batch.some((asked) => {
      const plan = asked.request;
      const rows = isQueryPlan(plan) ? this.#waiting.get(plan.table.toLowerCase()) : undefined;
      return rows !== undefined && rows >= options.firstRootRows;
    });
    if (!big) return null;
    this.#held.push(...batch);
    this.#built ??= nextTask().then(() => this.#build());
    return this.#built;
  }

  /** The root and its cuts for every plan held; never fails (the views then read the table). */
  async #build(): Promise<void> {
    const held = this.#held.splice(0);
    this.#built = null;
    const hints = this.hints?.() ?? [];
    for (const asked of held) {
      if (isQueryPlan(asked.request)) this.#waiting.delete(asked.request.table.toLowerCase());
    }
    if (hints.length === 0) return;
    const { prepare, track, pre } = this.#deps;
    await Promise.allSettled(held.map(async (asked) => track(asked.client, await prepare(asked))));
    await pre.prepare(hints, undefined, hints, true).catch(() => undefined);
  }
}

/**
 * Resolves in a task of its own, after every microtask of this one (the other widgets' asks):
 * a posted message, which a background tab does not hold back as it does timers.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
