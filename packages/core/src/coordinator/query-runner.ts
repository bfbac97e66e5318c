/**
 * How the coordinator runs what its clients ask: a plan is rendered to SQL against its table's
 * schema, answered from a pre-aggregated table when one answers it exactly (else the table
 * itself), and several plans asked at one moment are sent as one merged statement whose answer is
 * split back per plan. A failure of the merged statement (one plan's error, a cube dropped under
 * it) falls back to each plan alone, so every client gets exactly its own answer or error.
 */

import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { answersPlans, type Connector, type PlanConnector } from '../engine/connector.ts';
import { PantauError, isPantauError } from '../errors/pantau-error.ts';
import { isQueryPlan, type QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import { runQuery } from '../results/run-query.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { loadRenderer, loadedRenderer, renderPrepared } from './plan-rendering.ts';
import type { PreAggregator } from './pre-aggregator.ts';
import { hasLookups, requestKeyOf, type PreparedQuery } from './prepared-query.ts';
import type { QueryRequest } from './query-client.ts';
import { runRemoteBatch } from './remote-batch.ts';

export { requestKeyOf, type PreparedQuery } from './prepared-query.ts';

/** Most plans merged into one statement; a bigger batch is sent as several. */
export const MAX_MERGED = 32;

export class QueryRunner {
  /** Statements sent to the engine, and how many of them merged several plans. */
  readonly stats = { statements: 0, merged: 0 };

  /** Schemas already described, by table (lower case): a plan over them renders at once. */
  readonly #schemas = new Map<string, TableSchema>();

  constructor(
    private readonly connector: Connector,
    private readonly preAggregator: PreAggregator,
    private readonly describeTable: (table: string) => Promise<TableSchema>,
  ) {
    this.#plans = answersPlans(connector) ? connector : null;
  }

  /** The connector as a plan answerer, when it is one (a Pantau server). */
  readonly #plans: PlanConnector | null;

  /** The table's schema changed (a reload) or may have (a script's statement: every table). */
  forgetSchema(table?: string): void {
    if (table === undefined) this.#schemas.clear();
    else this.#schemas.delete(table.toLowerCase());
  }

  async describe(table: string): Promise<TableSchema> {
    const schema = await this.describeTable(table);
    this.#schemas.set(table.toLowerCase(), schema);
    return schema;
  }

  /**
   * The request as SQL, rendered now when its table's schema is known (so nothing waits between
   * an interaction and the engine), else once it is described.
   */
  prepare(request: QueryPlan | QueryRequest): PreparedQuery | Promise<PreparedQuery> {
    const key = requestKeyOf(request);
    if (!isQueryPlan(request)) {
      const params = [...(request.params ?? [])];
      const aggregate = request.plan ?? null;
      return { key, sql: request.sql, params, outputs: null, routed: null, aggregate, plan: null };
    }
    // A server renders plans itself, against its own catalogue: nothing to describe or load here.
    if (this.#plans !== null) {
      return {
        key,
        sql: '',
        params: [],
        outputs: null,
        routed: null,
        aggregate: null,
        plan: null,
        remote: request,
      };
    }
    // A lookup's table is described like the plan's own, so its names are checked too.
    const tables = [request.table, ...(request.lookups ?? []).map((l) => l.table)];
    const known = tables.map((table) => this.#schemas.get(String(table).toLowerCase()));
    if (known.every((s) => s !== undefined) && loadedRenderer() !== null) {
      return renderPrepared(key, request, known);
    }
    return Promise.all([
      Promise.all(tables.map((table, i) => known[i] ?? this.describe(table))),
      loadRenderer(),
    ]).then(([schemas]) => renderPrepared(key, request, schemas));
  }

  /** Looks for a cube that answers it now (a pure lookup: never waits for a build). */
  route(prepared: PreparedQuery): void {
    if (prepared.aggregate === null) return;
    const routed = this.preAggregator.route({
      sql: prepared.sql,
      params: prepared.params,
      plan: prepared.aggregate,
    });
    prepared.routed =
      routed === null ? null : { ...routed, sql: routed.sql, params: [...(routed.params ?? [])] };
  }

  /**
   * Runs each query on the engine, merging those that can be into as few statements as
   * MAX_MERGED allows. The page's answers (answerInPage) are the caller's to try first.
   */
  async runAll(
    queries: readonly PreparedQuery[],
    signal?: AbortSignal,
  ): Promise<PromiseSettledResult<QueryResult>[]> {
    if (this.#plans !== null) {
      return runRemoteBatch(
        queries,
        this.#plans,
        (sql, p) => this.#run(sql, p),
        this.stats,
        signal,
      );
    }
    const results = new Map<PreparedQuery, Promise<QueryResult>>();
    for (const q of queries) if (q.outputs === null) results.set(q, this.#onEngine(q));
    const mergeable = queries.filter((q) => !results.has(q));
    for (let i = 0; i < mergeable.length; i += MAX_MERGED) {
      const chunk = mergeable.slice(i, i + MAX_MERGED);
      if (chunk.length === 1) results.set(chunk[0]!, this.#onEngine(chunk[0]!));
      else this.#runMerged(chunk).forEach((r, j) => results.set(chunk[j]!, r));
    }
    return Promise.allSettled(queries.map((q) => results.get(q)!));
  }

  /** One query alone: on its cube when routed, on the table if the cube fails. */
  async runOne(query: PreparedQuery): Promise<QueryResult> {
    if (query.remote !== undefined && this.#plans !== null) {
      const [result] = await runRemoteBatch(
        [query],
        this.#plans,
        (sql, p) => this.#run(sql, p),
        this.stats,
      );
      if (result!.status === 'rejected') throw result!.reason;
      return result!.value;
    }
    return this.answerInPage(query) ?? this.#onEngine(query);
  }

  /** One query on the engine (the page's cube answer already tried, or none): cube, then table. */
  async #onEngine(query: PreparedQuery): Promise<QueryResult> {
    if (query.routed === null) return this.#run(query.sql, query.params);
    try {
      return this.#learn(query, await this.#run(query.routed.sql, query.routed.params));
    } catch (error) {
      // A cube dropped under us, or a bug in its SQL: the base table still answers.
      console.warn(
        `Pra-agregasi tidak bisa menjawab; membaca tabel aslinya. / A pre-aggregate could not answer; reading the table itself. (${message(error)})`,
      );
      return this.#run(query.sql, query.params);
    }
  }

  #runMerged(chunk: readonly PreparedQuery[]): Promise<QueryResult>[] {
    // Only plans merge, so the renderer (which holds the merging) has loaded with them.
    const { mergeQueries, sharedRows } = loadedRenderer()!;
    const shared = sharedRows(chunk);
    const merged = mergeQueries(
      chunk.map((q) => shared.branches.get(q) ?? { ...(q.routed ?? q), outputs: q.outputs ?? [] }),
      shared,
    );
    this.stats.merged++;
    const answers = this.#run(merged.sql, merged.params).then((result) =>
      merged.split(result).map((split, i) => this.#learn(chunk[i]!, split)),
    );
    // One plan's failure fails the statement: each then runs alone for its own answer or error.
    return chunk.map((q, i) =>
      answers.then(
        (split) => split[i]!,
        () => this.#onEngine(q),
      ),
    );
  }

  /**
   * A cube's answer computed in the page (page-cube/), when it holds the cube and can: no trip to
   * the engine, and no wait (route() first).
   */
  answerInPage(q: PreparedQuery): QueryResult | null {
    const cube = q.routed?.cube;
    const aggregate = q.aggregate;
    if (cube === undefined || aggregate === null || q.plan === null) return null;
    if (hasLookups(q.plan.plan)) return null;
    return this.preAggregator.answerInPage(cube, aggregate, q.plan.plan);
  }

  /** DuckDB's answer from a cube teaches the page the answer's names and types. */
  #learn(q: PreparedQuery, result: QueryResult): QueryResult {
    const cube = q.routed?.cube;
    if (cube !== undefined && q.aggregate !== null && q.plan !== null && !hasLookups(q.plan.plan)) {
      this.preAggregator.learn(cube, q.aggregate, q.plan.plan, result);
    }
    return result;
  }

  async #run(sql: string, params: readonly SqlValue[]): Promise<QueryResult> {
    this.stats.statements++;
    return runQuery(this.connector, sql, params);
  }
}

export function asPantauError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  return new PantauError({
    code: 'QUERY_FAILED',
    text: sayBoth(CORE_START_WORDS, 'queryFailed', message(error)),
    cause: error,
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
