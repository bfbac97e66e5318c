/**
 * A dashboard's connector to a Pantau server (`<pantau-dashboard server=...>`): plans go out as
 * JSON, answers come back framed Arrow IPC, decoded with the page's own Flechette path. Imported
 * only by a page that names a server (remote.ts), so pages on the embedded engine never load it,
 * and a page with a server never loads DuckDB-wasm.
 */

import { QUERY_ERRORS, sayBoth } from '@pantau/messages';
import type { Connector, PlanConnector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { PantauError } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { SourceInfo, SourceSpec } from '../sources/source-spec.ts';
import { PlanBatcher, type Answers } from './plan-batcher.ts';
import { RESULTS_CONTENT_TYPE, decodeResults } from './results-frames.ts';
import { fromWireError, type RemoteQueryBody, type RemoteTables } from './wire.ts';

export interface RemoteOptions {
  /** Longest wait for one answer, in ms (default 30,000; the server's own limit is 10 s). */
  timeoutMs?: number;
}

const DEFAULT_REMOTE_TIMEOUT_MS = 30_000;

export class RemoteConnector implements Connector, SourceCatalog, PlanConnector {
  /** The server's base address, ending in `/`. */
  readonly server: string;
  readonly timeoutMs: number;
  /** The server's tables by lower-case name; a failed listing is not kept (the next ask retries). */
  #tables: Promise<Map<string, TableSchema>> | null = null;

  /** `unasked`: the coordinator's clients yet to ask their first view (remote.ts passes it on). */
  constructor(server: string, options: RemoteOptions = {}, unasked: () => number = () => 0) {
    this.server = server.endsWith('/') ? server : `${server}/`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS;
    this.#batcher = new PlanBatcher((plans, signal) => this.#send(plans, signal), unasked);
  }

  awaitFirstViews(unasked: () => number): void {
    this.#batcher.unasked = unasked;
  }

  /** A server answers plans only: SQL text never leaves the page (DESIGN.md "Remote engines"). */
  query(): Promise<Uint8Array> {
    return Promise.reject(
      new PantauError({
        code: 'BAD_REQUEST',
        text: sayBoth(QUERY_ERRORS, 'dashboardUsesPantauServer'),
      }),
    );
  }

  /** The first view's plans go in one request (plan-batcher.ts); the rest as they come. */
  answerPlans(plans: readonly QueryPlan[], signal?: AbortSignal): Promise<Answers> {
    return this.#batcher.answer(plans, signal);
  }

  readonly #batcher: PlanBatcher;

  async #send(plans: readonly QueryPlan[], signal?: AbortSignal): Promise<Answers> {
    const ids = plans.map((_, i) => `q${i}`);
    const body: RemoteQueryBody = { requests: plans.map((plan, i) => ({ id: ids[i]!, plan })) };
    const bytes = await this.#fetch(
      'query',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // Dates travel as ISO text (what the server binds); integers beyond 2^53 as their digits.
        body: JSON.stringify(body, (_key, value: unknown) =>
          typeof value === 'bigint' ? value.toString() : value,
        ),
      },
      signal,
      RESULTS_CONTENT_TYPE,
    );
    const answers = decodeResults(bytes);
    return ids.map((id) => answers.get(id) ?? missingAnswer(id));
  }

  async describe(table: string): Promise<TableSchema> {
    const schema = (await this.#listTables()).get(table.toLowerCase());
    if (schema === undefined) throw unknownTable(table, this.server);
    return schema;
  }

  /**
   * A `<pantau-source>` inside a server's dashboard names one of its tables: nothing is loaded,
   * the table is looked up. A file, rows or a URL given there would be read by the page, never by
   * the server, so it is refused rather than silently ignored.
   */
  async registerSource(spec: SourceSpec): Promise<SourceInfo> {
    if (spec.data !== undefined && spec.data !== null && spec.data !== '') {
      throw new PantauError({
        code: 'BAD_NAME',
        text: sayBoth(QUERY_ERRORS, 'pantauSourceNameDashboard', spec.name),
        details: { source: spec.name },
      });
    }
    const schema = await this.describe(spec.name);
    // Rows are not counted: a count would be one more request per table at load.
    return { name: spec.name, format: 'server', rows: Number.NaN, bytes: null, schema };
  }

  close(): Promise<void> {
    this.#tables = null;
    return Promise.resolve();
  }

  #listTables(): Promise<Map<string, TableSchema>> {
    this.#tables ??= this.#fetch('tables', { method: 'GET' }, undefined, 'application/json').then(
      (bytes) => {
        const listing = JSON.parse(new TextDecoder().decode(bytes)) as RemoteTables;
        return new Map(
          listing.tables.map((t) => [t.name.toLowerCase(), { table: t.name, columns: t.columns }]),
        );
      },
    );
    this.#tables.catch(() => (this.#tables = null));
    return this.#tables;
  }

  /** The body of `<server><route>`, or the error a page can show (network, timeout, refusal). */
  async #fetch(
    route: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    expected: string,
  ): Promise<Uint8Array> {
    const url = `${this.server}${route}`;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const abort = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
    try {
      // Credentials go with same-origin requests only: a proxy's sign-on cookie, never a third party's.
      const response = await fetch(url, { ...init, signal: abort, credentials: 'same-origin' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? '';
      if (response.ok && type.startsWith(expected)) return bytes;
      throw fromWireError(parseJson(bytes), response.status);
    } catch (error) {
      if (error instanceof PantauError) throw error;
      if (signal?.aborted === true) throw signal.reason ?? error;
      throw timeout.signal.aborted ? slow(this.server, this.timeoutMs) : unreachable(this.server);
    } finally {
      clearTimeout(timer);
    }
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

function unreachable(server: string): PantauError {
  return new PantauError({
    code: 'SERVER_UNREACHABLE',
    text: sayBoth(QUERY_ERRORS, 'pantauServerCannotReached', server),
    details: { server },
  });
}

function slow(server: string, ms: number): PantauError {
  const seconds = Math.round(ms / 100) / 10;
  return new PantauError({
    code: 'SERVER_UNREACHABLE',
    text: sayBoth(QUERY_ERRORS, 'pantauServerDidNot', server, seconds),
    details: { server, timeoutMs: ms },
  });
}

function unknownTable(table: string, server: string): PantauError {
  return new PantauError({
    code: 'UNKNOWN_TABLE',
    text: sayBoth(QUERY_ERRORS, 'pantauServerNoTable', server, table),
    details: { table, server },
  });
}

function missingAnswer(id: string): PantauError {
  return new PantauError({
    code: 'SERVER_FAILED',
    text: sayBoth(QUERY_ERRORS, 'pantauServerLeftOne'),
    details: { id },
  });
}
