/**
 * A server cube as the store holds it, and as tests, logs and the benchmark see it; and each
 * table's row count per version of the data (whether a table is big enough for cubes, and how
 * long its next build will take).
 */

import type { Cube } from '@pantau/core/node';
import type { CubeContext, CubeStatements } from './cube-options.ts';

export const CUBE_PREFIX = '__pantau_cube_';

export interface Entry extends Cube {
  table: string;
  version: string;
  scopeValue: string | null;
  rows: number;
  buildMs: number;
  used: number;
}

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

export function cubeInfo({ name, table, rows, buildMs, scopeValue, columns }: Entry): CubeInfo {
  return {
    name,
    table,
    rows,
    buildMs,
    scopeValue,
    columns: columns.map((c) => (c.interval === null ? c.column : `${c.column}/${c.interval}`)),
  };
}

/** Each table's row count, counted once per version of the data. */
export class RowCounts {
  readonly #counts = new Map<string, Promise<number>>();

  of(table: string, context: CubeContext, statements: CubeStatements): Promise<number> {
    const key = `${table}\u0000${context.version}`;
    let count = this.#counts.get(key);
    if (count === undefined) {
      // The catalogue's view names are checked table names (letters, digits, _ and -).
      count = statements.count(`SELECT count(*)::DOUBLE FROM "${table.replaceAll('"', '""')}"`);
      count.catch(() => this.#counts.delete(key));
      this.#counts.set(key, count);
    }
    return count;
  }

  forgetOld(table: string, version: string): void {
    for (const key of this.#counts.keys())
      if (key.startsWith(`${table}\u0000`) && !key.endsWith(`\u0000${version}`))
        this.#counts.delete(key);
  }
}
