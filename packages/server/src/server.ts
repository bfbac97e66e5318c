/**
 * A running Pantau server: the data folder's catalogue, the locked-down engine and the HTTP app,
 * started together and stopped together (in-flight requests finish, new ones get 503, then the
 * database closes).
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { EventEmitter } from 'node:events';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  buildCatalogue,
  buildViews,
  scanDataFolder,
  type CatalogueTable,
  type ServerView,
} from './catalogue.ts';
import type { CubeOptions } from './cubes/cube-options.ts';
import { DuckDBEngine } from './engine/duckdb-engine.ts';
import type { QueryEngine } from './engine/engine.ts';
import { openClickHouse, type ClickHouseOptions } from './clickhouse.ts';
import { serverError } from './errors.ts';
import { createApp } from './http/app.ts';
import type { Scope } from './query/answer.ts';

export interface ServerOptions {
  /**
   * The folder whose files and partitioned folders are served as tables (the DuckDB engine;
   * required there, unused with ClickHouse).
   */
  data?: string;
  /** Which engine answers: DuckDB embedded (default) or ClickHouse over HTTP. */
  engine?: 'duckdb' | 'clickhouse';
  /** Where ClickHouse is, with `engine: 'clickhouse'`. */
  clickhouse?: ClickHouseOptions;
  port?: number;
  /** Address to listen on (default 127.0.0.1: put a proxy in front for anything else). */
  host?: string;
  /** Path prefix of the routes, e.g. `/pantau/` behind a proxy (default `/`). */
  base?: string;
  /** Most rows one answer may have (default 100,000). */
  maxRows?: number;
  /** Longest a statement may run, in ms (default 10,000). */
  timeoutMs?: number;
  /** Statements running at once (default 4). */
  concurrency?: number;
  /** Requests that may wait for a free connection (default 32); more get SERVER_BUSY. */
  queue?: number;
  /** Most plans in one request (default 64). */
  maxRequests?: number;
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Longest a client may take to send its body, in ms (default 10,000). */
  bodyTimeoutMs?: number;
  /** The one origin allowed to call from a browser (CORS); null: none (default). */
  allowOrigin?: string | null;
  scope?: Scope | null;
  memoryLimit?: string;
  threads?: number;
  /**
   * Server cubes for cross-filtering (DuckDB; see src/cubes/cube-store.ts), with their limits;
   * false: every plan reads its table. Default on.
   */
  cubes?: Partial<CubeOptions> | false;
  /** Views over the served tables, the operator's own SQL, served like tables (see ServerView). */
  views?: readonly ServerView[];
  /** Request logging to stdout (default true). */
  logger?: boolean;
}

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  base: '/',
  maxRows: 100_000,
  timeoutMs: 10_000,
  concurrency: 4,
  queue: 32,
  maxRequests: 64,
  bodyLimit: 1024 * 1024,
  bodyTimeoutMs: 10_000,
} as const;

export interface PantauServer {
  /** Where it listens, with the base path: `http://127.0.0.1:8787/`. */
  readonly url: string;
  readonly tables: ReadonlyMap<string, CatalogueTable>;
  readonly engine: QueryEngine;
  readonly app: FastifyInstance;
  /** `batch-start` (request ids) when a batch gets its connection. */
  readonly events: EventEmitter;
  close(): Promise<void>;
}

type Options = ServerOptions & Required<Pick<ServerOptions, keyof typeof DEFAULTS>>;
type Log = (message: string) => void;

export async function startServer(options: ServerOptions): Promise<PantauServer> {
  const o: Options = { ...DEFAULTS, ...withoutUndefined(options) };
  const base = normaliseBase(o.base);
  const log = (message: string) => {
    if (o.logger !== false) console.warn(`pantau-server: ${message}`);
  };
  const limits = { concurrency: o.concurrency, queue: o.queue, timeoutMs: o.timeoutMs };
  const { engine, tables } =
    o.engine === 'clickhouse'
      ? await openClickHouse(o.clickhouse, o.views, limits, log)
      : await openDuckDB(o, log);
  const events = new EventEmitter();
  const lifecycle = { closing: false };
  const app = createApp(
    engine,
    tables,
    {
      base,
      maxRows: o.maxRows,
      maxRequests: o.maxRequests,
      bodyLimit: o.bodyLimit,
      bodyTimeoutMs: o.bodyTimeoutMs,
      allowOrigin: o.allowOrigin ?? null,
      scope: o.scope ?? null,
      logger: o.logger !== false,
    },
    events,
    lifecycle,
  );
  let address: string;
  try {
    address = await app.listen({ port: o.port, host: o.host });
  } catch (error) {
    await engine.close();
    throw error;
  }
  return {
    url: `${address}${base}`,
    tables,
    engine,
    app,
    events,
    async close() {
      lifecycle.closing = true;
      await app.close();
      await engine.close();
    },
  };
}

async function openDuckDB(
  o: Options,
  log: Log,
): Promise<{ engine: DuckDBEngine; tables: Map<string, CatalogueTable> }> {
  const dataDir = o.data === undefined ? null : path.resolve(o.data);
  const info = dataDir === null ? null : await stat(dataDir).catch(() => null);
  if (dataDir === null || info === null || !info.isDirectory()) {
    throw serverError(
      'SOURCE_NOT_FOUND',
      sayBoth(SERVER_ERRORS, 'dataFolderMissing', o.data ?? ''),
    );
  }
  const entries = await scanDataFolder(dataDir, log);
  let tables = new Map<string, CatalogueTable>();
  const engine = await DuckDBEngine.open(
    dataDir,
    {
      concurrency: o.concurrency,
      queue: o.queue,
      timeoutMs: o.timeoutMs,
      memoryLimit: o.memoryLimit,
      threads: o.threads,
      cubes: o.cubes,
      log,
    },
    async (connection) => {
      tables = await buildCatalogue(entries, connection, log);
      await buildViews(o.views ?? [], connection, tables);
    },
  );
  return { engine, tables };
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
