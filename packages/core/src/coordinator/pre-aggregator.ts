/**
 * Pre-aggregation for cross-filtering over large tables (Mosaic's data cube indexes). When a
 * widget that can publish a selection is about to be used, every other widget whose query is an
 * aggregate over decomposable measures gets a small table grouped by its own groups plus the
 * publisher's selection columns (and the columns other clauses are on); its updates are then
 * answered from that table. Builds run one at a time and never hold up a query: until a cube is
 * ready, and whenever one cannot answer, the base table does. Widgets whose measures cannot be
 * split (median, distinct counts) always query the base table.
 */

import { sayBoth, CORE_START_WORDS } from '@pantau/messages';
import type { Connector } from '../engine/connector.ts';
import { writerOf, type EngineWriter } from '../engine/engine-access.ts';
import { tableChanges } from '../engine/table-changes.ts';
// Kept importable from here, where the coordinator and trusted-exec.ts find it.
export { announceTableChange } from '../engine/table-changes.ts';
import { PantauError } from '../errors/pantau-error.ts';
import { runQuery } from '../results/run-query.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type * as CubeSqlModule from './cube-sql.ts';
import type { Cube, CubeColumn, CubeShape } from './cube-sql.ts';
import type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';
import type { QueryClient, QueryRequest } from './query-client.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { PageCubes } from './page-cube/index.ts';

type CubeSql = typeof CubeSqlModule;

/**
 * The cube SQL (with sufficient statistics on the expression tree) loads with the first cube build: a page whose
 * tables stay under `minRows` never builds one, and routing has nothing to look for until then.
 */
let cubeSql: CubeSql | null = null;
let cubeSqlLoad: Promise<CubeSql> | null = null;
function loadCubeSql(): Promise<CubeSql> {
  cubeSqlLoad ??= import('./cube-sql.ts').then(
    (module) => (cubeSql = module),
    (error: unknown) => {
      cubeSqlLoad = null;
      throw error;
    },
  );
  return cubeSqlLoad;
}

