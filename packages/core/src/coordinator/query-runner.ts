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
import type * as RendererModule from '../plan/render.ts';
import { isQueryPlan, planKey, type QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import { runQuery } from '../results/run-query.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { Cube } from './cube-sql.ts';
import type { PreAggregator } from './pre-aggregator.ts';
import type { QueryRequest } from './query-client.ts';
import { cacheKey } from './result-cache.ts';

/** Most plans merged into one statement; a bigger batch is sent as several. */
export const MAX_MERGED = 32;

/** A request ready to run: its SQL on the table, and on a cube when one answers it. */
export interface PreparedQuery {
  key: string;
  sql: string;
  params: SqlValue[];
  /** Result columns in order; unknown for raw SQL (which is then never merged). */
  outputs: string[] | null;
  /** The same question on a pre-aggregated table, when one answers it. */
  routed: { sql: string; params: SqlValue[]; cube?: Cube } | null;
  /** The aggregate's parts, for the pre-aggregator to build cubes for. */
  aggregate: AggregatePlan | null;
  /** A plan's own form and table, so it can be answered from rows it shares with others. */
  plan: { plan: QueryPlan; schema: TableSchema; reads: string[] } | null;
  /** The plan itself, for a connector that answers plans (a server renders and checks it). */
  remote?: QueryPlan;
}

/** The cache and deduplication key of a request: its plan's, or its SQL and values. */
export function requestKeyOf(request: QueryPlan | QueryRequest): string {
  return isQueryPlan(request) ? `plan:${planKey(request)}` : `sql:${cacheKey(request)}`;
}

type Renderer = typeof RendererModule;

/**
 * The plan renderer (with the measure grammar, metrics and expression dialect it compiles with)
 * loads with the first plan, not with the page: at load, a page has nothing to render yet, and
 * the chart modules that build plans load on demand too. Once loaded, plans render at once.
 */
let renderer: Renderer | null = null;
let rendererLoad: Promise<Renderer> | null = null;
function loadRenderer(): Promise<Renderer> {
  rendererLoad ??= import('../plan/render.ts').then(
    (module) => (renderer = module),
    (error: unknown) => {
      rendererLoad = null;
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: sayBoth(CORE_START_WORDS, 'codeWritesQueriesCould'),
        cause: error,
      });
    },
  );
  return rendererLoad;
}

/** Whether a plan joins lookup tables (answered by the engine: the page's cubes hold no names). */
const hasLookups = (plan: QueryPlan): boolean => (plan.lookups?.length ?? 0) > 0;

function render(key: string, plan: QueryPlan, schemas: readonly TableSchema[]): PreparedQuery {
  const [schema, ...lookups] = schemas as [TableSchema, ...TableSchema[]];
  const rendered = renderer!.renderPlan(plan, schema, undefined, undefined, {
    schemaOf: (table) => lookups.find((s) => s.table.toLowerCase() === table.toLowerCase())!,
  });
  return {
    key,
    sql: rendered.sql,
    params: rendered.params,
    outputs: rendered.outputs,
    routed: null,
    aggregate: rendered.aggregate ?? null,
    plan: { plan, schema, reads: rendered.reads },
  };
}

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
    if (known.every((s) => s !== undefined) && renderer !== null) {
      return render(key, request, known);
    }
    return Promise.all([
      Promise.all(tables.map((table, i) => known[i] ?? this.describe(table))),
      loadRenderer(),
    ]).then(([schemas]) => render(key, request, schemas));
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

  /** Runs each query, merging those that can be into as few statements as MAX_MERGED allows. */
  async runAll(
    queries: readonly PreparedQuery[],
    signal?: AbortSignal,
  ): Promise<PromiseSettledResult<QueryResult>[]> {
    if (this.#plans !== null) return this.#runRemote(queries, this.#plans, signal);
    const results = new Map<PreparedQuery, Promise<QueryResult>>();
    for (const q of queries) {
      const local = this.#inPage(q);
      if (local !== null) results.set(q, Promise.resolve(local));
      else if (q.outputs === null) results.set(q, this.#onEngine(q));
    }
    const mergeable = queries.filter((q) => !results.has(q));
    for (let i = 0; i < mergeable.length; i += MAX_MERGED) {
      const chunk = mergeable.slice(i, i + MAX_MERGED);
      // The page's answer was tried above: these go to the engine.
      if (chunk.length === 1) results.set(chunk[0]!, this.#onEngine(chunk[0]!));
      else this.#runMerged(chunk).forEach((r, j) => results.set(chunk[j]!, r));
    }
    return Promise.allSettled(queries.map((q) => results.get(q)!));
  }

  /** One query alone: on its cube when routed, on the table if the cube fails. */
  async runOne(query: PreparedQuery): Promise<QueryResult> {
    if (query.remote !== undefined && this.#plans !== null) {
      const [result] = await this.#runRemote([query], this.#plans);
      if (result!.status === 'rejected') throw result!.reason;
      return result!.value;
    }
    return this.#inPage(query) ?? this.#onEngine(query);
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

  /** Every plan of the batch in one request: one interaction, one round trip (issue 14). */
  #runRemote(
    queries: readonly PreparedQuery[],
    connector: PlanConnector,
    signal?: AbortSignal,
  ): Promise<PromiseSettledResult<QueryResult>[]> {
    const asked = queries.filter((q) => q.remote !== undefined);
    const results = new Map<PreparedQuery, Promise<QueryResult>>();
    // Raw SQL cannot go to a server: the connector's query() says so to that request alone.
    for (const q of queries) if (q.remote === undefined) results.set(q, this.#run(q.sql, q.params));
    if (asked.length > 0) {
      this.stats.statements++;
      if (asked.length > 1) this.stats.merged++;
      const sent = connector.answerPlans(
        asked.map((q) => q.remote!),
        signal,
      );
      asked.forEach((q, i) =>
        results.set(
          q,
          sent.then((answers) => {
            const answer = answers[i]!;
            if (answer instanceof PantauError) throw answer;
            return answer;
          }),
        ),
      );
    }
    return Promise.allSettled(queries.map((q) => results.get(q)!));
  }

  #runMerged(chunk: readonly PreparedQuery[]): Promise<QueryResult>[] {
    // Only plans merge, so the renderer (which holds the merging) has loaded with them.
    const { mergeQueries, sharedRows } = renderer!;
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

  /** A cube's answer computed in the page (page-cube/), when it holds the cube and can. */
  #inPage(q: PreparedQuery): QueryResult | null {
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
