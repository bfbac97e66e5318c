/**
 * Cubes on the server (issue 14): the page's pre-aggregated tables, built by the server's DuckDB
 * for the plans it is sent. Why here and not asked for by the page: the page's coordinator builds
 * a cube when a pointer rests on a publisher, over its own DuckDB; with `server=` it has no DuckDB
 * to build in, and the cube must be shared by every page asking the same plans. So the server
 * learns each table's selection columns from the clauses plans arrive with, and the first plan
 * whose clauses a cube could answer queues one (grouped by the plan's groups plus every selection
 * column learnt for the table) and is answered from the table while it builds, off the request
 * path; later plans of the same shape, with any selection on those columns, read the cube
 * (thousands of rows) instead of the table (millions).
 *
 * A cube is built with the row-level scope applied (WHERE unit_code = the header's value) and is
 * keyed by that value: a cube built for one unit is never asked for another. It belongs to one
 * version of the data folder and is dropped when a file changes. At most `maxCubes` cubes and
 * `maxTotalRows` rows are kept; the least recently used go first.
 */

import { compileFilter, isPantauError, type AggregatePlan, type SqlValue } from '@pantau/core';
import { cubeQuery, cubeShape, type CubeColumn } from '@pantau/core/node';
import { BuildQueue, type BuildJob, type BuildLane } from './build-queue.ts';
import { BuildRetries, type BuildOutcome } from './build-retries.ts';
import {
  CUBE_DEFAULTS,
  type CubeContext,
  type CubeOptions,
  type CubeStatements,
} from './cube-options.ts';
import { columnFor, planColumns, sameColumn, scopedCubeSql } from './cube-columns.ts';
import { CUBE_PREFIX, RowCounts, cubeInfo, type CubeInfo, type Entry } from './cube-entry.ts';

export { CUBE_PREFIX, type CubeInfo } from './cube-entry.ts';

type Shape = NonNullable<ReturnType<typeof cubeShape>>;

export class CubeStore {
  readonly options: CubeOptions;
  readonly #entries: Entry[] = [];
  readonly builds: BuildQueue;
  /** The last build's ms per row of the table, by table: how long the next one will take. */
  readonly #rates = new Map<string, number>();
  /** Builds that failed or came out too big, for their version, and their next tries. */
  readonly retries: BuildRetries;
  readonly #columns = new Map<string, CubeColumn[]>();
  readonly #rowCounts = new RowCounts();
  #tick = 0;
  #names = 0;
  /**
   * Plans answered from a cube and from the table, cubes built and dropped, requests that waited
   * for a build nearly done (tests, bench; builds cancelled are `builds.cancelled`, failed and
   * tried again `retries.stats`).
   */
  readonly stats = { cube: 0, base: 0, built: 0, dropped: 0, waited: 0 };

  /**
   * `lanes`: the connections builds run on (none: no cube is ever built); `log`: the operator's
   * log, told of builds that failed.
   */
  constructor(
    options: Partial<CubeOptions> = {},
    lanes: readonly BuildLane[] = [],
    log: (message: string) => void = () => {},
  ) {
    this.options = { ...CUBE_DEFAULTS, ...options };
    this.builds = new BuildQueue(lanes, this.options.maxQueuedBuilds);
    this.retries = new BuildRetries(this.options, log);
  }

  get cubes(): readonly CubeInfo[] {
    return this.#entries.map(cubeInfo);
  }

