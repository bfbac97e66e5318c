/**
 * Which version of each base table a cube describes, and each table's row count per version:
 * a reload (or a script's statement, which may change any table) makes every cube of the old
 * data useless, and a build started before it is dropped when it ends.
 */

import type { Connector } from '../engine/connector.ts';
import { countRows } from './cube-tables.ts';

export class TableVersions {
  readonly #connector: Connector;
  readonly #versions = new Map<string, number>();
  readonly #rowCounts = new Map<string, Promise<number>>();
  /** Bumped when every table may have changed (a script's statement): all versions move. */
  #epoch = 0;

  constructor(connector: Connector) {
    this.#connector = connector;
  }

  /** Changes whenever the table may have changed. */
  of(table: string): number {
    return (this.#versions.get(table) ?? 0) + this.#epoch * 1_000_000;
  }

  /** The table (every table, without a name) changed. */
  changed(table?: string): void {
    if (table === undefined) {
      this.#epoch++;
      this.#rowCounts.clear();
    } else {
      this.#versions.set(table, (this.#versions.get(table) ?? 0) + 1);
      this.#rowCounts.delete(table);
    }
  }

  /** The table's rows, counted once per version. */
  rows(table: string): Promise<number> {
    let count = this.#rowCounts.get(table);
    if (count === undefined) {
      count = countRows(this.#connector, table);
      count.catch(() => this.#rowCounts.delete(table));
      this.#rowCounts.set(table, count);
    }
    return count;
  }
}
