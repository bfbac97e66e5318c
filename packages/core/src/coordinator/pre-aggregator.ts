/**
 * Pre-aggregation for cross-filtering (Mosaic's data cube indexes). When a widget that can
 * publish a selection is about to be used, every other widget whose query is an
 * aggregate over decomposable measures gets a small table grouped by its own groups plus the
 * publisher's selection columns (and the columns other clauses are on); its updates are then
 * answered from that table. Builds run one at a time and never hold up a query: until a cube is
 * ready, and whenever one cannot answer, the base table does. Widgets whose measures cannot be
 * split (median, distinct counts) always query the base table.
 */

import type { Connector } from '../engine/connector.ts';
import { writerOf, type EngineWriter } from '../engine/engine-access.ts';
import { tableChanges } from '../engine/table-changes.ts';
// Kept importable from here, where the coordinator and trusted-exec.ts find it.
export { announceTableChange } from '../engine/table-changes.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { cubeSql, loadCubeSql, makeCube, warnBuildFailed } from './cube-tables.ts';
import type { Cube, CubeColumn, CubeShape } from './cube-sql.ts';
import {
  PRE_AGGREGATE_DEFAULTS,
  type CubeInfo,
  type PreAggregateOptions,
  type PublisherColumn,
} from './pre-aggregate-options.ts';
import type { QueryClient, QueryRequest } from './query-client.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { PageCubes } from './page-cube/index.ts';
import { CubeShelf, type Entry } from './cube-shelf.ts';
import { PageRoute } from './page-route.ts';
import { TableVersions } from './table-versions.ts';

export type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';

export class PreAggregator extends EventTarget {
  readonly options: PreAggregateOptions;
  readonly #connector: Connector;
  /** Pantau's own write capability on the connector's database; null where it has none. */
  readonly #writer: EngineWriter | null;
  readonly #plans = new Map<QueryClient, AggregatePlan>();
  readonly #shelf: CubeShelf;
  /** Cubes being built, by key (shape + columns), so a second ask waits for the same build. */
  readonly #building = new Map<string, Promise<void>>();
  /** Keys that failed or came out too big: not tried again until the table reloads. */
  readonly #refused = new Set<string>();
  readonly #versions: TableVersions;
  #queue: Promise<void> = Promise.resolve();
  /** Queries answered from a cube and from the base table (tests and benchmarks read these). */
  readonly stats = { cube: 0, base: 0 };
  /** Small cubes fetched into the page and answered there (page-route.ts). */
  readonly #route: PageRoute;

