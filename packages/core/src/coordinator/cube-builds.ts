import type { Connector } from '../engine/connector.ts';
import type { EngineWriter } from '../engine/engine-access.ts';
import { runQuery } from '../results/run-query.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { CubeColumn, CubeShape } from './cube-sql.ts';
import * as cubeSql from './cube-sql.ts';
import type { CubeShelf, Entry } from './cube-shelf.ts';
import type { PreAggregateOptions, PublisherColumn } from './pre-aggregate-options.ts';

// Loaded together (cube-shelf.ts loadCubeBuilds): the SQL is what a build writes.
export { cubeSql };

const CUBE_COUNTER = Symbol.for('pantau.cubeCounter.v1');

/** Cube names are unique on the page: every dashboard's coordinator shares one DuckDB. */
export function nextCubeName(): string {
  const holder = globalThis as { [CUBE_COUNTER]?: number };
  holder[CUBE_COUNTER] = (holder[CUBE_COUNTER] ?? 0) + 1;
  return `__pantau_cube_${holder[CUBE_COUNTER]}`;
}

/** What building cubes needs of the PreAggregator. */
export interface BuildHost {
  readonly connector: Connector;
  /** Pantau's own writes; never null once a build runs (prepare() checks). */
  readonly writer: EngineWriter | null;
  readonly shelf: CubeShelf;
  readonly options: PreAggregateOptions;
  /** Every client's current plan: a build nobody needs any more is dropped before it runs. */
  plans(): Iterable<AggregatePlan>;
  /** A cube was built and kept. */
  built(entry: Entry): void;
  /** A build failed: said on the console (the base table answers instead). */
  failed(table: string, error: unknown): void;
}

/**
 * Building cubes: one at a time, each step once no interactive query waits, never twice for one
 * key, never again for a key that failed or came out too big (until its table changes).
 */
export class CubeBuilds {
  /** Cubes being built, by key (shape + columns), so a second ask waits for the same build. */
  readonly building = new Map<string, Promise<void>>();
  /** Keys that failed or came out too big: not tried again until the table reloads. */
  readonly #refused = new Set<string>();
  readonly #rowCounts = new Map<string, Promise<number>>();
  #queue: Promise<void> = Promise.resolve();
  readonly #host: BuildHost;

  constructor(host: BuildHost) {
    this.#host = host;
  }

  /** `table` (lower case; every table when undefined) changed: counts and refusals are stale. */
  changed(table?: string): void {
    if (table === undefined) this.#rowCounts.clear();
    else this.#rowCounts.delete(table);
    this.#refused.clear();
  }

  async prepareFor(
    plan: AggregatePlan,
    columns: readonly PublisherColumn[],
    hints: readonly PublisherColumn[],
  ): Promise<void> {
    const shape = cubeSql.cubeShape(plan);
    if (shape === null) return;
    const wanted = cubeSql.selectionColumns(plan, columns, hints);
    if (wanted === null) return;
    const table = plan.table.table.toLowerCase();
    const generation = this.#host.shelf.generation(table);
    // Enough when a cube keeps these columns and is already small; a wide cube that keeps them
    // still gets a smaller one made from it (cheap), since every update scans what it reads.
    const cubes = this.#host.shelf.entries;
    if (cubeSql.covered(cubes, shape, wanted, generation, this.#host.options.smallCubeRows)) return;
    const key = `${shape.signature}\u0000${generation}\u0000${JSON.stringify(wanted)}`;
    if (this.#refused.has(key)) return;
    const running = this.building.get(key);
    if (running !== undefined) return running;
    const build = this.enqueue(() => this.#build(shape, wanted, table, generation, key));
    this.building.set(key, build);
    try {
      await build;
    } finally {
      this.building.delete(key);
    }
  }

  /** One step of build work: it starts once no interactive query waits (build-steps.ts). */
  enqueue(task: () => Promise<void>): Promise<void> {
    const step = () => cubeSql.quiet().then(task);
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
    if (baseRows < this.#host.options.minRows) return;
    // The count may have been a statement of its own: the reader may have asked meanwhile.
    await cubeSql.quiet();
    const cubes = this.#host.shelf.entries;
    // Dropped, not deferred: a reload, or the widgets' questions, made it useless while it waited.
    if (
      generation !== this.#host.shelf.generation(table) ||
      !cubeSql.stillWanted(
        cubes,
        this.#host.plans(),
        shape,
        columns,
        generation,
        this.#host.options.smallCubeRows,
      )
    )
      return;
    const name = nextCubeName();
    const started = performance.now();
    // From the smallest cube that keeps every column needed, when there is one.
    const source = cubeSql.smallestSource(cubes, shape, columns, generation);
    try {
      await this.#host.writer!.exec(
        source === undefined
          ? cubeSql.cubeBuildSql(name, shape, columns)
          : cubeSql.cubeFromCubeSql(name, source, columns),
      );
      const counted = await runQuery(
        this.#host.connector,
        `SELECT count(*)::DOUBLE AS n FROM ${quoteIdentifier(name)}`,
      );
      const entry: Entry = {
        name,
        shape,
        columns,
        table,
        generation,
        rows: Number(counted.columns['n']?.[0] ?? 0),
        buildMs: performance.now() - started,
        used: this.#host.shelf.use(),
        ...(source === undefined ? {} : { from: source.name }),
      };
      await this.#keep(entry, baseRows, key);
    } catch (error) {
      this.#refused.add(key);
      await this.#host
        .writer!.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`)
        .catch(() => {});
      // Quietly back to the base table: the widget's answer is the same, only slower.
      this.#host.failed(table, error);
    }
  }

  /** A cube just built joins the others, unless it came too late or too big to be worth it. */
  async #keep(entry: Entry, baseRows: number, key: string): Promise<void> {
    // A cube near the size of its table saves nothing (a column of instants, of ids).
    const tooBig =
      entry.rows >
      Math.min(this.#host.options.maxCubeRows, baseRows * this.#host.options.maxCubeShare);
    if (entry.generation !== this.#host.shelf.generation(entry.table) || tooBig) {
      if (tooBig) this.#refused.add(key);
      await this.#host.shelf.drop(entry);
      return;
    }
    // Narrower cubes stay: they answer their clauses faster. The least used go (cube-shelf.ts).
    this.#host.shelf.add(entry, this.#host.options.maxCubes);
    this.#host.built(entry);
  }

  #rowCount(table: string): Promise<number> {
    let count = this.#rowCounts.get(table);
    if (count === undefined) {
      count = runQuery(
        this.#host.connector,
        `SELECT count(*)::DOUBLE AS n FROM ${quoteIdentifier(table)}`,
      ).then((result) => Number(result.columns['n']?.[0] ?? 0));
      count.catch(() => this.#rowCounts.delete(table));
      this.#rowCounts.set(table, count);
    }
    return count;
  }
}
