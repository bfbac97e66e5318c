/**
 * The cubes a pre-aggregator holds in DuckDB: which they are, how recently each answered, and
 * which go when there are too many. Dropping one drops its table and its copy in the page.
 */

import type { EngineWriter } from '../engine/engine-access.ts';
import type { Cube } from './cube-sql.ts';
import { dropCube } from './cube-tables.ts';
import type { CubeInfo } from './pre-aggregate-options.ts';

/** A cube held: its table in DuckDB, the data version it describes, and its use. */
export interface Entry extends Cube {
  table: string;
  generation: number;
  rows: number;
  buildMs: number;
  used: number;
  /** The cube it was cut from, when not scanned from the table. */
  from?: string;
}

export class CubeShelf {
  readonly held: Entry[] = [];
  readonly #writer: EngineWriter;
  readonly #dropped: (entry: Entry) => void;
  /** DROPs sent and not yet answered (settled() waits for them: tests check the tables). */
  readonly #dropping = new Set<Promise<void>>();
  #tick = 0;

  /** `dropped` hears each cube that goes (its copy in the page goes with it). */
  constructor(writer: EngineWriter, dropped: (entry: Entry) => void) {
    this.#writer = writer;
    this.#dropped = dropped;
  }

  get drops(): ReadonlySet<Promise<void>> {
    return this.#dropping;
  }

  /** A use stamp, later than every one before: the least recently used go first. */
  stamp(): number {
    return ++this.#tick;
  }

  get info(): CubeInfo[] {
    return this.held.map(({ name, table, rows, buildMs, columns, from }) => ({
      name,
      table,
      rows,
      buildMs,
      columns,
      ...(from === undefined ? {} : { from }),
    }));
  }

  /**
   * Keeps a cube; over `max`, copies made from another cube go first (milliseconds to make
   * again), least recently used first; cubes scanned from the table (seconds at 10M rows) last.
   */
  add(entry: Entry, max: number): void {
    this.held.push(entry);
    while (this.held.length > max) {
      const victim = this.held.reduce((a, b) => {
        const derivedA = a.from !== undefined;
        const derivedB = b.from !== undefined;
        if (derivedA !== derivedB) return derivedA ? a : b;
        return a.used <= b.used ? a : b;
      });
      void this.drop(victim);
    }
  }

  /** Drops the cubes `which` picks (all of them without it). */
  dropWhere(which: (entry: Entry) => boolean = () => true): Promise<void>[] {
    return this.held.filter(which).map((entry) => this.drop(entry));
  }

  drop(entry: Entry): Promise<void> {
    const at = this.held.indexOf(entry);
    if (at >= 0) this.held.splice(at, 1);
    this.#dropped(entry);
    const drop = dropCube(this.#writer, entry.name);
    this.#dropping.add(drop);
    void drop.then(() => this.#dropping.delete(drop));
    return drop;
  }
}
