/** The pre-aggregator's settings, their defaults, and what it tells of its cubes. */

import type { TruncUnit } from '../sql/aggregate-plan.ts';
import type { CubeColumn } from './cube-sql.ts';

export interface PreAggregateOptions {
  /** Off: every query reads the base table (benchmarks compare both). Default true. */
  enabled: boolean;
  /**
   * Tables with fewer rows get no cubes. Default 0, every table: the trip to DuckDB's worker
   * costs a gesture more than the table's size. At 10,000 rows one statement answering six
   * widgets took 7-17 ms alone and 20-77 ms during a gesture; a gesture's p50 was 51 ms from the
   * table and 24.7 ms with cubes the page answers (bench/compare S3, plan form). Until issue 13's
   * compare bench measured it (its dwell form had read the result cache), 50,000.
   */
  minRows: number;
  /** A cube with more rows than this is dropped. Default 200,000. */
  maxCubeRows: number;
  /** Most cubes kept per coordinator (see #trim for which go first). Default 128. */
  maxCubes: number;
  /** A cube this small is not worth a narrower copy. Default 5,000. */
  smallCubeRows: number;
  /**
   * A cube with more rows than this share of its table's is dropped, unless the page answers it
   * (`pageCubeRows`): DuckDB would read it little faster than the table, but the page answers
   * without the trip to the worker. Default 0.25.
   */
  maxCubeShare: number;
  /**
   * A cube of at most this many rows is also fetched into the page, which then answers its
   * plans without a trip to DuckDB's worker (page-cube/). 0: never. Default 50,000.
   */
  pageCubeRows: number;
  /**
   * A build statement runs in slices of about 10 ms of DuckDB's time, and a reader's query
   * waiting on the page goes between two of them; off, a gesture during a build waits for the
   * whole statement (seconds at 10M rows). The browser's engine only. Default true.
   */
  sliceBuilds: boolean;
  /**
   * A dashboard's first views over a table with at least this many rows wait for one root cube
   * (every widget's groups and every publisher's columns) and the cubes cut from it, which
   * answer them (first-roots.ts): a gesture right after the first paint is then answered from
   * cubes, where the idle builds could not be done in time. A trade, measured at 10M rows: the
   * gesture one second after the first paint 1,955 -> 60 ms (median; 82 worst), the first chart
   * 1.0 s later (1.5 -> 2.5 s after the table loaded: the views no longer arrive one by one) and
   * the last 0.43 s later. Up to about 2M rows the idle builds end within a second of the first
   * paint, so the hold would cost and buy nothing. Default 5,000,000; Infinity: never.
   */
  firstRootRows: number;
}

/** Every setting but `enabled` (which says whether the engine lets Pantau write cubes). */
export const PRE_AGGREGATE_DEFAULTS: Omit<PreAggregateOptions, 'enabled'> = {
  minRows: 0,
  maxCubeRows: 200_000,
  maxCubes: 128,
  smallCubeRows: 5_000,
  maxCubeShare: 0.25,
  pageCubeRows: 50_000,
  sliceBuilds: true,
  firstRootRows: 5_000_000,
};

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
