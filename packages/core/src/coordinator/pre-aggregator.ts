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
import { listenToTableChanges } from '../engine/table-changes.ts';
// Kept importable from here, where the coordinator and trusted-exec.ts find it.
export { announceTableChange } from '../engine/table-changes.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { cubeSql, cubeSqlLoaded, dropRoots, makeCube, warnBuildFailed } from './cube-tables.ts';
import type { Cube, RootCube } from './cube-sql.ts';
import type { Wanted } from './root-builds.ts';
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
import { CubeBuilds } from './cube-builds.ts';

export type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';

/** A cube a widget wants, and its key (shape, generation, columns) among builds. */
type Want = Wanted & { key: string };

export class PreAggregator extends EventTarget {
  readonly options: PreAggregateOptions;
  readonly #connector: Connector;
  /** Pantau's own write capability on the connector's database; null where it has none. */
  readonly #writer: EngineWriter | null;
  readonly #plans = new Map<QueryClient, AggregatePlan>();
  readonly #shelf: CubeShelf;
  /** Build steps, one at a time; a cube asked for twice is built once (cube-builds.ts). */
  readonly #builds = new CubeBuilds();
  /** Keys that failed or came out too big: not tried again until the table reloads. */
  readonly #refused = new Set<string>();
  readonly #versions: TableVersions;
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
      enqueue: (task) => this.#builds.enqueue(task),
      holds: (cube) => this.#shelf.held.includes(cube as Entry),
    });
    // A database Pantau may not write to (a server's) gets no cubes.
    this.options = { enabled: this.#writer !== null, ...PRE_AGGREGATE_DEFAULTS, ...options };
    listenToTableChanges(this);
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
    return this.#builds.size + this.#route.loads.size;
  }

  /** Resolves once every build and drop asked for so far has finished (or failed). */
  async settled(): Promise<void> {
    const waits = () => [...this.#builds.waits(), ...this.#route.loads, ...this.#shelf.drops];
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
   * is kept cut to the brush's period rather than as every distinct instant. `fromRootOnly`:
   * only cubes cut from a root this pass builds (the first views wait for them: first-roots.ts).
   */
  async prepare(
    columns: readonly PublisherColumn[],
    exclude?: QueryClient,
    hints: readonly PublisherColumn[] = columns,
    fromRootOnly = false,
  ): Promise<void> {
    if (!this.options.enabled || this.#writer === null) return;
    if (!(await cubeSqlLoaded())) return;
    const wants: Want[] = [];
    for (const [client, plan] of this.#plans) {
      const want = client === exclude ? null : this.#want(plan, columns, hints);
      if (want !== null) wants.push(want);
    }
    // One scan of a table for the cubes no held cube can be cut from (root-builds.ts).
    const fresh = wants.filter(
      (w) =>
        !this.#builds.has(w.key) &&
        !cubeSql!.smallestSource(this.#shelf.held, w.shape, w.columns, w.generation),
    );
    const roots = fresh.length > 1 ? this.#roots(fresh) : undefined;
    if (fromRootOnly && roots === undefined) return;
    const builds = wants.map((want) =>
      this.#builds.build(want.key, () => this.#build(want, roots, fromRootOnly)),
    );
    await Promise.allSettled(builds);
    const made = await roots?.catch(() => []);
    if (made?.length) await this.#builds.step(() => dropRoots(this.#writer!, made));
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

  /** The cube a plan needs for these columns, unless one already serves or it was refused. */
  #want(
    plan: AggregatePlan,
    columns: readonly PublisherColumn[],
    hints: readonly PublisherColumn[],
  ): Want | null {
    const { held } = this.#shelf;
    const of = (table: string) => this.#versions.of(table);
    const want = cubeSql!.wantedCube(plan, columns, hints, held, of, this.options.smallCubeRows);
    if (want === null) return null;
    const key = `${want.shape.signature}\u0000${want.generation}\u0000${JSON.stringify(want.columns)}`;
    return this.#refused.has(key) ? null : { ...want, key };
  }

  /** A step that makes the wanted cubes' roots, one per table with two or more. */
  #roots(wants: Want[]): Promise<RootCube[]> {
    return this.#builds.step(() =>
      cubeSql!.makeRoots(wants, {
        writer: this.#writer!,
        connector: this.#connector,
        baseRows: (table) => this.#versions.rows(table),
        maxShare: this.options.maxCubeShare,
        between: this.options.sliceBuilds ? cubeSql!.quiet : undefined,
        made: (root, buildMs) =>
          this.dispatchEvent(new CustomEvent('root', { detail: { ...root, buildMs } })),
      }),
    );
  }

  async #build(want: Want, roots?: Promise<RootCube[]>, fromRootOnly = false): Promise<void> {
    const { shape, columns, table, generation, key } = want;
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
    const source =
      cubeSql!.smallestSource(this.#shelf.held, shape, columns, generation) ??
      (await roots?.catch(() => undefined))?.find(
        (r) => r.generation === generation && cubeSql!.rootKeeps(r, shape, columns),
      );
    if (source === undefined && fromRootOnly) return;
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
