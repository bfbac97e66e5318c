/**
 * What the HTTP layer needs of an engine: a slot to answer one request's plans in (at most
 * `concurrency` at once, `queue` waiting, the rest refused with SERVER_BUSY), the plan dialect it
 * reads, and a way to stop. DuckDB (embedded) and ClickHouse (over HTTP) both give this.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { PantauError, SqlValue } from '@pantau/core';
import type { PlanDialect } from '@pantau/core/node';
import type { CubeStatements } from '../cubes/cube-options.ts';
import type { CubeStore } from '../cubes/cube-store.ts';
import { serverError } from '../errors.ts';

export interface StatementAnswer {
  /** Arrow IPC stream bytes. */
  ipc: Uint8Array;
  rows: number;
}

/** Runs one rendered SELECT with its bound values. */
export type RunStatement = (sql: string, params: readonly SqlValue[]) => Promise<StatementAnswer>;

/** An engine's server cubes, for one session (DuckDB's; none on ClickHouse). */
export interface SessionCubes {
  store: CubeStore;
  /** Pantau's own CREATE / DROP of cube tables and row counts, on the session's connection. */
  statements: CubeStatements;
  /** The data folder's version now: cubes of another version are dropped. */
  version(): Promise<string>;
}

export interface QueryEngine {
  readonly name: 'duckdb' | 'clickhouse';
  /** How plans are written for it (core's renderPlan dialect). */
  readonly plans: PlanDialect;
  /** Statements running now and requests waiting for a slot (tests, logs). */
  readonly load: { running: number; waiting: number };
  /** Runs `work` holding one slot; `run` answers statements in it, `cubes` where it has them. */
  withSession<T>(work: (run: RunStatement, cubes: SessionCubes | null) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A fixed number of slots and a bounded queue before them. */
export class Slots<T> {
  #idle: T[];
  #waiting: ((slot: T) => void)[] = [];
  #closed = false;

  constructor(
    private readonly all: readonly T[],
    private readonly queue: number,
  ) {
    this.#idle = [...all];
  }

  get load(): { running: number; waiting: number } {
    return { running: this.all.length - this.#idle.length, waiting: this.#waiting.length };
  }

  close(): void {
    this.#closed = true;
  }

  async with<R>(work: (slot: T) => Promise<R>): Promise<R> {
    const slot = await this.#acquire();
    try {
      return await work(slot);
    } finally {
      const next = this.#waiting.shift();
      if (next !== undefined) next(slot);
      else this.#idle.push(slot);
    }
  }

  #acquire(): Promise<T> {
    if (this.#closed) return Promise.reject(busy('closing'));
    const idle = this.#idle.pop();
    if (idle !== undefined) return Promise.resolve(idle);
    if (this.#waiting.length >= this.queue) return Promise.reject(busy('full'));
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}

/** A slow server answers "later", not "never". */
export function busy(why: 'full' | 'closing'): PantauError {
  return serverError(
    'SERVER_BUSY',
    why === 'full'
      ? sayBoth(SERVER_ERRORS, 'pantauServerBusyAnswering')
      : sayBoth(SERVER_ERRORS, 'pantauServerShuttingDown'),
    { reason: why },
  );
}

export function timeout(ms: number): PantauError {
  return serverError(
    'QUERY_TIMEOUT',
    sayBoth(SERVER_ERRORS, 'queryStoppedBecauseTook', ms / 1000),
    { timeoutMs: ms },
  );
}

/** The only statements a server has reason to run are the SELECTs plans render to. */
export function checkSelect(sql: string): void {
  if (!/^SELECT\s/.test(sql)) {
    throw serverError('ACCESS_DENIED', sayBoth(SERVER_ERRORS, 'pantauServerOnlyRuns'));
  }
}
