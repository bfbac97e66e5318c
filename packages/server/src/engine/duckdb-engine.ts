/**
 * The server's DuckDB (@duckdb/node-api, native): one in-memory database whose views read the
 * data folder's files in place, locked down like the page's engine, and a fixed set of
 * connections that bounds how many statements run at once. A statement past its time is
 * interrupted on its connection, which then serves the next one.
 */

import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBValue, DuckDBConnection } from '@duckdb/node-api';
import { type SqlValue } from '@pantau/core';
import { duckdbPlan } from '@pantau/core/node';
import { serverError } from '../errors.ts';
import { resultToIpc } from './arrow-result.ts';
import {
  Slots,
  checkSelect,
  timeout,
  type QueryEngine,
  type RunStatement,
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

  private constructor(
    instance: DuckDBInstance,
    connections: DuckDBConnection[],
    readonly limits: EngineLimits,
  ) {
    this.#instance = instance;
    this.#all = connections;
    this.#slots = new Slots(connections, limits.queue);
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
        throw serverError('BAD_REQUEST', {
          id: `Batas memori "${limits.memoryLimit}" tidak dikenali. Tulis seperti "4GB".`,
          en: `Memory limit "${limits.memoryLimit}" is not understood. Write it like "4GB".`,
        });
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
    return new DuckDBEngine(instance, connections, limits);
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

  withSession<T>(work: (run: RunStatement) => Promise<T>): Promise<T> {
    return this.withConnection((connection) =>
      work((sql, params) => this.answer(connection, sql, params)),
    );
  }

  /** Runs one read statement with bound values; interrupted after the time limit. */
  async answer(
    connection: DuckDBConnection,
    sql: string,
    params: readonly SqlValue[],
  ): Promise<StatementAnswer> {
    // A second wall: DuckDB's allowed_directories also permits writing inside the data folder.
    checkSelect(sql);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, this.limits.timeoutMs);
    try {
      const reader = await connection.runAndReadAll(sql, params.map(bindable));
      return resultToIpc(reader);
    } catch (error) {
      if (timedOut) throw timeout(this.limits.timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.#slots.close();
    for (const connection of this.#all) connection.closeSync();
    this.#instance.closeSync();
  }
}

function bindable(value: SqlValue): DuckDBValue {
  return value instanceof Date ? value.toISOString() : value;
}
