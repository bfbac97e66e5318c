/**
 * Cubes on the server (issue 14): the page's pre-aggregated tables, built by the server's DuckDB
 * for the plans it is sent. Why here and not asked for by the page: the page's coordinator builds
 * a cube when a pointer rests on a publisher, over its own DuckDB; with `server=` it has no DuckDB
 * to build in, and the cube must be shared by every page asking the same plans. So the server
 * learns each table's selection columns from the clauses plans arrive with, and the first plan
 * whose clauses a cube could answer builds one (grouped by the plan's groups plus every selection
 * column learnt for the table) and is answered from it; later plans of the same shape, with any
 * selection on those columns, read the cube (thousands of rows) instead of the table (millions).
 *
 * A cube is built with the row-level scope applied (WHERE unit_code = the header's value) and is
 * keyed by that value: a cube built for one unit is never asked for another. It belongs to one
 * version of the data folder and is dropped when a file changes. At most `maxCubes` cubes and
 * `maxTotalRows` rows are kept; the least recently used go first.
 */

import { compileFilter, type AggregatePlan, type FilterClause, type SqlValue } from '@pantau/core';
import { cubeQuery, cubeShape, type Cube, type CubeColumn } from '@pantau/core/node';
import { columnFor, planColumns, sameColumn, scopedCubeSql } from './cube-columns.ts';

export interface CubeOptions {
  /** Tables with fewer rows are fast enough as they are. Default 1,000,000. */
  minRows: number;
  /** A cube with more rows than this, or than `maxCubeShare` of its table, is dropped. Default 200,000. */
  maxCubeRows: number;
  maxCubeShare: number;
  /** Cubes kept at once. Default 64. */
  maxCubes: number;
  /** Rows of every cube together (memory: a cube row is a few dozen bytes). Default 4,000,000. */
  maxTotalRows: number;
  /** Selection columns learnt per table; more distinct ones are not kept. Default 8. */
  maxColumns: number;
}

export const CUBE_DEFAULTS: CubeOptions = {
  minRows: 1_000_000,
  maxCubeRows: 200_000,
  maxCubeShare: 0.25,
  maxCubes: 64,
  maxTotalRows: 4_000_000,
  maxColumns: 8,
};

/** Pantau's own statements on the batch's connection: a cube's CREATE and DROP, row counts. */
export interface CubeStatements {
  exec(sql: string, params: readonly SqlValue[]): Promise<void>;
  count(sql: string): Promise<number>;
}

/** The request's place: its data version and scope, which every cube is keyed by. */
export interface CubeContext {
  version: string;
  /** The scope header's value, or null without a scope. */
  scopeValue: string | null;
  /** The scope's clauses on this table (applied when a cube is built). */
  scope: readonly FilterClause[];
}

interface Entry extends Cube {
  table: string;
  version: string;
  scopeValue: string | null;
  rows: number;
  buildMs: number;
  used: number;
}

export const CUBE_PREFIX = '__pantau_cube_';

/** A cube held, as tests, logs and the benchmark see it. */
export interface CubeInfo {
  name: string;
  table: string;
  rows: number;
  buildMs: number;
  /** The scope value it was built for (its rows are only that unit's), or null. */
  scopeValue: string | null;
  /** Its selection columns, `column` or `column/month`. */
  columns: string[];
}

export class CubeStore {
  readonly options: CubeOptions;
  readonly #entries: Entry[] = [];
  readonly #building = new Map<string, Promise<Entry | null>>();
  /** Keys that failed or came out too big, for their version. */
  readonly #refused = new Set<string>();
  readonly #columns = new Map<string, CubeColumn[]>();
  readonly #rowCounts = new Map<string, Promise<number>>();
  #tick = 0;
  #names = 0;
  /** Plans answered from a cube, from the table, and cubes built and dropped (tests, bench). */
  readonly stats = { cube: 0, base: 0, built: 0, dropped: 0 };

  constructor(options: Partial<CubeOptions> = {}) {
    this.options = { ...CUBE_DEFAULTS, ...options };
  }