  /**
   * The plan's SQL over a cube, or null for the table itself: when no cube answers it yet, one is
   * queued for building (build-queue.ts) and the table answers meanwhile, unless the build is
   * nearly done. `plan` is the plan's aggregate rendered without the scope.
   */
  async route(
    plan: AggregatePlan,
    context: CubeContext,
    statements: CubeStatements,
  ): Promise<{ sql: string; params: SqlValue[]; cube: string } | null> {
    const shape = cubeShape(plan);
    const own = shape === null ? null : planColumns(plan);
    if (shape === null || own === null) return this.#base();
    const table = plan.table.table.toLowerCase();
    await this.#dropOld(table, context.version, statements);
    this.#learn(table, plan);
    let found = this.#find(shape.signature, plan, table, context);
    if (found === null) {
      const baseRows = await this.#rowCounts.of(table, context, statements);
      if (baseRows < this.options.minRows) return this.#base();
      const job = this.#schedule(shape, plan, own, table, context);
      if (job !== null && (await this.#waitIfNearlyDone(job, table, baseRows)))
        found = this.#find(shape.signature, plan, table, context);
    }
    if (found === null) return this.#base();
    this.stats.cube++;
    found.entry.used = ++this.#tick;
    return { ...found.query, params: [...found.query.params], cube: found.entry.name };
  }

  /** Stops every build (a running one is interrupted) and waits for it, before connections close. */
  close(): Promise<void> {
    return this.builds.close();
  }

  /** A cube's answer failed (dropped meanwhile by another request): the table answers. */
  missed(): void {
    this.stats.cube--;
    this.stats.base++;
  }

  #base(): null {
    this.stats.base++;
    return null;
  }

  #find(signature: string, plan: AggregatePlan, table: string, context: CubeContext) {
    let best: { entry: Entry; query: { sql: string; params: readonly SqlValue[] } } | null = null;
    for (const entry of this.#entries) {
      if (entry.shape.signature !== signature || entry.table !== table) continue;
      if (entry.version !== context.version || entry.scopeValue !== context.scopeValue) continue;
      if (best !== null && best.entry.rows <= entry.rows) continue;
      best = this.#answer(entry, plan) ?? best;
    }
    return best;
  }

