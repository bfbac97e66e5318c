import type { Connector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { PantauError, isPantauError } from '../errors/pantau-error.ts';
import { toQueryResult, type QueryResult } from '../results/query-result.ts';
import type { FilterClause } from '../sql/filter.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { SourceInfo, SourceSpec } from '../sources/source-spec.ts';
import type { QueryClient, QueryRequest } from './query-client.ts';
import { ResultCache, cacheKey } from './result-cache.ts';
import { PreAggregator, announceTableChange, type PreAggregateOptions } from './pre-aggregator.ts';

export interface QueryOptions {
  /** Use and fill the result cache (default true). Benchmarks turn it off to measure real work. */
  cache?: boolean;
}

/**
 * Runs every client's query through one connector. Three promises: identical queries share a
 * result (cache by SQL text and values, and in-flight coalescing); a client only ever receives
 * the answer to its latest request; and nothing waits for a frame before a query is sent.
 */
export class Coordinator {
  readonly connector: Connector & Partial<SourceCatalog>;
  #cache: ResultCache;
  #clients = new Set<QueryClient>();
  #latest = new WeakMap<QueryClient, number>();
  #seq = 0;
  /** Small aggregate tables that answer cross-filter updates over large tables (see its file). */
  readonly preAggregator: PreAggregator;

  constructor(
    connector: Connector & Partial<SourceCatalog>,
    options: { cacheSize?: number; preAggregate?: Partial<PreAggregateOptions> } = {},
  ) {
    this.connector = connector;
    this.#cache = new ResultCache(options.cacheSize ?? 500);
    this.preAggregator = new PreAggregator(connector, options.preAggregate);
  }

  /** Runs a query now and resolves to plain columns. */
  query(request: QueryRequest, options: QueryOptions = {}): Promise<QueryResult> {
    if (options.cache === false) return this.#run(request);
    const key = cacheKey(request);
    let result = this.#cache.get(key);
    if (!result) {
      result = this.#run(request);
      this.#cache.set(key, result);
    }
    return result;
  }

  async #run(request: QueryRequest): Promise<QueryResult> {
    const table = await this.connector.query(request.sql, request.params ?? []);
    return toQueryResult(table);
  }

  connect(client: QueryClient): void {
    this.#clients.add(client);
  }

  disconnect(client: QueryClient): void {
    this.#clients.delete(client);
    this.preAggregator.forget(client);
    // A reply still in flight for a departed client is dropped.
    this.#latest.delete(client);
  }

  get clients(): ReadonlySet<QueryClient> {
    return this.#clients;
  }

  /**
   * Asks the client for its query under `filter` and delivers the answer, unless a newer request
   * for the same client has been made meanwhile: then the stale answer is dropped.
   */
  async requestQuery(client: QueryClient, filter: readonly FilterClause[] = []): Promise<void> {
    const seq = ++this.#seq;
    this.#latest.set(client, seq);
    const isLatest = () => this.#latest.get(client) === seq;
    let request: QueryRequest | null;
    try {
      request = client.query(filter);
    } catch (error) {
      client.queryError(asPantauError(error));
      return;
    }
    if (request === null) return;
    this.preAggregator.track(client, request.plan);
    client.queryPending?.();
    try {
      const result = await this.#answer(request);
      if (isLatest()) client.queryResult(result);
    } catch (error) {
      if (isLatest()) client.queryError(asPantauError(error));
    }
  }

  /** From a pre-aggregated table when one answers the request, else from the base table. */
  async #answer(request: QueryRequest): Promise<QueryResult> {
    const routed = this.preAggregator.route(request);
    if (routed === null) return this.query(stripPlan(request));
    try {
      return await this.query(routed);
    } catch (error) {
      // A cube dropped under us, or a bug in its SQL: the base table still answers.
      console.warn(
        `Pra-agregasi tidak bisa menjawab; membaca tabel aslinya. / A pre-aggregate could not answer; reading the table itself. (${error instanceof Error ? error.message : String(error)})`,
      );
      return this.query(stripPlan(request));
    }
  }

  /** Loads a source table, then forgets cached results that may have read the old one. */
  async registerSource(spec: SourceSpec): Promise<SourceInfo> {
    announceTableChange(spec.name);
    const info = await this.#catalog().registerSource(spec);
    announceTableChange(spec.name);
    this.#cache.clear();
    return info;
  }

  describe(table: string): Promise<TableSchema> {
    return this.#catalog().describe(table);
  }

  clearCache(): void {
    this.#cache.clear();
  }

  #catalog(): SourceCatalog {
    const { registerSource, describe } = this.connector;
    if (!registerSource || !describe) {
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: {
          id: 'Konektor ini tidak dapat memuat sumber data; gunakan tabel yang sudah ada di server.',
          en: 'This connector cannot load sources; use tables that already exist on the server.',
        },
      });
    }
    return this.connector as Connector & SourceCatalog;
  }
}

/** The cache key is SQL and values only; the plan is not sent anywhere. */
function stripPlan(request: QueryRequest): QueryRequest {
  return request.params === undefined
    ? { sql: request.sql }
    : { sql: request.sql, params: request.params };
}

function asPantauError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  return new PantauError({
    code: 'QUERY_FAILED',
    text: {
      id: `Kueri gagal: ${error instanceof Error ? error.message : String(error)}`,
      en: `Query failed: ${error instanceof Error ? error.message : String(error)}`,
    },
    cause: error,
  });
}