  get cubes(): readonly CubeInfo[] {
    return this.#entries.map(({ name, table, rows, buildMs, scopeValue, columns }) => ({
      name,
      table,
      rows,
      buildMs,
      scopeValue,
      columns: columns.map((c) => (c.interval === null ? c.column : `${c.column}/${c.interval}`)),
    }));
  }

  /**
   * The plan's SQL over a cube (built now when none answers it yet and one could), or null for
   * the table itself. `plan` is the plan's aggregate rendered without the scope.
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
      if ((await this.#rowCount(table, context, statements)) < this.options.minRows)
        return this.#base();
      // Every selection column learnt for the table, so the next click elsewhere hits it too;
      // if that comes out too big, only this plan's own.
      const learnt = this.#columns.get(table) ?? [];
      const wanted = [...learnt, ...own.filter((c) => !learnt.some((l) => sameColumn(l, c)))];
      // Nothing selected on this table yet: a cube of the groups alone is the answer itself.
      if (wanted.length === 0) return this.#base();
      for (const columns of own.length === wanted.length ? [own] : [wanted, own]) {
        const entry = await this.#ensure(shape, columns, table, context, statements);
        if (entry !== null) found = this.#answer(entry, plan);
        if (found !== null) break;
      }
    }
    if (found === null) return this.#base();
    this.stats.cube++;
    found.entry.used = ++this.#tick;
    return { ...found.query, params: [...found.query.params], cube: found.entry.name };
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

  #ensure(
    shape: NonNullable<ReturnType<typeof cubeShape>>,
    columns: CubeColumn[],
    table: string,
    context: CubeContext,
    statements: CubeStatements,
  ): Promise<Entry | null> {
    const key = JSON.stringify([shape.signature, context.version, context.scopeValue, columns]);
    if (this.#refused.has(key)) return Promise.resolve(null);
    let build = this.#building.get(key);
    if (build === undefined) {
      build = this.#build(shape, columns, table, context, statements, key).finally(() =>
        this.#building.delete(key),
      );
      this.#building.set(key, build);
    }
    return build;
  }

  async #build(
    shape: NonNullable<ReturnType<typeof cubeShape>>,
    columns: CubeColumn[],
    table: string,
    context: CubeContext,
    statements: CubeStatements,
    key: string,
  ): Promise<Entry | null> {
    const name = `${CUBE_PREFIX}${++this.#names}`;
    const started = performance.now();
    try {
      const scope = compileFilter(context.scope, shape.plan.table);
      const { sql, params } = scopedCubeSql(name, shape, columns, scope);
      await statements.exec(sql, params);
      const rows = await statements.count(`SELECT count(*)::DOUBLE FROM "${name}"`);
      const baseRows = await this.#rowCount(table, context, statements);
      const entry: Entry = {
        name,
        shape,
        columns,
        table,
        version: context.version,
        scopeValue: context.scopeValue,
        rows,
        buildMs: performance.now() - started,
        used: ++this.#tick,
      };
      if (rows > Math.min(this.options.maxCubeRows, baseRows * this.options.maxCubeShare)) {
        this.#refused.add(key);
        await this.#drop(entry, statements);
        return null;
      }
      this.stats.built++;
      this.#entries.push(entry);
      await this.#trim(entry, statements);
      return entry;
    } catch {
      // Quietly back to the table: the answer is the same, only slower.
      this.#refused.add(key);
      await statements.exec(`DROP TABLE IF EXISTS "${name}"`, []).catch(() => undefined);
      return null;
    }
  }

  #rowCount(table: string, context: CubeContext, statements: CubeStatements): Promise<number> {
    const key = `${table}\u0000${context.version}`;
    let count = this.#rowCounts.get(key);
    if (count === undefined) {
      // The catalogue's view names are checked table names (letters, digits, _ and -).
      count = statements.count(`SELECT count(*)::DOUBLE FROM "${table.replaceAll('"', '""')}"`);
      count.catch(() => this.#rowCounts.delete(key));
      this.#rowCounts.set(key, count);
    }
    return count;
  }

  /** Cubes of another version of the data describe rows that are gone. */
  async #dropOld(table: string, version: string, statements: CubeStatements): Promise<void> {
    const old = this.#entries.filter((e) => e.table === table && e.version !== version);
    for (const entry of old) await this.#drop(entry, statements);
    for (const key of this.#rowCounts.keys())
      if (key.startsWith(`${table}\u0000`) && !key.endsWith(`\u0000${version}`))
        this.#rowCounts.delete(key);
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