  #answer(entry: Entry, plan: AggregatePlan) {
    const query = cubeQuery(entry, plan);
    return query === null ? null : { entry, query: { sql: query.sql, params: query.params ?? [] } };
  }

  #learn(table: string, plan: AggregatePlan): void {
    const known = this.#columns.get(table) ?? [];
    for (const clause of plan.filter) {
      const c = columnFor(plan, clause);
      if (c === null || known.some((k) => sameColumn(k, c))) continue;
      if (known.length < this.options.maxColumns) known.push(c);
    }
    this.#columns.set(table, known);
  }

  /**
   * Queues the cube that would answer `plan` (off the request path), unless one is queued or
   * running already, or a failed build of it waits out its backoff; null when none is built now.
   * Every selection column learnt for the table, so the next click elsewhere hits it too; if that
   * comes out too big, only this plan's own.
   */
  #schedule(
    shape: Shape,
    plan: AggregatePlan,
    own: CubeColumn[],
    table: string,
    context: CubeContext,
  ): BuildJob | null {
    const learnt = this.#columns.get(table) ?? [];
    const wanted = [...learnt, ...own.filter((c) => !learnt.some((l) => sameColumn(l, c)))];
    // Nothing selected on this table yet: a cube of the groups alone is the answer itself.
    if (wanted.length === 0) return null;
    const key = (columns: CubeColumn[]) =>
      JSON.stringify([shape.signature, context.version, context.scopeValue, columns]);
    const candidates = own.length === wanted.length ? [own] : [wanted, own];
    const now = performance.now();
    const tries = candidates.filter((columns) => this.retries.when(key(columns), now) !== 'never');
    if (tries.length === 0 || this.retries.when(key(tries[0]!), now) === 'later') return null;
    const first = key(tries[0]!);
    const known = this.builds.get(first);
    if (known !== undefined) return known;
    this.retries.retrying(first);
    return this.builds.submit(first, table, context.version, async (statements, job) => {
      for (const columns of tries) {
        if (job.cancelled) return 'cancelled';
        // A cube built meanwhile (by an earlier build with more columns) may answer already.
        if (this.#find(shape.signature, plan, table, context) !== null) return 'skipped';
        const outcome = await this.#build(shape, columns, table, context, statements, job);
        if (outcome === 'tooBig') this.retries.refuse(key(columns), table, context.version);
        else return this.retries.ended(key(columns), table, context.version, outcome);
      }
      return 'tooBig';
    });
  }

  /** Waits for `job` if the table's last build rate says it ends within `waitMs`; true if it ended. */
  async #waitIfNearlyDone(job: BuildJob, table: string, baseRows: number): Promise<boolean> {
    const rate = this.#rates.get(table);
    if (job.startedAt === null || rate === undefined || this.options.waitMs <= 0) return false;
    const left = rate * baseRows - (performance.now() - job.startedAt);
    if (left > this.options.waitMs) return false;
    const ended = await this.builds.waitFor(job, this.options.waitMs);
    if (ended) this.stats.waited++;
    return ended;
  }

  /** Builds one cube on a build lane; only a cube `built` is kept. */
  async #build(
    shape: Shape,
    columns: CubeColumn[],
    table: string,
    context: CubeContext,
    statements: CubeStatements,
    job: BuildJob,
  ): Promise<BuildOutcome> {
    const name = `${CUBE_PREFIX}${++this.#names}`;
    const started = performance.now();
    try {
      const scope = compileFilter(context.scope, shape.plan.table);
      const { sql, params } = scopedCubeSql(name, shape, columns, scope);
      await statements.exec(sql, params);
      const rows = await statements.count(`SELECT count(*)::DOUBLE FROM "${name}"`);
      const baseRows = await this.#rowCounts.of(table, context, statements);
      const buildMs = performance.now() - started;
      const entry: Entry = {
        name,
        shape,
        columns,
        table,
        version: context.version,
        scopeValue: context.scopeValue,
        rows,
        buildMs,
        used: ++this.#tick,
      };
      this.#rates.set(table, buildMs / Math.max(1, baseRows));
      const tooBig =
        rows > Math.min(this.options.maxCubeRows, baseRows * this.options.maxCubeShare);
      if (tooBig || job.cancelled) {
        await this.#drop(entry, statements);
        return job.cancelled ? 'cancelled' : 'tooBig';
      }
      this.stats.built++;
      this.#entries.push(entry);
      await this.#trim(entry, statements);
      return 'built';
    } catch (error) {
      // Back to the table (the answer is the same, only slower); a cancelled build is tried again
      // when asked for, a failed one after its backoff (#ended).
      await statements.exec(`DROP TABLE IF EXISTS "${name}"`, []).catch(() => undefined);
      if (job.cancelled) return 'interrupted';
      return isPantauError(error) && error.code === 'QUERY_TIMEOUT' ? 'timedOut' : 'failed';
    }
  }

  /** Cubes of another version of the data describe rows that are gone. */
  async #dropOld(table: string, version: string, statements: CubeStatements): Promise<void> {
    this.builds.cancel((job) => job.table === table && job.version !== version);
    this.retries.forgetOld(table, version);
    const old = this.#entries.filter((e) => e.table === table && e.version !== version);
    for (const entry of old) await this.#drop(entry, statements);
    this.#rowCounts.forgetOld(table, version);
  }

  async #trim(keep: Entry, statements: CubeStatements): Promise<void> {
    const total = () => this.#entries.reduce((a, e) => a + e.rows, 0);
    while (
      this.#entries.length > 1 &&
      (this.#entries.length > this.options.maxCubes || total() > this.options.maxTotalRows)
    ) {
      const victim = this.#entries
        .filter((e) => e !== keep)
        .reduce((a, b) => (a.used <= b.used ? a : b));
      await this.#drop(victim, statements);
    }
  }

  async #drop(entry: Entry, statements: CubeStatements): Promise<void> {
    const at = this.#entries.indexOf(entry);
    if (at >= 0) {
      this.#entries.splice(at, 1);
      this.stats.dropped++;
    }
    await statements.exec(`DROP TABLE IF EXISTS "${entry.name}"`, []).catch(() => undefined);
  }
}
