/**
 * The server cubes' options and the statements and place every cube store call is given
 * (cube-store.ts keeps the store itself).
 */

import type { FilterClause, SqlValue } from '@pantau/core';

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
  /** Builds running at once, each on a connection of its own (build-queue.ts). Default 1. */
  maxBuilds: number;
  /** Builds waiting for a lane; past this the least recently wanted is dropped. Default 16. */
  maxQueuedBuilds: number;
  /**
   * Longest a build may run, in ms (off the request path: longer than a statement). Default
   * 600,000: at 100M rows and load 30 builds took 71-115 s and one passed 120 s (then refused).
   */
  buildTimeoutMs: number;
  /**
   * A build that timed out or failed is tried again on a request at least this many ms later,
   * doubled after each failed try (build-retries.ts). Default 60,000.
   */
  buildRetryMs: number;
  /** Tries of one build (the first included) before its plans are left to the table. Default 3. */
  maxBuildTries: number;
  /**
   * A request waits for a running build expected to end within this many ms (the table's last
   * build rate says when), rather than scanning the table itself. Default 500; 0: never waits.
   */
  waitMs: number;
}

export const CUBE_DEFAULTS: CubeOptions = {
  minRows: 1_000_000,
  maxCubeRows: 200_000,
  maxCubeShare: 0.25,
  maxCubes: 64,
  maxTotalRows: 4_000_000,
  maxColumns: 8,
  maxBuilds: 1,
  maxQueuedBuilds: 16,
  buildTimeoutMs: 600_000,
  buildRetryMs: 60_000,
  maxBuildTries: 3,
  waitMs: 500,
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
