/**
 * Pre-aggregation for cross-filtering over large tables (Mosaic's data cube indexes). When a
 * widget that can publish a selection is about to be used, every other widget whose query is an
 * aggregate over decomposable measures gets a small table grouped by its own groups plus the
 * publisher's selection columns (and the columns other clauses are on); its updates are then
 * answered from that table. Builds run one at a time and never hold up a query: until a cube is
 * ready, and whenever one cannot answer, the base table does. Widgets whose measures cannot be
 * split (median, distinct counts) always query the base table.
 *
 * This file routes queries and decides which cubes a publisher needs; building them is
 * cube-builds.ts's, the cubes held cube-shelf.ts's, the small ones answered in the page
 * page-route.ts's.
 */

import type { Connector } from '../engine/connector.ts';
import { writerOf, type EngineWriter } from '../engine/engine-access.ts';
import { tableChanges } from '../engine/table-changes.ts';
// Kept importable from here, where the coordinator and trusted-exec.ts find it.
export { announceTableChange } from '../engine/table-changes.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { Cube } from './cube-sql.ts';
import type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';
import type { QueryClient, QueryRequest } from './query-client.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { PageCubes } from './page-cube/index.ts';
import { CubeShelf, loadCubeBuilds, loadedCubeSql } from './cube-shelf.ts';
import type * as CubeBuildsModule from './cube-builds.ts';
import type { CubeBuilds } from './cube-builds.ts';
import { PantauError } from '../errors/pantau-error.ts';
import { PageRoute } from './page-route.ts';

export type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';

export class PreAggregator extends EventTarget {
  readonly options: PreAggregateOptions;
  /** Pantau's own write capability on the connector's database; null where it has none. */
  readonly #writer: EngineWriter | null;
  readonly #plans = new Map<QueryClient, AggregatePlan>();
  readonly #shelf: CubeShelf;
  readonly #pageRoute: PageRoute;
  /** Building cubes: loaded and made with the first build (cube-builds.ts), never at load. */
  #builds: CubeBuilds | null = null;
  readonly #connector: Connector;
  /** Queries answered from a cube and from the base table (tests and benchmarks read these). */
  readonly stats = { cube: 0, base: 0 };