export type { CubeInfo, PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';

interface Entry extends Cube {
  table: string;
  generation: number;
  rows: number;
  buildMs: number;
  used: number;
  from?: string;
}

const CUBE_COUNTER = Symbol.for('pantau.cubeCounter.v1');

/** Cube names are unique on the page: every dashboard's coordinator shares one DuckDB. */
function nextCubeName(): string {
  const holder = globalThis as { [CUBE_COUNTER]?: number };
  holder[CUBE_COUNTER] = (holder[CUBE_COUNTER] ?? 0) + 1;
  return `__pantau_cube_${holder[CUBE_COUNTER]}`;
}

export class PreAggregator extends EventTarget {
  readonly options: PreAggregateOptions;
  readonly #connector: Connector;
  /** Pantau's own write capability on the connector's database; null where it has none. */
  readonly #writer: EngineWriter | null;
  readonly #plans = new Map<QueryClient, AggregatePlan>();
  readonly #cubes: Entry[] = [];
  /** Cubes being built, by key (shape + columns), so a second ask waits for the same build. */
  readonly #building = new Map<string, Promise<void>>();
  /** Keys that failed or came out too big: not tried again until the table reloads. */
  readonly #refused = new Set<string>();
  readonly #rowCounts = new Map<string, Promise<number>>();
  readonly #generations = new Map<string, number>();
  /** DROPs sent and not yet answered (settled() waits for them: tests check the tables). */
  readonly #dropping = new Set<Promise<void>>();
  #queue: Promise<void> = Promise.resolve();
  #tick = 0;
  /** Bumped when every table may have changed (a script's statement): all generations move. */
  #epoch = 0;
  /** Queries answered from a cube and from the base table (tests and benchmarks read these). */
  readonly stats = { cube: 0, base: 0 };
  /** Small cubes held in the page, once the first is fetched (page-cube/index.ts). */
  page: PageCubes | null = null;
  readonly #pageLoads = new Set<Promise<unknown>>();
  /** Small cubes fetched (or being fetched) into the page. */
  readonly #fetched = new WeakSet<Cube>();

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
    for (const cube of [...this.#cubes]) {
      if (!live.has(cube.shape.signature)) void this.#drop(cube);
    }
  }

  get cubes(): readonly CubeInfo[] {
    return this.#cubes.map(({ name, table, rows, buildMs, columns, from }) => ({
      name,
      table,
      rows,
      buildMs,
      columns,
      ...(from === undefined ? {} : { from }),
    }));
  }

  /** Builds, and fetches of small cubes into the page, still running or queued. */
  get pending(): number {
    return this.#building.size + this.#pageLoads.size;
  }

  /** Resolves once every build and drop asked for so far has finished (or failed). */
  async settled(): Promise<void> {
    while (this.#building.size + this.#pageLoads.size + this.#dropping.size > 0) {
      await Promise.allSettled([...this.#building.values(), ...this.#pageLoads, ...this.#dropping]);
    }
  }

  /**
   * The request answered from a cube, or null to run it on the base table. Pure lookup: never
   * waits for a build.
   */
  route(request: QueryRequest): (QueryRequest & { cube?: Cube }) | null {
    const plan = request.plan;
    if (!this.options.enabled || plan === undefined) return null;
    const shape = cubeSql === null || this.#cubes.length === 0 ? null : cubeSql.cubeShape(plan);
    if (shape === null) {
      this.stats.base++;
      return null;
    }
    const table = plan.table.table.toLowerCase();
    const generation = this.#generation(table);
    const best = cubeSql!.bestCube(
      this.#cubes,
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
    best.entry.used = ++this.#tick;
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
      const failure = buildFailed('*', error);
      console.warn(`${failure.text.id} / ${failure.text.en}`);
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
    if (key === undefined) {
      this.#epoch++;
      this.#rowCounts.clear();
    } else {
      this.#generations.set(key, (this.#generations.get(key) ?? 0) + 1);
      this.#rowCounts.delete(key);
    }
    for (const entry of [...this.#cubes]) {
      if (key === undefined || entry.table === key) void this.#drop(entry);
    }
    // The new table's columns may have other types than what DuckDB answered before.
    this.page?.forgetLearned();
    this.#refused.clear();
  }

  /** Drops every cube (the dashboard left the page). */
  async dispose(): Promise<void> {
    this.#plans.clear();
    await Promise.allSettled([...this.#cubes].map((c) => this.#drop(c)));
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
    const generation = this.#generation(table);
    // Enough when a cube keeps these columns and is already small; a wide cube that keeps them
    // still gets a smaller one made from it (cheap), since every update scans what it reads.
    if (cubeSql!.covered(this.#cubes, shape, wanted, generation, this.options.smallCubeRows))
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
    const baseRows = await this.#rowCount(table);
    if (baseRows < this.options.minRows) return;
    // The count may have been a statement of its own: the reader may have asked meanwhile.
    await cubeSql!.quiet();
    // Dropped, not deferred: a reload, or the widgets' questions, made it useless while it waited.
    if (
      generation !== this.#generation(table) ||
      !cubeSql!.stillWanted(
        this.#cubes,
        this.#plans.values(),
        shape,
        columns,
        generation,
        this.options.smallCubeRows,
      )
    )
      return;
    const name = nextCubeName();
    const started = performance.now();
    // From the smallest cube that keeps every column needed, when there is one.
    const source = cubeSql!.smallestSource(this.#cubes, shape, columns, generation);
    try {
      await this.#writer!.exec(
        source === undefined
          ? cubeSql!.cubeBuildSql(name, shape, columns)
          : cubeSql!.cubeFromCubeSql(name, source, columns),
      );
      const counted = await runQuery(
        this.#connector,
        `SELECT count(*)::DOUBLE AS n FROM ${quoteIdentifier(name)}`,
      );
      const rows = Number(counted.columns['n']?.[0] ?? 0);
      const buildMs = performance.now() - started;
      const entry: Entry = {
        name,
        shape,
        columns,
        table,
        generation,
        rows,
        buildMs,
        used: ++this.#tick,
        ...(source === undefined ? {} : { from: source.name }),
      };
      await this.#keep(entry, baseRows, key);
    } catch (error) {
      this.#refused.add(key);
      await this.#writer!.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`).catch(() => {});
      // Quietly back to the base table: the widget's answer is the same, only slower.
      const failure = buildFailed(table, error);
      console.warn(`${failure.text.id} / ${failure.text.en}`);
    }
  }

  /** A cube just built joins the others, unless it came too late or too big to be worth it. */
  async #keep(entry: Entry, baseRows: number, key: string): Promise<void> {
    // A cube near the size of its table saves nothing (a column of instants, of ids).
    const tooBig =
      entry.rows > Math.min(this.options.maxCubeRows, baseRows * this.options.maxCubeShare);
    if (entry.generation !== this.#generation(entry.table) || tooBig) {
      if (tooBig) this.#refused.add(key);
      await this.#drop(entry);
      return;
    }
    // Narrower cubes stay: they answer their clauses faster. The least used go (#trim).
    this.#cubes.push(entry);
    this.#trim();
    this.dispatchEvent(new CustomEvent<CubeInfo>('build', { detail: this.cubes.at(-1)! }));
    // Into the page now: the gesture it was built for is answered there, not by the worker.
    if (this.#forPage(entry)) this.#intoPage(entry);
  }

  #rowCount(table: string): Promise<number> {
    let count = this.#rowCounts.get(table);
    if (count === undefined) {
      count = runQuery(
        this.#connector,
        `SELECT count(*)::DOUBLE AS n FROM ${quoteIdentifier(table)}`,
      ).then((result) => Number(result.columns['n']?.[0] ?? 0));
      count.catch(() => this.#rowCounts.delete(table));
      this.#rowCounts.set(table, count);
    }
    return count;
  }

  /**
   * Over the limit, copies made from another cube go first (milliseconds to make again), least
   * recently used first; cubes scanned from the table (seconds at 10M rows) go last.
   */
  #trim(): void {
    while (this.#cubes.length > this.options.maxCubes) {
      const victim = this.#cubes.reduce((a, b) => {
        const derivedA = a.from !== undefined;
        const derivedB = b.from !== undefined;
        if (derivedA !== derivedB) return derivedA ? a : b;
        return a.used <= b.used ? a : b;
      });
      void this.#drop(victim);
    }
  }

  /** The page's answer from a cube it holds, or null for DuckDB's (page-cube/index.ts). */
  answerInPage(cube: Cube, plan: AggregatePlan, query: QueryPlan): QueryResult | null {
    return this.page?.answer(cube, plan, query) ?? null;
  }

  /**
   * DuckDB answered `query` from `cube`: the page may answer its like, from any small cube of
   * the same shape, from now on. A small cube not yet in the page is fetched.
   */
  learn(cube: Cube, plan: AggregatePlan, query: QueryPlan, result: QueryResult): void {
    if (!this.#forPage(cube as Entry)) return;
    if (this.page !== null) this.page.learn(cube, plan, query, result);
    else void this.#pageCubes().then((page) => page.learn(cube, plan, query, result), noop);
    this.#intoPage(cube as Entry);
  }

  /** Small enough to answer in the page (pageCubeRows: 0 turns the page route off). */
  #forPage(entry: Entry): boolean {
    return this.options.pageCubeRows > 0 && entry.rows <= this.options.pageCubeRows;
  }

  /** The page's cubes, their module loaded with the first small cube, never with the page. */
  #pageCubes(): Promise<PageCubes> {
    return import('./page-cube/index.ts').then(({ PageCubes }) => (this.page ??= new PageCubes()));
  }

  /** Fetches a small cube into the page (once), after the build steps queued before it. */
  #intoPage(entry: Entry): void {
    if (this.#fetched.has(entry)) return;
    this.#fetched.add(entry);
    const load = this.#pageCubes().then((page) => {
      return this.#enqueue(async () => {
        if (this.#cubes.includes(entry)) await page.load(this.#connector, entry);
      });
    });
    // Not fetched: DuckDB keeps answering from the cube, as fast as before.
    const tracked = load.catch(() => undefined).finally(() => this.#pageLoads.delete(tracked));
    this.#pageLoads.add(tracked);
  }

  #drop(entry: Entry): Promise<void> {
    const at = this.#cubes.indexOf(entry);
    if (at >= 0) this.#cubes.splice(at, 1);
    this.page?.drop(entry);
    const drop = this.#writer!.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(entry.name)}`).catch(
      () => undefined, // The database is gone or closed: nothing left to drop.
    );
    this.#dropping.add(drop);
    void drop.then(() => this.#dropping.delete(drop));
    return drop;
  }

  /** Changes whenever the table may have changed; a build started before is then dropped. */
  #generation(table: string): number {
    return (this.#generations.get(table) ?? 0) + this.#epoch * 1_000_000;
  }
}

function noop(): void {}

function buildFailed(table: string, error: unknown): PantauError {
  const reason = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: sayBoth(CORE_START_WORDS, 'preAggregatingTableFailed', table, reason),
    cause: error,
  });
}
