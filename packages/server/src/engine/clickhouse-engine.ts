/**
 * ClickHouse over its HTTP interface, with Node's own `fetch`: one POST per statement, the SQL in
 * the body, every value a query parameter (`param_p1`), results as ArrowStream relayed as they
 * are. No client library: the interface is one request shape, and `@clickhouse/client` would add
 * its own pooling, retries and formats between us and the bytes we only pass on. The same SQL
 * reaches one node or a cluster's Distributed tables (the database names them).
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { SqlValue } from '@pantau/core';
import { CLICKHOUSE_PLAN_SETTINGS, clickhousePlan } from '@pantau/core/node';
import { tableFromIPC } from '@uwdata/flechette';
import { serverError } from '../errors.ts';
import { fromClickHouse, unreachable, type ClickHouseFailure } from './clickhouse-errors.ts';
import {
  Slots,
  checkSelect,
  timeout,
  type QueryEngine,
  type RunStatement,
  type StatementAnswer,
} from './engine.ts';

export interface ClickHouseOptions {
  /** The HTTP interface, e.g. `http://127.0.0.1:8123/`; `user:password@` becomes headers. */
  url: string;
  database: string;
}

export interface ClickHouseLimits {
  concurrency: number;
  queue: number;
  timeoutMs: number;
}

/** Sent with every statement; see TOOLCHAIN.md (ClickHouse HTTP). */
const OUTPUT_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  // Otherwise an error past the first block arrives inside an HTTP 200 body.
  wait_end_of_query: '1',
  // LZ4 frames are not decoded by Arrow readers in the page.
  output_format_arrow_compression_method: 'none',
  output_format_arrow_string_as_string: '1',
  output_format_arrow_fixed_string_as_fixed_byte_array: '0',
  output_format_arrow_low_cardinality_as_dictionary: '0',
  // Periods and dates are UTC wall-clock days, as the page and the DuckDB server read them.
  session_timezone: 'UTC',
  ...CLICKHOUSE_PLAN_SETTINGS,
});

/** A row of `system.columns`. */
export interface ClickHouseColumn {
  table: string;
  name: string;
  type: string;
}

export class ClickHouseEngine implements QueryEngine {
  readonly name = 'clickhouse';
  readonly plans = clickhousePlan;
  #slots: Slots<number>;
  #endpoint: string;
  #headers: Record<string, string>;

  constructor(
    options: ClickHouseOptions,
    readonly limits: ClickHouseLimits,
  ) {
    const url = parseUrl(options.url);
    this.#headers = {};
    if (url.username !== '') {
      this.#headers['x-clickhouse-user'] = decodeURIComponent(url.username);
      this.#headers['x-clickhouse-key'] = decodeURIComponent(url.password);
      url.username = '';
      url.password = '';
    }
    url.searchParams.set('database', options.database);
    this.#endpoint = url.toString();
    const slots = Array.from({ length: limits.concurrency }, (_, i) => i);
    this.#slots = new Slots(slots, limits.queue);
  }

  get load(): { running: number; waiting: number } {
    return this.#slots.load;
  }

  withSession<T>(work: (run: RunStatement, cubes: null) => Promise<T>): Promise<T> {
    // No server cubes here: ClickHouse scans columns fast enough, and its own projections exist.
    return this.#slots.with(() => work((sql, params) => this.answer(sql, params), null));
  }

  async answer(sql: string, params: readonly SqlValue[]): Promise<StatementAnswer> {
    checkSelect(sql);
    const bytes = await this.#post(sql, params, 'ArrowStream');
    // The row count is what the row cap checks; reading the stream's batch headers gives it.
    const rows = bytes.byteLength === 0 ? 0 : tableFromIPC(bytes).numRows;
    return { ipc: bytes, rows };
  }

  /** The database's tables and views with their columns, from `system.columns`. */
  async columns(database: string): Promise<ClickHouseColumn[]> {
    const sql =
      'SELECT table, name, type FROM system.columns WHERE database = {db:String} ORDER BY table, position';
    // Read once at start, so not held to a statement's time limit.
    const bytes = await this.#post(sql, [], 'JSONEachRow', {
      param_db: database,
      max_execution_time: String(Math.max(30, this.limits.timeoutMs / 1000)),
    });
    const text = new TextDecoder().decode(bytes).trim();
    return text === '' ? [] : text.split('\n').map((line) => JSON.parse(line) as ClickHouseColumn);
  }

  async #post(
    sql: string,
    params: readonly SqlValue[],
    format: string,
    extra: Record<string, string> = {},
  ): Promise<Uint8Array> {
    const url = new URL(this.#endpoint);
    const settings = {
      ...OUTPUT_SETTINGS,
      default_format: format,
      max_execution_time: String(this.limits.timeoutMs / 1000),
      ...extra,
    };
    for (const [key, value] of Object.entries(settings)) url.searchParams.set(key, value);
    params.forEach((value, i) => url.searchParams.set(`param_p${i + 1}`, paramText(value)));
    const response = await this.#send(url, sql);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.ok) return bytes;
    const failure: ClickHouseFailure = {
      status: response.status,
      code: Number(response.headers.get('x-clickhouse-exception-code') ?? Number.NaN),
      text: new TextDecoder().decode(bytes).slice(0, 2000),
    };
    throw fromClickHouse(failure, this.limits.timeoutMs);
  }

  /**
   * One POST; tried once more when a kept-alive connection turns out closed by ClickHouse before
   * the request reached it (a reset of an idle socket): a SELECT is safe to send again.
   */
  async #send(url: URL, sql: string, retry = true): Promise<Response> {
    try {
      return await fetch(url, {
        method: 'POST',
        headers: { ...this.#headers, 'content-type': 'text/plain; charset=utf-8' },
        body: sql,
        // ClickHouse stops the statement at max_execution_time; this catches a silent peer.
        signal: AbortSignal.timeout(this.limits.timeoutMs + 5000),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw timeout(this.limits.timeoutMs);
      }
      const cause = (error as { cause?: { code?: unknown } }).cause?.code;
      if (retry && (cause === 'ECONNRESET' || cause === 'UND_ERR_SOCKET')) {
        return this.#send(url, sql, false);
      }
      throw unreachable(error);
    }
  }

  async close(): Promise<void> {
    this.#slots.close();
  }
}

/**
 * A value in ClickHouse's parameter text: parsed as an escaped (TabSeparated) field, so a
 * backslash, tab or line break in a string is escaped here; the engine reads it back exactly.
 */
export function paramText(value: SqlValue): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    return value.replace(
      /[\\\t\n\r]/g,
      (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
    );
  }
  if (value === null) return '\\N';
  return String(value);
}

function parseUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below with the flag it came from.
  }
  throw serverError(
    'BAD_REQUEST',
    sayBoth(SERVER_ERRORS, 'clickhouseAddressNotValid', text.slice(0, 80)),
  );
}