  constructor(connector: Connector, options: Partial<PreAggregateOptions> = {}) {
    super();
    this.#connector = connector;
    this.#writer = writerOf(connector);
    this.options = {
      // A database Pantau may not write to (a server's) gets no cubes.
      enabled: this.#writer !== null,
      minRows: 50_000,
      maxCubeRows: 200_000,
      maxCubes: 128,
      smallCubeRows: 5_000,
      maxCubeShare: 0.25,
      pageCubeRows: 50_000,
      ...options,
    };
    this.#shelf = new CubeShelf(this.#writer, (entry) => this.page?.drop(entry));
    this.#pageRoute = new PageRoute({
      connector,
      pageCubeRows: () => this.options.pageCubeRows,
      // A cube reaches the page only once built: the builds' queue exists by then.
      enqueue: (task) => this.#builds!.enqueue(task),
      holds: (entry) => this.#shelf.entries.includes(entry),
    });
    // Held weakly: a coordinator that is gone stops listening with it.
    const self = new WeakRef(this);
    const channel = tableChanges();
    const listener = (event: Event): void => {
      const target = self.deref();
      if (target === undefined) channel.removeEventListener('change', listener);
      else target.invalidate((event as CustomEvent<string | undefined>).detail);
    };
    channel.addEventListener('change', listener);
  }

  /** Small cubes held in the page, once the first is fetched (page-cube/index.ts). */
  get page(): PageCubes | null {
    return this.#pageRoute.page;
  }

  /** Remembers a client's latest aggregate plan (what a cube for it must answer). */
  track(client: QueryClient, plan: AggregatePlan | undefined): void {
    if (plan === undefined) this.#plans.delete(client);
    else this.#plans.set(client, plan);
  }

  /** A client left: cubes nobody's plan needs any more are dropped. */
  forget(client: QueryClient): void {
    this.#plans.delete(client);
    const cubeSql = loadedCubeSql();
    if (cubeSql === null) return; // no cube was ever built
    const live = new Set<string>();
    for (const plan of this.#plans.values()) live.add(cubeSql.cubeShape(plan)?.signature ?? '');
    for (const cube of [...this.#shelf.entries]) {
      if (!live.has(cube.shape.signature)) void this.#shelf.drop(cube);
    }
  }

  get cubes(): readonly CubeInfo[] {
    return this.#shelf.infos;
  }

  /** Builds, and fetches of small cubes into the page, still running or queued. */
  get pending(): number {
    return (this.#builds?.building.size ?? 0) + this.#pageRoute.loads.size;
  }

  /** Resolves once every build and drop asked for so far has finished (or failed). */
  async settled(): Promise<void> {
    const loads = this.#pageRoute.loads;
    const dropping = this.#shelf.dropping;
    while (this.pending + dropping.size > 0) {
      const building = this.#builds?.building.values() ?? [];
      await Promise.allSettled([...building, ...loads, ...dropping]);
    }
  }

  /**
   * The request answered from a cube, or null to run it on the base table. Pure lookup: never
   * waits for a build.
   */
  route(request: QueryRequest): (QueryRequest & { cube?: Cube }) | null {
    const plan = request.plan;
    if (!this.options.enabled || plan === undefined) return null;
    const cubeSql = loadedCubeSql();
    const cubes = this.#shelf.entries;
    const shape = cubeSql === null || cubes.length === 0 ? null : cubeSql.cubeShape(plan);
    if (shape === null) {
      this.stats.base++;
      return null;
    }
    const generation = this.#shelf.generation(plan.table.table.toLowerCase());
    const best = cubeSql!.bestCube(
      cubes,
      shape,
      generation,
      plan,
      (e) => this.page?.has(e) === true,
    );
    if (best === null) {
      this.stats.base++;
      return null;
    }
    this.stats.cube++;
    best.entry.used = this.#shelf.use();
    return { ...best.query, cube: best.entry };
  }

  /**
   * Builds the cubes a publisher needs: for every tracked client except `exclude`, grouped by
   * its groups plus `columns` (the publisher's) and the columns its current clauses are on.
   * `hints` are every publisher's columns on the dashboard: a clause on a brushed time column
   * is kept cut to the brush's period rather than as every distinct instant.
   */
  async prepare(
    columns: readonly PublisherColumn[],
    exclude?: QueryClient,
    hints: readonly PublisherColumn[] = columns,
  ): Promise<void> {
    if (!this.options.enabled || this.#writer === null) return;
    let builds: CubeBuilds;
    try {
      builds = this.#builds ??= this.#newBuilds(await loadCubeBuilds());
    } catch (error) {
      // The chunk did not load (a file missing on the server): the base table answers.
      warnBuildFailed('*', error);
      return;
    }
    const waits: Promise<void>[] = [];
    for (const [client, plan] of this.#plans) {
      if (client === exclude) continue;
      waits.push(builds.prepareFor(plan, columns, hints));
    }
    await Promise.allSettled(waits);
  }

  #newBuilds(module: typeof CubeBuildsModule): CubeBuilds {
    return new module.CubeBuilds({
      connector: this.#connector,
      writer: this.#writer,
      shelf: this.#shelf,
      options: this.options,
      plans: () => this.#plans.values(),
      built: (entry) => {
        this.dispatchEvent(new CustomEvent<CubeInfo>('build', { detail: this.cubes.at(-1)! }));
        // Into the page now: the gesture it was built for is answered there, not by the worker.
        if (this.#pageRoute.fits(entry)) this.#pageRoute.fetch(entry);
      },
      failed: warnBuildFailed,
    });
  }

  /** The table was reloaded (or changed by script): its cubes describe old data. */
  invalidate(table?: string): void {
    const key = table?.toLowerCase();
    this.#builds?.changed(key);
    this.#shelf.changed(key);
    // The new table's columns may have other types than what DuckDB answered before.
    this.page?.forgetLearned();
  }

  /** Drops every cube (the dashboard left the page). */
  async dispose(): Promise<void> {
    this.#plans.clear();
    await Promise.allSettled([...this.#shelf.entries].map((c) => this.#shelf.drop(c)));
  }

  /** The page's answer from a cube it holds, or null for DuckDB's (page-route.ts). */
  answerInPage(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    return this.#pageRoute.answer(cube, plan, query);
  }

  /** DuckDB answered `query` from `cube`: the page may answer its like from now on. */
  learn(cube: Cube, plan: AggregatePlan, query: QueryPlan, result: QueryResult): void {
    this.#pageRoute.learn(cube, plan, query, result);
  }
}

/** A cube could not be built (or its code loaded): widgets read the base table instead. */
function warnBuildFailed(table: string, error: unknown): void {
  const failure = buildFailed(table, error);
  console.warn(`${failure.text.id} / ${failure.text.en}`);
}

function buildFailed(table: string, error: unknown): PantauError {
  const reason = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: {
      id: `Pra-agregasi tabel "${table}" gagal (${reason}); widget tetap membaca tabel aslinya, hanya lebih lambat.`,
      en: `Pre-aggregating table "${table}" failed (${reason}); widgets keep reading the table itself, only slower.`,
    },
    cause: error,
  });
}
