/**
 * The server's DuckDB (@duckdb/node-api, native): one in-memory database whose views read the
 * data folder's files in place, locked down like the page's engine, and a fixed set of
 * connections that bounds how many statements run at once. A statement past its time is
 * interrupted on its connection, which then serves the next one.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBValue, DuckDBConnection } from '@duckdb/node-api';
import { type SqlValue } from '@pantau/core';
import { duckdbPlan } from '@pantau/core/node';
import { CUBE_PREFIX, CubeStore } from '../cubes/cube-store.ts';
import { CUBE_DEFAULTS, type CubeOptions, type CubeStatements } from '../cubes/cube-options.ts';
import { DataVersion } from '../cubes/data-version.ts';
import { serverError } from '../errors.ts';
import { resultToIpc } from './arrow-result.ts';
import { StatementClock } from './statement-clock.ts';
import {
  Slots,
  checkSelect,
  type QueryEngine,
  type RunStatement,
  type SessionCubes,
  type StatementAnswer,
} from './engine.ts';

export type { StatementAnswer } from './engine.ts';

export interface EngineLimits {
  /** Statements running at once (connections). */
  concurrency: number;
  /** Requests waiting for a connection beyond that; more are refused with SERVER_BUSY. */
  queue: number;
  /** Longest a statement may run, in ms, before it is interrupted (QUERY_TIMEOUT). */
  timeoutMs: number;
  memoryLimit?: string | undefined;
  threads?: number | undefined;
  /** Server cubes for cross-filtering (cubes/cube-store.ts); false: every plan reads its table. */
  cubes?: Partial<CubeOptions> | false | undefined;
  /** The operator's log: cube builds that failed, and whether they are tried again. */
  log?: ((message: string) => void) | undefined;
}

const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/** A single-quoted SQL string for the operator's own paths and settings (never client text). */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

export class DuckDBEngine implements QueryEngine {
  readonly name = 'duckdb';
  readonly plans = duckdbPlan;
  #instance: DuckDBInstance;
  #all: DuckDBConnection[];
  #slots: Slots<DuckDBConnection>;
  /** Null when cubes are off. */
  readonly cubes: CubeStore | null;
  readonly #version: DataVersion;
  /** Each connection's statement time limit and cancel (statement-clock.ts). */
  readonly #clocks = new Map<DuckDBConnection, StatementClock>();

  private constructor(
    instance: DuckDBInstance,
    connections: DuckDBConnection[],
    builders: DuckDBConnection[],
    readonly limits: EngineLimits,
    dataDir: string,
  ) {
    this.#instance = instance;
    this.#all = [...connections, ...builders];
    for (const c of this.#all) this.#clocks.set(c, new StatementClock(c));
    this.#slots = new Slots(connections, limits.queue);
    const cubes = limits.cubes === false ? null : { ...CUBE_DEFAULTS, ...limits.cubes };
    // Builds get connections of their own and a time limit of their own: off the request path.
    // The limit is read at each statement, so tests can let a retried build finish.
    const lanes = builders.map((c) => ({
      statements: this.#cubeStatements(
        c,
        () => this.cubes?.options.buildTimeoutMs ?? limits.timeoutMs,
      ),
      interrupt: () => this.#clock(c).interrupt(),
    }));
    this.cubes = cubes === null ? null : new CubeStore(cubes, lanes, limits.log);
    this.#version = new DataVersion(dataDir);
  }

  /** The data folder is looked at again on the next request (tests that replace a file). */
  expireVersion(): void {
    this.#version.expire();
  }

