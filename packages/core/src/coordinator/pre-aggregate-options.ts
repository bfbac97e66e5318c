/** The pre-aggregator's settings and what it tells of its cubes (types only: no code at load). */

import type { TruncUnit } from '../sql/aggregate-plan.ts';
import type { CubeColumn } from './cube-sql.ts';

export interface PreAggregateOptions {
  /** Off: every query reads the base table (benchmarks compare both). Default true. */
  enabled: boolean;
  /**
   * Tables with fewer rows are fast enough as they are. Default 50,000: at 100,000 rows one
   * merged statement on the table took 33-43 ms of the 70 ms a cross-filter step took, where
   * its cubes (about 10,000 rows each) are answered in the page in under a millisecond.
   */
  minRows: number;
  /**
   * A cube with more rows than this, or than a quarter of its table, is dropped: it would not be
   * much faster than the table itself. Default 200,000.
   */
  maxCubeRows: number;
  /** Most cubes kept per coordinator (see #trim for which go first). Default 128. */
  maxCubes: number;
  /** A cube this small is not worth a narrower copy. Default 5,000. */
  smallCubeRows: number;
  /** A cube with more rows than this share of its table's is dropped. Default 0.25. */
  maxCubeShare: number;
  /**
   * A cube of at most this many rows is also fetched into the page, which then answers its
   * plans without a trip to DuckDB's worker (page-cube/). 0: never. Default 50,000.
   */
  pageCubeRows: number;
}

/** A column a widget publishes clauses on; `interval` for a brush that selects whole periods. */
export interface PublisherColumn {
  column: string;
  interval?: TruncUnit | null;
}

export interface CubeInfo {
  name: string;
  table: string;
  rows: number;
  /** Milliseconds from CREATE to the row count. */
  buildMs: number;
  columns: readonly CubeColumn[];
  /** The wider cube it was made from, when not from the table itself. */
  from?: string;
}
