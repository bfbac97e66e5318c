import type { Connector, PlanConnector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { FilterClause } from '../sql/filter.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { SourceInfo, SourceSpec } from '../sources/source-spec.ts';
import type { QueryClient, QueryOptions, QueryRequest } from './query-client.ts';
import { asking } from './asking.ts';
import { ResultCache } from './result-cache.ts';
import { PreAggregator, announceTableChange, type PreAggregateOptions } from './pre-aggregator.ts';
import { prepareBatch, type Asked } from './prepare-batch.ts';
import { QueryRunner, asPantauError, requestKeyOf, type PreparedQuery } from './query-runner.ts';
import { loadRenderer } from './plan-rendering.ts';
import { PageTeacher } from './page-teacher.ts';
import { FirstRoots } from './first-roots.ts';
import { catalogOf } from './catalog-of.ts';
import { afterEngineRequests } from '../engine/browser/browser-driver.ts';
import type { Selection } from './selection.ts';

export type { QueryOptions } from './query-client.ts';

/**
 * Runs every client's plan through one connector, and owns cross-filtering: it listens to its
 * dashboard's selection and, on each change, asks every client for its plan under everyone
 * else's clauses. Clients whose plan did not change (the publisher among them) are not asked
 * again; the rest are sent as one batch, merged into as few statements as answer them exactly.
 * Three promises: identical plans share a result (cache by plan, in-flight coalescing); a client
 * only ever receives the answer to its latest plan; and nothing waits for a frame before a query
 * is sent.
 */
export class Coordinator {
  readonly connector: Connector & Partial<SourceCatalog>;
  /** Small aggregate tables that answer cross-filter updates over large tables (see its file). */
  readonly preAggregator: PreAggregator;
  readonly #runner: QueryRunner;
  readonly teacher: PageTeacher; // what the page must learn to answer a first gesture
  /** A large table's first views wait for its cubes (first-roots.ts). */
  readonly firstRoots: FirstRoots;
  #cache: ResultCache;
  #clients = new Set<QueryClient>();
  #latest = new WeakMap<QueryClient, number>();
  /** The key of what each client was last sent (or of the error its plan last threw). */
  #sent = new WeakMap<QueryClient, string>();
  #seq = 0;
  #selection: Selection | null = null;
  /** Clients that have asked at least once (a server's first view waits for the rest). */
  #asked = new WeakSet<QueryClient>();
  /** Batches still running: the answers they were sent for, and how to cancel them. */
  #inflight = new Set<{ asked: readonly Asked[]; keys: Set<string>; abort: AbortController }>();

  constructor(
    connector: Connector & Partial<SourceCatalog>,
    options: { cacheSize?: number; preAggregate?: Partial<PreAggregateOptions> } = {},
  ) {
    this.connector = connector;
    this.#cache = new ResultCache(options.cacheSize ?? 500);
    this.preAggregator = new PreAggregator(connector, options.preAggregate);
    this.#runner = new QueryRunner(connector, this.preAggregator, (table) =>
      catalogOf(this.connector).describe(table),
    );
    this.teacher = new PageTeacher(this.preAggregator, this.#runner, () => this.#clients);
    this.firstRoots = new FirstRoots({
      pre: this.preAggregator,
      prepare: (asked) => this.#runner.prepare(asked.request),
      track: (client, prepared) => this.teacher.sent(client, prepared),
    });
    (connector as Partial<PlanConnector>).awaitFirstViews?.(
      () => [...this.#clients].filter((c) => !this.#asked.has(c)).length,
    );
  }

  /** Statements sent to the engine so far, and how many merged several plans (tests, benches). */
  get stats(): Readonly<{ statements: number; merged: number }> {
    return this.#runner.stats;
  }

  /** Runs a plan (or a read-only SQL statement) now and resolves to plain columns. */
  query(request: QueryPlan | QueryRequest, options: QueryOptions = {}): Promise<QueryResult> {
    const key = requestKeyOf(request);
    const cached = options.cache === false ? undefined : this.#cache.get(key);
    if (cached !== undefined) return cached;
    const run = (prepared: PreparedQuery) => {
      this.#runner.route(prepared);
      return this.#runner.runOne(prepared);
    };
    let result: Promise<QueryResult>;
    try {
      const prepared = this.#runner.prepare(request);
      result = prepared instanceof Promise ? prepared.then(run) : run(prepared);
    } catch (error) {
      result = Promise.reject(asPantauError(error));
    }
    if (options.cache !== false) this.#cache.set(key, result);
    // Cube builds wait while it does (build-steps.ts).
    return asking(result);
  }

  connect(client: QueryClient): void {
    this.#clients.add(client);
  }

  disconnect(client: QueryClient): void {
    this.#clients.delete(client);
    this.preAggregator.forget(client);
    // A reply still in flight for a departed client is dropped; a return starts afresh.
    this.#latest.delete(client);
    this.#sent.delete(client);
  }

  get clients(): ReadonlySet<QueryClient> {
    return this.#clients;
  }

  /** The selection whose changes re-query this coordinator's clients (a dashboard's). */
  get selection(): Selection | null {
    return this.#selection;
  }

  connectSelection(selection: Selection | null): void {
    this.#selection?.removeEventListener('change', this.#onSelection);
    this.#selection = selection;
    selection?.addEventListener('change', this.#onSelection);
  }

  readonly #onSelection = (): void => void this.update([...this.#clients]);

  /** The clauses that filter `client`: everyone else's, on columns its table has. */
  filterFor(client: Pick<QueryClient, 'filterKey' | 'filterSchema'>): FilterClause[] {
    const key = client.filterKey;
    if (this.#selection === null || key === null || key === undefined) return [];
    return this.#selection.clausesFor(key, client.filterSchema ?? undefined);
  }

  /**
   * Asks one client for its plan and sends it if it changed (`force`: even if it did not).
   * Resolves once the answer (or error) is delivered, never during this call: a client asks from
   * inside its own update, too late in it to draw an answer delivered there.
   */
  requestQuery(client: QueryClient, options: { force?: boolean } = {}): Promise<void> {
    return this.#update([client], options, false);
  }

  /**
   * Asks each client for its plan under its current filter and sends, as one batch, the plans
   * that differ from what each was last sent. Resolves once every answer is delivered; an answer
   * the page holds is delivered during this call.
   */
  update(clients: Iterable<QueryClient>, options: { force?: boolean } = {}): Promise<void> {
    return this.#update(clients, options, true);
  }

  #update(
    clients: Iterable<QueryClient>,
    options: { force?: boolean },
    answerNow: boolean,
  ): Promise<void> {
    const batch: Asked[] = [];
    for (const client of clients) {
      this.#asked.add(client);
      let request: QueryPlan | QueryRequest | null;
      try {
        request = client.query(this.filterFor(client));
      } catch (error) {
        const failure = asPantauError(error);
        const key = `error:${failure.code}:${failure.text.en}`;
        if (options.force !== true && this.#sent.get(client) === key) continue;
        this.#sent.set(client, key);
        this.#latest.set(client, ++this.#seq);
        client.queryError(failure);
        continue;
      }
      if (request === null) {
        this.#sent.delete(client);
        continue;
      }
      const key = requestKeyOf(request);
      if (options.force !== true && this.#sent.get(client) === key) continue;
      this.#sent.set(client, key);
      const seq = ++this.#seq;
      this.#latest.set(client, seq);
      batch.push({ client, request, key, seq });
    }
    if (batch.length === 0) return Promise.resolve();
    // Cube builds wait while the batch does (build-steps.ts); a held one waits for them first.
    const held = answerNow ? null : this.firstRoots.hold(batch);
    const send = () => asking(this.#send(batch, answerNow));
    return held === null ? send() : held.then(send);
  }

  /**
   * Sends a batch: cached and in-flight answers are shared, the rest rendered and sent together
   * (merged), all before the first await when every table's schema is known. With `answerNow`, an
   * answer the page computes at once from a cube it holds is delivered at once, with no
   * `queryPending` before it: the client's next update draws it, instead of one update showing
   * `loading` and a second the answer (issue 13: a whole render of every widget per click).
   */
  async #send(batch: readonly Asked[], answerNow: boolean): Promise<void> {
    const { answers, answeredNow, now, later, settle } = prepareBatch(
      batch,
      this.#runner,
      this.#cache,
      (client, prepared) => this.teacher.sent(client, prepared),
    );
    const inflight = { asked: batch, keys: new Set(settle.keys()), abort: new AbortController() };
    const run = async (queries: PreparedQuery[]) => {
      const results = await this.#runner.runAll(queries, inflight.abort.signal);
      queries.forEach((prepared, i) => settle.get(prepared.key)!(results[i]!));
    };
    const runs = [run(now)];
    if (later.length > 0) {
      runs.push(
        Promise.all(later).then((prepared) =>
          run(prepared.filter((p): p is PreparedQuery => p !== null)),
        ),
      );
    }
    this.#inflight.add(inflight);
    this.#abortSuperseded();
    const waiting: Promise<void>[] = [];
    for (const asked of batch) {
      const result = answerNow ? answeredNow.get(asked.key) : undefined;
      if (result !== undefined) this.#deliverNow(asked, result);
      else {
        asked.client.queryPending?.();
        waiting.push(this.#deliver(asked, answers.get(asked.key)!));
      }
    }
    // Each client hears as soon as its own answer is in.
    await Promise.all([...runs, ...waiting]).finally(() => this.#inflight.delete(inflight));
  }

  /**
   * Cancels a batch still running when no client is waiting for any of its answers any more (a
   * newer interaction asked each of them again): a server then stops reading and answering it.
   */
  #abortSuperseded(): void {
    const wanted = new Set<string>();
    for (const { asked } of this.#inflight) {
      for (const a of asked) if (this.#latest.get(a.client) === a.seq) wanted.add(a.key);
    }
    for (const batch of this.#inflight) {
      if (batch.keys.size > 0 && ![...batch.keys].some((key) => wanted.has(key))) {
        batch.abort.abort();
        this.#inflight.delete(batch);
      }
    }
  }

  async #deliver(asked: Asked, answer: Promise<QueryResult>): Promise<void> {
    try {
      this.#deliverNow(asked, await answer);
    } catch (error) {
      if (this.#latest.get(asked.client) === asked.seq) {
        asked.client.queryError(asPantauError(error));
      }
    }
  }

  /** An answer in hand, to its client if it is still the latest it asked for. */
  #deliverNow(asked: Asked, result: QueryResult): void {
    if (this.#latest.get(asked.client) !== asked.seq) return;
    try {
      asked.client.queryResult(result);
    } catch (error) {
      asked.client.queryError(asPantauError(error));
    }
  }

  /** Loads a source table, then forgets cached results that may have read the old one. */
  async registerSource(spec: SourceSpec): Promise<SourceInfo> {
    announceTableChange(spec.name);
    // The widgets' first plans render with it once the table is in: fetched while it loads,
    // after the engine's own first requests.
    void afterEngineRequests().then(() => loadRenderer().catch(() => undefined));
    const info = await catalogOf(this.connector).registerSource(spec);
    announceTableChange(spec.name);
    this.firstRoots.loaded(spec.name, info.rows);
    this.#runner.forgetSchema(spec.name);
    this.#cache.clear();
    if (spec.key !== undefined) {
      // Only a lookup source loads the check (lookup-key.ts), not every page.
      const { checkLookupKey } = await import('../sources/lookup-key.ts');
      const query = (plan: QueryPlan) => this.query(plan, { cache: false });
      await checkLookupKey(query, info.schema, spec.key, spec.name);
    }
    return info;
  }

  describe(table: string): Promise<TableSchema> {
    return this.#runner.describe(table);
  }

  /** Forgets cached answers and table schemas (after the page's own code changed a table). */
  clearCache(): void {
    this.#runner.forgetSchema();
    this.#cache.clear();
  }
}
