import type { EngineWriter } from '../engine/engine-access.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type * as CubeSqlModule from './cube-sql.ts';
import type * as CubeBuildsModule from './cube-builds.ts';
import type { Cube } from './cube-sql.ts';
import type { CubeInfo } from './pre-aggregate-options.ts';

type CubeSql = typeof CubeSqlModule;
type CubeBuilds = typeof CubeBuildsModule;

/**
 * Building cubes and the cube SQL (with sufficient statistics on the expression tree) load with
 * the first cube build, in one chunk: a page whose tables stay under `minRows` never builds one,
 * and routing has nothing to look for until then.
 */
let cubeSql: CubeSql | null = null;
let cubeBuildsLoad: Promise<CubeBuilds> | null = null;

/** The cube SQL module, or null until the first build loaded it. */
export function loadedCubeSql(): CubeSql | null {
  return cubeSql;
}

export function loadCubeBuilds(): Promise<CubeBuilds> {
  cubeBuildsLoad ??= import('./cube-builds.ts').then(
    (module) => {
      cubeSql = module.cubeSql;
      return module;
    },
    (error: unknown) => {
      cubeBuildsLoad = null;
      throw error;
    },
  );
  return cubeBuildsLoad;
}

/** A cube held in the engine, with what routing and trimming need to know of it. */
export interface Entry extends Cube {
  table: string;
  generation: number;
  rows: number;
  buildMs: number;
  used: number;
  from?: string;
}

/**
 * The cubes one coordinator holds in the engine: which are current (a table's generation), which
 * were used last, and dropping them. What to build, and when, is the PreAggregator's.
 */
export class CubeShelf {
  readonly entries: Entry[] = [];
  /** Null where Pantau may not write (a server's database): no cube is ever built there. */
  readonly #writer: EngineWriter | null;
  readonly #onDrop: (entry: Entry) => void;
  readonly #generations = new Map<string, number>();
  /** Bumped when every table may have changed (a script's statement): all generations move. */
  #epoch = 0;
  #tick = 0;
  /** DROPs sent and not yet answered (settled() waits for them: tests check the tables). */
  readonly dropping = new Set<Promise<void>>();

  constructor(writer: EngineWriter | null, onDrop: (entry: Entry) => void) {
    this.#writer = writer;
    this.#onDrop = onDrop;
  }

  /** Changes whenever the table may have changed; a build started before is then dropped. */
  generation(table: string): number {
    return (this.#generations.get(table) ?? 0) + this.#epoch * 1_000_000;
  }

  /** `table` (lower case; every table when undefined) changed: its cubes describe old data. */
  changed(table?: string): void {
    if (table === undefined) this.#epoch++;
    else this.#generations.set(table, (this.#generations.get(table) ?? 0) + 1);
    for (const entry of [...this.entries]) {
      if (table === undefined || entry.table === table) void this.drop(entry);
    }
  }

  /** A number that orders uses: the least recently used cube has the smallest. */
  use(): number {
    return ++this.#tick;
  }

  /** A cube just built joins the others; over `maxCubes`, the least worth keeping goes. */
  add(entry: Entry, maxCubes: number): void {
    this.entries.push(entry);
    this.#trim(maxCubes);
  }

  get infos(): CubeInfo[] {
    return this.entries.map(({ name, table, rows, buildMs, columns, from }) => ({
      name,
      table,
      rows,
      buildMs,
      columns,
      ...(from === undefined ? {} : { from }),
    }));
  }

  drop(entry: Entry): Promise<void> {
    const at = this.entries.indexOf(entry);
    if (at >= 0) this.entries.splice(at, 1);
    this.#onDrop(entry);
    const drop = (
      this.#writer?.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(entry.name)}`) ?? Promise.resolve()
    ).catch(() => undefined); // The database is gone or closed: nothing left to drop.
    this.dropping.add(drop);
    void drop.then(() => this.dropping.delete(drop));
    return drop;
  }

  /**
   * Over the limit, copies made from another cube go first (milliseconds to make again), least
   * recently used first; cubes scanned from the table (seconds at 10M rows) go last.
   */
  #trim(maxCubes: number): void {
    while (this.entries.length > maxCubes) {
      const victim = this.entries.reduce((a, b) => {
        const derivedA = a.from !== undefined;
        const derivedB = b.from !== undefined;
        if (derivedA !== derivedB) return derivedA ? a : b;
        return a.used <= b.used ? a : b;
      });
      void this.drop(victim);
    }
  }
}
