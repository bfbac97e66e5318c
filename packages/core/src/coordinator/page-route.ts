/**
 * The page route of pre-aggregation: small cubes fetched from DuckDB into the page's own memory,
 * so the gestures they were built for are answered in JavaScript without a trip to the worker
 * (page-cube/index.ts does the answering). Its module loads with the first small cube, never
 * with the page.
 */

import type { Connector } from '../engine/connector.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { Cube } from './cube-sql.ts';
import type { PageCubes } from './page-cube/index.ts';

/** What the route needs of the pre-aggregator that owns it. */
export interface PageRouteHost {
  readonly connector: Connector;
  /** Rows at most for a cube to come into the page (0 turns the route off). */
  pageCubeRows(): number;
  /** Runs a step after the build steps queued before it, when no interactive query waits. */
  enqueue(task: () => Promise<void>): Promise<void>;
  /** Whether the cube is still held (a reload or a trim may have dropped it meanwhile). */
  holds(cube: Cube): boolean;
}

export class PageRoute {
  /** Small cubes held in the page, once the first is fetched. */
  page: PageCubes | null = null;
  readonly #host: PageRouteHost;
  readonly #loads = new Set<Promise<unknown>>();
  /** Small cubes fetched (or being fetched) into the page. */
  readonly #fetched = new WeakSet<Cube>();

  constructor(host: PageRouteHost) {
    this.#host = host;
  }

  /** Fetches of small cubes still running or queued (settled() waits for them). */
  get loads(): ReadonlySet<Promise<unknown>> {
    return this.#loads;
  }

  /** The page's answer from a cube it holds, or null for DuckDB's. */
  answer(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    return this.page?.answer(cube, plan, query) ?? null;
  }

  /**
   * DuckDB answered `query` from `cube`: the page may answer its like, from any small cube of
   * the same shape, from now on. A small cube not yet in the page is fetched.
   */
  learn(cube: Cube & { rows: number }, plan: AggregatePlan, query: QueryPlan, result: QueryResult) {
    if (!this.fits(cube)) return;
    if (this.page !== null) this.page.learn(cube, plan, query, result);
    else void this.#pageCubes().then((page) => page.learn(cube, plan, query, result), noop);
    this.fetch(cube);
  }

  /** Small enough to answer in the page. */
  fits(cube: { rows: number }): boolean {
    const limit = this.#host.pageCubeRows();
    return limit > 0 && cube.rows <= limit;
  }

  /** Fetches a small cube into the page (once), after the build steps queued before it. */
  fetch(cube: Cube): void {
    if (this.#fetched.has(cube)) return;
    this.#fetched.add(cube);
    const load = this.#pageCubes().then((page) => {
      return this.#host.enqueue(async () => {
        if (this.#host.holds(cube)) await page.load(this.#host.connector, cube);
      });
    });
    // Not fetched: DuckDB keeps answering from the cube, as fast as before.
    const tracked = load.catch(() => undefined).finally(() => this.#loads.delete(tracked));
    this.#loads.add(tracked);
  }

  #pageCubes(): Promise<PageCubes> {
    return import('./page-cube/index.ts').then(({ PageCubes }) => (this.page ??= new PageCubes()));
  }
}

function noop(): void {}