  constructor(connector: Connector, options: Partial<PreAggregateOptions> = {}) {
    super();
    this.#connector = connector;
    this.#writer = writerOf(connector);
    this.#versions = new TableVersions(connector);
    // No writer, no cubes (options.enabled is false): the shelf then never drops one.
    this.#shelf = new CubeShelf(this.#writer!, (entry) => this.page?.drop(entry));
    this.#route = new PageRoute({
      connector,
      pageCubeRows: () => this.options.pageCubeRows,
      enqueue: (task) => this.#enqueue(task),
      holds: (cube) => this.#shelf.held.includes(cube as Entry),
    });
    // A database Pantau may not write to (a server's) gets no cubes.
    this.options = { enabled: this.#writer !== null, ...PRE_AGGREGATE_DEFAULTS, ...options };
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

  /** Remembers a client's latest aggregate plan (what a cube for it must answer). */
  track(client: QueryClient, plan: AggregatePlan | undefined): void {
    if (plan === undefined) this.#plans.delete(client);
    else this.#plans.set(client, plan);
  }

  /** A client left: cubes nobody's plan needs any more are dropped. */
  forget(client: QueryClient): void {
    this.#plans.delete(client);
    if (cubeSql === null) return; // no cube was ever built
    const live = new Set<string>();
    for (const plan of this.#plans.values()) live.add(cubeSql.cubeShape(plan)?.signature ?? '');
    void this.#shelf.dropWhere((cube) => !live.has(cube.shape.signature));
  }

  get cubes(): readonly CubeInfo[] {
    return this.#shelf.info;
  }

  /** Builds, and fetches of small cubes into the page, still running or queued. */
  get pending(): number {
    return this.#building.size + this.#route.loads.size;
  }

  /** Resolves once every build and drop asked for so far has finished (or failed). */
  async settled(): Promise<void> {
    const waits = () => [...this.#building.values(), ...this.#route.loads, ...this.#shelf.drops];
    for (let left = waits(); left.length > 0; left = waits()) await Promise.allSettled(left);
  }

  /**
   * The request answered from a cube, or null to run it on the base table. Pure lookup: never
   * waits for a build.
   */
  route(request: QueryRequest): (QueryRequest & { cube?: Cube }) | null {
    const plan = request.plan;
    if (!this.options.enabled || plan === undefined) return null;
    const shape =
      cubeSql === null || this.#shelf.held.length === 0 ? null : cubeSql.cubeShape(plan);
    if (shape === null) {
      this.stats.base++;
      return null;
    }
    const table = plan.table.table.toLowerCase();
    const generation = this.#versions.of(table);
    const best = cubeSql!.bestCube(
      this.#shelf.held,
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
    best.entry.used = this.#shelf.stamp();
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
    try {
      await loadCubeSql();
    } catch (error) {
      // The chunk did not load (a file missing on the server): the base table answers.
      warnBuildFailed('*', error);
      return;
    }
    const builds: Promise<void>[] = [];
    for (const [client, plan] of this.#plans) {
      if (client === exclude) continue;
      builds.push(this.#prepareFor(plan, columns, hints));
    }
    await Promise.allSettled(builds);
  }

  /** The table was reloaded (or changed by script): its cubes describe old data. */
  invalidate(table?: string): void {
    const key = table?.toLowerCase();
    this.#versions.changed(key);
    void this.#shelf.dropWhere((entry) => key === undefined || entry.table === key);
    // The new table's columns may have other types than what DuckDB answered before.
    this.page?.forgetLearned();
    this.#refused.clear();
  }

  /** Drops every cube (the dashboard left the page). */
  async dispose(): Promise<void> {
    this.#plans.clear();
    await Promise.allSettled(this.#shelf.dropWhere());
  }

  async #prepareFor(
    plan: AggregatePlan,
    columns: readonly PublisherColumn[],
    hints: readonly PublisherColumn[],
  ): Promise<void> {
    const shape = cubeSql!.cubeShape(plan);
    if (shape === null) return;
    const wanted = cubeSql!.selectionColumns(plan, columns, hints);
    if (wanted === null) return;
    const table = plan.table.table.toLowerCase();
    const generation = this.#versions.of(table);
    // Enough when a cube keeps these columns and is already small; a wide cube that keeps them
    // still gets a smaller one made from it (cheap), since every update scans what it reads.
    if (cubeSql!.covered(this.#shelf.held, shape, wanted, generation, this.options.smallCubeRows))
      return;
    const key = `${shape.signature}\u0000${generation}\u0000${JSON.stringify(wanted)}`;
    if (this.#refused.has(key)) return;
    const running = this.#building.get(key);
    if (running !== undefined) return running;
    const build = this.#enqueue(() => this.#build(shape, wanted, table, generation, key));
    this.#building.set(key, build);
    try {
      await build;
    } finally {
      this.#building.delete(key);
    }
  }

  /** One step of build work: it starts once no interactive query waits (build-steps.ts). */
  #enqueue(task: () => Promise<void>): Promise<void> {
    const step = () => cubeSql!.quiet().then(task);
    const run = this.#queue.then(step, step);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #build(
    shape: CubeShape,
    columns: CubeColumn[],
    table: string,
    generation: number,
    key: string,
  ): Promise<void> {
    const baseRows = await this.#versions.rows(table);
    if (baseRows < this.options.minRows) return;
    // The count may have been a statement of its own: the reader may have asked meanwhile.
    await cubeSql!.quiet();
    // Dropped, not deferred: a reload, or the widgets' questions, made it useless while it waited.
    if (
      generation !== this.#versions.of(table) ||
      !cubeSql!.stillWanted(
        this.#shelf.held,
        this.#plans.values(),
        shape,
        columns,
        generation,
        this.options.smallCubeRows,
      )
    )
      return;
    // From the smallest cube that keeps every column needed, when there is one.
    const source = cubeSql!.smallestSource(this.#shelf.held, shape, columns, generation);
    try {
      const between = this.options.sliceBuilds ? cubeSql!.quiet : undefined;
      const made = await makeCube(this.#writer!, this.#connector, shape, columns, source, between);
      const entry: Entry = {
        ...made,
        shape,
        columns,
        table,
        generation,
        used: this.#shelf.stamp(),
        ...(source === undefined ? {} : { from: source.name }),
      };
      await this.#keep(entry, baseRows, key);
    } catch (error) {
      this.#refused.add(key);
      // Quietly back to the base table: the widget's answer is the same, only slower.
      warnBuildFailed(table, error);
    }
  }

  /** A cube just built joins the others, unless it came too late or too big to be worth it. */
  async #keep(entry: Entry, baseRows: number, key: string): Promise<void> {
    // Near its table's size a cube saves DuckDB nothing (a column of instants, of ids), but one the
    // page answers still saves the trip to the worker (maxCubeShare's note).
    const { maxCubeRows, maxCubeShare } = this.options;
    const tooBig =
      entry.rows > maxCubeRows ||
      (entry.rows > baseRows * maxCubeShare && !this.#route.fits(entry));
    if (entry.generation !== this.#versions.of(entry.table) || tooBig) {
      if (tooBig) this.#refused.add(key);
      await this.#shelf.drop(entry);
      return;
    }
    // Narrower cubes stay: they answer their clauses faster. The least used go (cube-shelf.ts).
    this.#shelf.add(entry, this.options.maxCubes);
    this.dispatchEvent(new CustomEvent<CubeInfo>('build', { detail: this.#shelf.info.at(-1)! }));
    // Into the page now: the gesture it was built for is answered there, not by the worker.
    if (this.#route.fits(entry)) this.#route.fetch(entry);
  }

  /** Small cubes held in the page, once the first is fetched (page-cube/index.ts). */
  get page(): PageCubes | null {
    return this.#route.page;
  }

  /** The page's answer from a cube it holds, or null for DuckDB's (page-cube/index.ts). */
  answerInPage(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    return this.#route.answer(cube, plan, query);
  }

  /** DuckDB answered `query` from `cube`: the page may answer its like from now on. */
  learn(cube: Cube, plan: AggregatePlan, query: QueryPlan, result: QueryResult): void {
    this.#route.learn(cube as Entry, plan, query, result);
  }
}
