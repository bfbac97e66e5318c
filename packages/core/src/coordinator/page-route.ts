import type { Connector } from '../engine/connector.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { Cube } from './cube-sql.ts';
import type { Entry } from './cube-shelf.ts';
import type { PageCubes } from './page-cube/index.ts';

/** What fetching a cube into the page needs of the PreAggregator. */
export interface PageRouteHost {
  readonly connector: Connector;
  /** Cubes of at most this many rows are fetched (0 turns the page route off); read each time. */
  pageCubeRows(): number;
  /** Runs `task` after the build steps queued before it. */
  enqueue(task: () => Promise<void>): Promise<void>;
  /** Whether the cube is still held (not dropped meanwhile). */
  holds(entry: Entry): boolean;
}

/**
 * Small cubes answered in the page's JavaScript rather than by DuckDB's worker (page-cube/): which
 * cubes go there, fetching them once, and the answers learnt from DuckDB's.
 */
export class PageRoute {
  /** Small cubes held in the page, once the first is fetched (page-cube/index.ts). */
  page: PageCubes | null = null;
  /** Fetches of small cubes into the page still running or queued. */
  readonly loads = new Set<Promise<unknown>>();
  /** Small cubes fetched (or being fetched) into the page. */
  readonly #fetched = new WeakSet<Cube>();
  readonly #host: PageRouteHost;

  constructor(host: PageRouteHost) {
    this.#host = host;
  }

  /** Small enough to answer in the page (pageCubeRows: 0 turns the page route off). */
  fits(entry: Entry): boolean {
    const limit = this.#host.pageCubeRows();
    return limit > 0 && entry.rows <= limit;
  }

  /** The page's answer from a cube it holds, or null for DuckDB's (page-cube/index.ts). */
  answer(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    return this.page?.answer(cube, plan, query) ?? null;
  }

  /**
   * DuckDB answered `query` from `cube`: the page may answer its like, from any small cube of
   * the same shape, from now on. A small cube not yet in the page is fetched.
   */
  learn(cube: Cube, plan: AggregatePlan, query: QueryPlan, result: QueryResult): void {
    if (!this.fits(cube as Entry)) return;
    if (this.page !== null) this.page.learn(cube, plan, query, result);
    else void this.#pageCubes().then((page) => page.learn(cube, plan, query, result), noop);
    this.fetch(cube as Entry);
  }

  /** Fetches a small cube into the page (once), after the build steps queued before it. */
  fetch(entry: Entry): void {
    if (this.#fetched.has(entry)) return;
    this.#fetched.add(entry);
    const host = this.#host;
    const load = this.#pageCubes().then((page) =>
      host.enqueue(async () => {
        if (host.holds(entry)) await page.load(host.connector, entry);
      }),
    );
    // Not fetched: DuckDB keeps answering from the cube, as fast as before.
    const tracked = load.catch(() => undefined).finally(() => this.loads.delete(tracked));
    this.loads.add(tracked);
  }

  /** The page's cubes, their module loaded with the first small cube, never with the page. */
  #pageCubes(): Promise<PageCubes> {
    return import('./page-cube/index.ts').then(({ PageCubes }) => (this.page ??= new PageCubes()));
  }
}

function noop(): void {}
