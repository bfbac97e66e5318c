/**
 * The server's DuckDB (@duckdb/node-api, native): one in-memory database whose views read the
 * data folder's files in place, locked down like the page's engine, and a fixed set of
 * connections that bounds how many statements run at once. A statement past its time is
 * interrupted on its connection, which then serves the next one.
 */

import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBValue, DuckDBConnection } from '@duckdb/node-api';
import type { PantauError } from '@pantau/core';
import { type SqlValue } from '@pantau/core';
import { serverError } from '../errors.ts';
import { resultToIpc } from './arrow-result.ts';

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

export interface StatementAnswer {
  ipc: Uint8Array;
  rows: number;
}

const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/** A single-quoted SQL string for the operator's own paths and settings (never client text). */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

export class DuckDBEngine {
  #instance: DuckDBInstance;
  #idle: DuckDBConnection[];
  #all: DuckDBConnection[];
  #waiting: ((connection: DuckDBConnection) => void)[] = [];
  #closed = false;

  private constructor(
    instance: DuckDBInstance,
    connections: DuckDBConnection[],
    readonly limits: EngineLimits,
  ) {
    this.#instance = instance;
    this.#all = connections;
    this.#idle = [...connections];
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
    return { running: this.#all.length - this.#idle.length, waiting: this.#waiting.length };
  }

  /**
   * A connection for `work`, held until it settles. Refused at once (SERVER_BUSY) when every
   * connection is busy and the queue is full: a slow server answers "later", not "never".
   */
  async withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = await this.#acquire();
    try {
      return await work(connection);
    } finally {
      this.#release(connection);
    }
  }

  #acquire(): Promise<DuckDBConnection> {
    if (this.#closed) return Promise.reject(busy('closing'));
    const idle = this.#idle.pop();
    if (idle !== undefined) return Promise.resolve(idle);
    if (this.#waiting.length >= this.limits.queue) return Promise.reject(busy('full'));
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(connection: DuckDBConnection): void {
    const next = this.#waiting.shift();
    if (next !== undefined) next(connection);
    else this.#idle.push(connection);
  }

  /** Runs one read statement with bound values; interrupted after the time limit. */
  async answer(
    connection: DuckDBConnection,
    sql: string,
    params: readonly SqlValue[],
  ): Promise<StatementAnswer> {
    // A second wall: DuckDB's allowed_directories also permits writing inside the data folder,
    // and the only statements this server has reason to run are the SELECTs plans render to.
    if (!/^SELECT\s/.test(sql)) {
      throw serverError('ACCESS_DENIED', {
        id: 'Server Pantau hanya menjalankan SELECT yang dibuat dari rencana kueri.',
        en: 'The Pantau server only runs SELECT statements rendered from query plans.',
      });
    }
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
    this.#closed = true;
    for (const connection of this.#all) connection.closeSync();
    this.#instance.closeSync();
  }
}

function bindable(value: SqlValue): DuckDBValue {
  return value instanceof Date ? value.toISOString() : value;
}

function busy(why: 'full' | 'closing'): PantauError {
  return serverError(
    'SERVER_BUSY',
    why === 'full'
      ? {
          id: 'Server Pantau sedang sibuk menjawab permintaan lain. Coba lagi sebentar lagi.',
          en: 'The Pantau server is busy answering other requests. Try again in a moment.',
        }
      : {
          id: 'Server Pantau sedang berhenti. Coba lagi sebentar lagi.',
          en: 'The Pantau server is shutting down. Try again in a moment.',
        },
    { reason: why },
  );
}

function timeout(ms: number): PantauError {
  return serverError(
    'QUERY_TIMEOUT',
    {
      id: `Kueri dihentikan karena lebih lama dari ${ms / 1000} detik. Persempit filternya (mis. rentang waktu lebih pendek) atau minta pengelola menaikkan --timeout.`,
      en: `The query was stopped because it took longer than ${ms / 1000} s. Narrow the filter (e.g. a shorter time range) or ask the administrator to raise --timeout.`,
    },
    { timeoutMs: ms },
  );
}