  /**
   * Opens the database, lets `setup` create the views over `dataDir` (it may read only there),
   * then locks the configuration so no statement can open anything else.
   */
  static async open(
    dataDir: string,
    limits: EngineLimits,
    setup: (connection: DuckDBConnection) => Promise<void>,
  ): Promise<DuckDBEngine> {
    const instance = await DuckDBInstance.create(':memory:', {
      // Extensions would download from the internet on first use; the server must not.
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    const first = await instance.connect();
    const settings = [`SET allowed_directories = [${sqlString(dataDir)}]`];
    if (limits.memoryLimit !== undefined) {
      if (!MEMORY_LIMIT.test(limits.memoryLimit)) {
        throw serverError(
          'BAD_REQUEST',
          sayBoth(SERVER_ERRORS, 'memoryLimitNotUnderstood', limits.memoryLimit),
        );
      }
      settings.push(`SET memory_limit = ${sqlString(limits.memoryLimit)}`);
    }
    if (limits.threads !== undefined) settings.push(`SET threads = ${Math.trunc(limits.threads)}`);
    settings.push('SET enable_external_access = false');
    for (const sql of settings) await first.run(sql);
    await setup(first);
    await first.run('SET lock_configuration = true');
    const connections = [first];
    while (connections.length < limits.concurrency) connections.push(await instance.connect());
    const builders: DuckDBConnection[] = [];
    const builds =
      limits.cubes === false ? 0 : (limits.cubes?.maxBuilds ?? CUBE_DEFAULTS.maxBuilds);
    while (builders.length < builds) builders.push(await instance.connect());
    return new DuckDBEngine(instance, connections, builders, limits, dataDir);
  }

  /** Statements running now and requests waiting for a connection (tests, logs). */
  get load(): { running: number; waiting: number } {
    return this.#slots.load;
  }

  /**
   * A connection for `work`, held until it settles. Refused at once (SERVER_BUSY) when every
   * connection is busy and the queue is full: a slow server answers "later", not "never".
   */
  withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.#slots.with(work);
  }

  withSession<T>(work: (run: RunStatement, cubes: SessionCubes | null) => Promise<T>): Promise<T> {
    return this.withConnection((connection) =>
      work(
        (sql, params) => this.answer(connection, sql, params),
        this.cubes === null
          ? null
          : {
              store: this.cubes,
              statements: this.#cubeStatements(connection, () => this.limits.timeoutMs),
              version: () => this.#version.current(),
            },
      ),
    );
  }

  /**
   * Pantau's own statements for cubes: only a CREATE TABLE of a cube as a SELECT, a DROP of one,
   * and counts (a second wall, as checkSelect is for plans). Under the statement time limit too.
   */
  #cubeStatements(connection: DuckDBConnection, timeoutMs: () => number): CubeStatements {
    const own = new RegExp(
      `^(CREATE TABLE "${CUBE_PREFIX}\\d+" AS SELECT |DROP TABLE IF EXISTS "${CUBE_PREFIX}\\d+"$)`,
    );
    return {
      exec: async (sql, params) => {
        if (!own.test(sql)) throw new Error('not a cube statement');
        const run = () => connection.run(sql, params.map(bindable));
        await this.#timed(connection, run, timeoutMs());
      },
      count: async (sql) => {
        checkSelect(sql);
        const reader = await this.#timed(
          connection,
          () => connection.runAndReadAll(sql),
          timeoutMs(),
        );
        return Number(reader.getColumnsJS()[0]?.[0] ?? 0);
      },
    };
  }

  #timed<R>(
    connection: DuckDBConnection,
    work: () => Promise<R>,
    timeoutMs = this.limits.timeoutMs,
  ): Promise<R> {
    return this.#clock(connection).run(work, timeoutMs);
  }

  #clock(connection: DuckDBConnection): StatementClock {
    const clock = this.#clocks.get(connection);
    if (clock === undefined) throw new Error('a connection this engine did not open');
    return clock;
  }

  /** Runs one read statement with bound values; interrupted after the time limit. */
  async answer(
    connection: DuckDBConnection,
    sql: string,
    params: readonly SqlValue[],
  ): Promise<StatementAnswer> {
    // A second wall: DuckDB's allowed_directories also permits writing inside the data folder.
    checkSelect(sql);
    const reader = await this.#timed(connection, () =>
      connection.runAndReadAll(sql, params.map(bindable)),
    );
    return resultToIpc(reader);
  }

  async close(): Promise<void> {
    this.#slots.close();
    await this.cubes?.close();
    for (const connection of this.#all) connection.closeSync();
    this.#instance.closeSync();
  }
}

function bindable(value: SqlValue): DuckDBValue {
  return value instanceof Date ? value.toISOString() : value;
}
