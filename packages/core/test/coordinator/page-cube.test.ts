/**
 * Small cubes answered in the page (coordinator/page-cube/) on a real DuckDB (duckdb-wasm's
 * blocking build, the page's engine): for every chart kind's plan, with and without each kind
 * of clause, over a table with NULLs, negatives, integers whose sums pass 2^53 and BIGINT, and
 * decimals, the page's answer equals DuckDB's answer from the same cube (names, types, values,
 * order) and the base table's (exact numbers exactly, doubles to 1e-9).
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import { PreAggregator, type PublisherColumn } from '../../src/coordinator/pre-aggregator.ts';
import { Selection } from '../../src/coordinator/selection.ts';
import type { QueryClient } from '../../src/coordinator/query-client.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { writerOf } from '../../src/engine/engine-access.ts';
import { registerPublicServiceMetrics } from '../../src/metrics/index.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import {
  aggregatePlan,
  extentPlan,
  latestPeriodsPlan,
  measure,
  optionsPlan,
  pagePlan,
  periodPlan,
} from '../../src/plan/builders.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import type { QueryPlan } from '../../src/plan/plan.ts';
import { plainResult, type QueryResult } from '../../src/results/query-result.ts';
import { runQuery } from '../../src/results/run-query.ts';
import type { PantauError } from '../../src/errors/pantau-error.ts';
import type { FilterClause } from '../../src/sql/filter.ts';
import type { TableSchema } from '../../src/sql/schema.ts';

const TABLE = 'layanan_besar';
const ROWS = 20_000;

/** Deterministic mix: NULLs in every column, negatives, BIGINTs near 2^60, cents. */
const CREATE = `CREATE TABLE ${TABLE} AS
SELECT
  CASE WHEN i % 17 = 0 THEN NULL ELSE 'U' || (i % 6) END AS unit,
  CASE WHEN i % 5 = 0 THEN 'Loket' WHEN i % 5 = 1 THEN 'daring' ELSE 'WEB' END AS channel,
  CASE WHEN i % 29 = 0 THEN NULL ELSE ['baru', 'proses', 'selesai', 'ditolak'][1 + (i * 7) % 4] END AS status,
  TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i * 1571) SECOND + INTERVAL (i % 1000) MICROSECOND AS submitted_at,
  DATE '2024-01-01' + ((i * 13) % 366)::INTEGER AS day,
  CASE WHEN i % 11 = 0 THEN NULL ELSE ((i * 37) % 201) - 100 END::INTEGER AS amount,
  CASE WHEN i % 13 = 0 THEN NULL ELSE (1152921504606846976 + i * 9973)::BIGINT END AS big,
  CASE WHEN i % 7 = 0 THEN NULL ELSE (((i * 7919) % 100001) - 50000) / 100 END::DECIMAL(18,2) AS price,
  CASE WHEN i % 19 = 0 THEN NULL ELSE ((i * 2654435761) % 1000003) / 997.0 - 300 END::DOUBLE AS score,
  (i % 9)::INTEGER AS completed,
  (i % 9 - i % 4)::INTEGER AS completed_on_time,
  ${Array.from({ length: 9 }, (_, k) => `(1 + (i * ${k + 3}) % 4)::INTEGER AS u${k + 1}`).join(',\n  ')}
FROM range(${ROWS}) AS r(i)`;

/** Plans of every widget kind, as their builders make them, under `filter`. */
function plans(filter: FilterClause[]): Record<string, QueryPlan> {
  const f = { table: TABLE, filter };
  return {
    bar: aggregatePlan({
      ...f,
      groups: ['unit'],
      measures: { y: 'avg(score)' },
      order: [{ key: 'y', desc: true }],
      limit: 4,
    }),
    barSum: aggregatePlan({
      ...f,
      groups: ['unit'],
      measures: { y: 'sum(amount)', x: 'sum(price)' },
      order: [{ key: 'unit' }],
    }),
    donut: aggregatePlan({ ...f, groups: ['status'], measures: { value: 'count(*)' } }),
    line: periodPlan({
      ...f,
      groups: [{ column: 'submitted_at', interval: 'month' }],
      measures: { y: 'count(*)', total: 'sum(price)' },
    }),
    heatmap: periodPlan({
      ...f,
      groups: [{ column: 'unit' }, { column: 'channel' }],
      measures: { value: 'count(amount) / count(*)' },
    }),
    kpi: latestPeriodsPlan({
      ...f,
      time: 'submitted_at',
      interval: 'month',
      value: 'sum(big)',
      periods: 3,
    }),
    kpiTotal: aggregatePlan({
      ...f,
      measures: {
        big: 'sum(big)',
        range: 'max(score) - min(score)',
        cents: 'sum(price) * 2 - sum(amount)',
        shifted: '(sum(price) - 1.5) * 3',
        rows: 'count(*)',
      },
    }),
    gauge: aggregatePlan({ ...f, measures: { rate: 'on_time_rate', ikm: 'ikm' } }),
    ikmProfile: aggregatePlan({
      ...f,
      groups: ['channel'],
      measures: { U1: 'ikm_nrr_u1', U9: 'ikm_nrr_u9', respondents: 'ikm_respondents' },
    }),
    // A survey's own headers as the metric's columns (issue 15 item 9), here in another order.
    ikmColumns: aggregatePlan({
      ...f,
      groups: ['unit'],
      measures: {
        ikm: 'ikm(u9, u8, u7, u6, u5, u4, u3, u2, u1)',
        nrr: 'ikm_nrr("u3")',
        respondents: 'ikm_respondents',
      },
    }),
    table: pagePlan({
      ...f,
      groups: ['status'],
      measures: [measure('count(*)', 'n'), measure('max(submitted_at)', 'last')],
      // Ties are in any order in DuckDB too: the second key makes the answer one.
      order: [{ key: 'n', desc: true }, { key: 'status' }],
      page: 0,
      pageSize: 3,
      total: 'total',
    }),
    menu: optionsPlan({ ...f, column: 'channel', text: true, search: '', limit: 10 }),
    extent: extentPlan({ ...f, column: 'amount' }),
    // A zero divisor in every group but the NULL status's: NaN ("not computable") ranks after
    // every figure and before NULL, in the page as in DuckDB (plan/duckdb-sql.ts).
    ratioRank: aggregatePlan({
      ...f,
      groups: ['status'],
      measures: { r: 'sum(amount) / (count(*) - count(status))' },
      order: [
        { key: 'r', desc: true },
        { key: 'status', desc: true },
      ],
    }),
    radar: aggregatePlan({
      ...f,
      groups: ['channel'],
      measures: { low: 'min(price)', high: 'max(day)', mean: 'avg(amount)' },
      order: [{ key: 'channel', desc: true }],
    }),
  };
}

/** One clause kind each (what widgets publish), then two together. */
const FILTERS: Record<string, { publisher: PublisherColumn; filter: FilterClause[] }> = {
  none: { publisher: { column: 'unit' }, filter: [] },
  eq: { publisher: { column: 'unit' }, filter: [{ column: 'unit', predicate: 'eq', value: 'U2' }] },
  in: {
    publisher: { column: 'channel' },
    filter: [{ column: 'channel', predicate: 'in', value: ['WEB', 'daring'] }],
  },
  isNull: { publisher: { column: 'status' }, filter: [{ column: 'status', predicate: 'is_null' }] },
  brush: {
    publisher: { column: 'submitted_at', interval: 'month' },
    filter: [
      {
        column: 'submitted_at',
        predicate: 'between',
        value: ['2024-02-01T00:00:00.000Z', '2024-04-30T23:59:59.999Z'],
      },
    ],
  },
  day: {
    publisher: { column: 'day' },
    filter: [{ column: 'day', predicate: 'gte', value: '2024-07-01' }],
  },
  range: {
    publisher: { column: 'amount' },
    filter: [{ column: 'amount', predicate: 'between', value: [-40, 12.5] }],
  },
  two: {
    publisher: { column: 'unit' },
    filter: [
      { column: 'unit', predicate: 'in', value: ['U1', 'U3'] },
      { column: 'status', predicate: 'not_null' },
    ],
  },
};

/** Group rows in a stable order where the plan leaves it to the engine. */
function rowsOf(result: QueryResult, ordered: boolean): string[] {
  const text = result.rows().map((row) =>
    // NaN ("not computable") apart from null ("not reported"): JSON would write both as null.
    JSON.stringify(row, (_, v: unknown) =>
      typeof v === 'bigint' ? `${v}n` : Number.isNaN(v) ? 'NaN' : v,
    ),
  );
  return ordered ? text : text.sort();
}

function expectClose(base: QueryResult, cube: QueryResult, ordered: boolean): void {
  const a = rowsOf(base, ordered).map((r) => JSON.parse(r) as Record<string, unknown>);
  const b = rowsOf(cube, ordered).map((r) => JSON.parse(r) as Record<string, unknown>);
  expect(b.length).toBe(a.length);
  a.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const other = b[i]![key];
      if (typeof value === 'number' && !Number.isInteger(value)) {
        expect(other as number).toBeCloseTo(value, 9);
      } else expect(other, key).toEqual(value);
    }
  });
}

describe('small cubes answered in the page', () => {
  let db: DuckDBConnector;
  let schema: TableSchema;
  beforeAll(async () => {
    registerPublicServiceMetrics();
    db = createNodeConnector();
    await writerOf(db)!.exec(CREATE);
    schema = await db.describe(TABLE);
  });
  afterAll(() => db.close());

  for (const [filterName, { publisher, filter }] of Object.entries(FILTERS)) {
    it(`every chart kind's plan, filter: ${filterName}`, async () => {
      const cubes = new PreAggregator(db, { minRows: 1_000, maxCubeShare: 1 });
      const all = plans(filter);
      const clients = new Map<string, QueryClient>();
      for (const [name, plan] of Object.entries(all)) {
        const client: QueryClient = {
          query: () => plan,
          queryResult: () => {},
          queryError: () => {},
        };
        clients.set(name, client);
        cubes.track(client, renderPlan(plan, schema).aggregate);
      }
      const roots: string[] = [];
      cubes.addEventListener('root', (e) =>
        roots.push((e as CustomEvent<{ name: string }>).detail.name),
      );
      await cubes.prepare([publisher]);
      await cubes.settled();
      expect(cubes.cubes.length).toBeGreaterThan(0);
      // One scan made a root, every cube was cut from it
      // (root-builds.ts), and the root is gone. The answers below are the cut cubes'.
      expect(roots).toHaveLength(1);
      for (const cube of cubes.cubes) expect(cube.from, cube.name).toBe(roots[0]);
      const left = await runQuery(
        db,
        `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ?`,
        [roots[0]!],
      );
      expect(left.rows()).toEqual([{ n: 0 }]);
      for (const [name, plan] of Object.entries(all)) {
        const rendered = renderPlan(plan, schema);
        const aggregate = rendered.aggregate!;
        const routed = cubes.route({ sql: rendered.sql, params: rendered.params, plan: aggregate });
        expect(routed?.cube, `${name} routed to a cube`).toBeDefined();
        const cube = routed!.cube!;
        // Not before DuckDB has answered this plan's shape from this cube once: that answer
        // fetches the cube into the page and gives the page its names and types.
        expect(cubes.answerInPage(cube, aggregate, plan)).toBeNull();
        const fromCube = await runQuery(db, routed!.sql, routed!.params ?? []);
        const fromBase = await runQuery(db, rendered.sql, rendered.params);
        cubes.learn(cube, aggregate, plan, fromCube);
        await cubes.settled();
        expect(cubes.page?.has(cube), `${name}: cube held in the page`).toBe(true);
        const inPage = cubes.answerInPage(cube, aggregate, plan);
        expect(inPage, `${name} answered in the page`).not.toBeNull();
        const ordered = plan.order !== undefined && plan.order.length > 0;
        expect(inPage!.names, name).toEqual(fromCube.names);
        expect(inPage!.types, name).toEqual(fromCube.types);
        expect(rowsOf(inPage!, ordered), name).toEqual(rowsOf(fromCube, ordered));
        expectClose(fromBase, inPage!, ordered);
      }
      // Each of DuckDB's answers was held against the page's own once the cube came in: same.
      expect(cubes.page!.stats.checks).toBe(Object.keys(all).length);
      expect(cubes.page!.stats.differed).toBe(0);
    });
  }

  it('a cube built later for another publisher is answered in the page at once, exactly', async () => {
    const cubes = new PreAggregator(db, { minRows: 1_000, maxCubeShare: 1 });
    const ask = (filter: FilterClause[]) =>
      Object.entries(plans(filter)).map(([name, plan]) => {
        const rendered = renderPlan(plan, schema);
        const aggregate = rendered.aggregate!;
        const routed = cubes.route({ sql: rendered.sql, params: rendered.params, plan: aggregate });
        return { name, plan, rendered, aggregate, routed: routed!, cube: routed!.cube! };
      });
    for (const plan of Object.values(plans([]))) {
      const client: QueryClient = {
        query: () => plan,
        queryResult: () => {},
        queryError: () => {},
      };
      cubes.track(client, renderPlan(plan, schema).aggregate);
    }
    // DuckDB answers each plan once, from the cubes built for the unit publisher.
    await cubes.prepare([{ column: 'unit' }]);
    await cubes.settled();
    for (const a of ask([{ column: 'unit', predicate: 'eq', value: 'U2' }])) {
      cubes.learn(a.cube, a.aggregate, a.plan, await runQuery(db, a.routed.sql, a.routed.params));
    }
    // The channel publisher's pointer entry builds other cubes of the same shapes: fetched into
    // the page as they are built, and answered there before DuckDB has read any of them.
    await cubes.prepare([{ column: 'channel' }]);
    await cubes.settled();
    expect(cubes.pending).toBe(0);
    for (const a of ask([{ column: 'channel', predicate: 'in', value: ['WEB', 'daring'] }])) {
      expect(
        a.cube.columns.map((c) => c.column),
        a.name,
      ).toContain('channel');
      expect(cubes.page?.has(a.cube), `${a.name}: fetched when built`).toBe(true);
      const inPage = cubes.answerInPage(a.cube, a.aggregate, a.plan);
      expect(inPage, `${a.name} answered in the page`).not.toBeNull();
      const fromCube = await runQuery(db, a.routed.sql, a.routed.params ?? []);
      const ordered = a.plan.order !== undefined && a.plan.order.length > 0;
      expect(inPage!.names, a.name).toEqual(fromCube.names);
      expect(inPage!.types, a.name).toEqual(fromCube.types);
      expect(rowsOf(inPage!, ordered), a.name).toEqual(rowsOf(fromCube, ordered));
      expectClose(await runQuery(db, a.rendered.sql, a.rendered.params), inPage!, ordered);
    }
  });

  it("a shape whose page answer differs from DuckDB's is left to DuckDB, with a warning", async () => {
    const cubes = new PreAggregator(db, { minRows: 1_000, maxCubeShare: 1 });
    const kinds = plans([]);
    for (const plan of [kinds['bar']!, kinds['donut']!]) {
      const client: QueryClient = {
        query: () => plan,
        queryResult: () => {},
        queryError: () => {},
      };
      cubes.track(client, renderPlan(plan, schema).aggregate);
    }
    await cubes.prepare([{ column: 'unit' }]);
    await cubes.settled();
    const ask = async (plan: QueryPlan) => {
      const rendered = renderPlan(plan, schema);
      const aggregate = rendered.aggregate!;
      const routed = cubes.route({ sql: rendered.sql, params: rendered.params, plan: aggregate })!;
      const duck = await runQuery(db, routed.sql, routed.params ?? []);
      return { aggregate, cube: routed.cube!, duck };
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // DuckDB's donut answer as it came; its bar answer with one figure changed (what a page
      // that computed a figure wrongly would meet).
      const donut = await ask(kinds['donut']!);
      cubes.learn(donut.cube, donut.aggregate, kinds['donut']!, donut.duck);
      const bar = await ask(kinds['bar']!);
      const y = bar.duck.columns['y']!;
      const changed = plainResult(
        bar.duck.names,
        bar.duck.types,
        { ...bar.duck.columns, y: y.map((v, i) => (i === 1 ? (v as number) + 0.5 : v)) },
        bar.duck.numRows,
      );
      cubes.learn(bar.cube, bar.aggregate, kinds['bar']!, changed);
      await cubes.settled();
      expect(cubes.page!.stats.checks).toBe(2);
      expect(cubes.page!.stats.differed).toBe(1);
      expect(cubes.answerInPage(bar.cube, bar.aggregate, kinds['bar']!)).toBeNull();
      expect(cubes.answerInPage(donut.cube, donut.aggregate, kinds['donut']!)).not.toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/berbeda dari DuckDB.*differs from DuckDB/);
      // Under another filter the shape is still DuckDB's.
      const under = {
        ...kinds['bar']!,
        filter: [{ column: 'unit', predicate: 'eq' as const, value: 'U2' }],
      };
      const again = await ask(under);
      expect(cubes.answerInPage(again.cube, again.aggregate, under)).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });

  it("a guard that fires (IKM's invalid answers) and a clause the page cannot test go to DuckDB", async () => {
    await writerOf(db)!.exec(
      `CREATE TABLE ikm_salah AS SELECT * REPLACE (CASE WHEN unit IS NULL AND channel = 'Loket' THEN 9 ELSE u1 END AS u1) FROM ${TABLE}`,
    );
    const bad = await db.describe('ikm_salah');
    const cubes = new PreAggregator(db, { minRows: 1_000, maxCubeShare: 1 });
    const client: QueryClient = { query: () => null, queryResult: () => {}, queryError: () => {} };
    const asked = (filter: FilterClause[]) =>
      aggregatePlan({ table: 'ikm_salah', groups: ['status'], measures: { ikm: 'ikm' }, filter });
    cubes.track(client, renderPlan(asked([]), bad).aggregate);
    await cubes.prepare([{ column: 'unit' }]);
    await cubes.settled();
    const ask = async (filter: FilterClause[]) => {
      const plan = asked(filter);
      const rendered = renderPlan(plan, bad);
      const routed = cubes.route({
        sql: rendered.sql,
        params: rendered.params,
        plan: rendered.aggregate!,
      })!;
      const duck = await runQuery(db, routed.sql, routed.params ?? []).catch((e: PantauError) => e);
      return { plan, aggregate: rendered.aggregate!, cube: routed.cube!, duck };
    };
    // Valid rows only: DuckDB answers, and so does the page from then on.
    const valid = await ask([{ column: 'unit', predicate: 'not_null' }]);
    cubes.learn(valid.cube, valid.aggregate, valid.plan, valid.duck as QueryResult);
    await cubes.settled();
    expect(cubes.answerInPage(valid.cube, valid.aggregate, valid.plan)).not.toBeNull();
    // With the invalid rows, DuckDB raises IKM's error; the page gives no number.
    const invalid = await ask([]);
    expect((invalid.duck as PantauError).code).toBe('QUERY_FAILED');
    expect(cubes.answerInPage(invalid.cube, invalid.aggregate, invalid.plan)).toBeNull();
    // ILIKE's case folding is DuckDB's: a search is never answered in the page.
    const search = await ask([{ column: 'unit', predicate: 'contains', value: 'u1' }]);
    expect(cubes.answerInPage(search.cube, search.aggregate, search.plan)).toBeNull();
    expect(cubes.page!.stats.refused).toBe(2);
  });

  it('through the coordinator: after the first answer from a cube, updates come from the page', async () => {
    const coordinator = new Coordinator(db, { preAggregate: { minRows: 1_000, maxCubeShare: 1 } });
    const selection = new Selection();
    coordinator.connectSelection(selection);
    const kinds = plans([]);
    const clients = ['bar', 'donut', 'line', 'heatmap', 'table', 'gauge'].map((name) => {
      const client = {
        name,
        filterKey: name,
        filterSchema: schema,
        results: [] as QueryResult[],
        errors: [] as PantauError[],
        pending: 0,
        query: (filter: readonly FilterClause[]) => ({ ...kinds[name]!, filter: [...filter] }),
        answered: () => {},
        queryPending() {
          this.pending++;
        },
        queryResult(result: QueryResult) {
          this.results.push(result);
          this.answered();
        },
        queryError(error: PantauError) {
          this.errors.push(error);
          this.answered();
        },
      };
      coordinator.connect(client);
      return client;
    });
    await coordinator.update(clients);
    await coordinator.preAggregator.prepare([{ column: 'unit' }]);
    await coordinator.preAggregator.settled();
    const page = () => coordinator.preAggregator.page?.stats.answers ?? 0;
    // The coordinator re-queries every client on the selection's change: wait for each answer.
    const choose = async (value: string) => {
      const answers = clients.map((c) => new Promise<void>((resolve) => (c.answered = resolve)));
      selection.update('units', [{ column: 'unit', predicate: 'eq', value }]);
      await Promise.all(answers);
    };
    await choose('U1'); // from the cubes, by DuckDB: the page fetches them, learns each shape
    await coordinator.preAggregator.settled();
    const before = page();
    const statements = coordinator.stats.statements;
    const pendingBefore = clients.map((c) => c.pending);
    const answersBefore = clients.map((c) => c.results.length);
    const chosen = choose('U4');
    // Answered in the page during the selection's change itself: no wait, no `loading` first.
    expect(clients.map((c) => c.results.length)).toEqual(answersBefore.map((n) => n + 1));
    expect(clients.map((c) => c.pending)).toEqual(pendingBefore);
    await chosen;
    expect(page() - before).toBe(clients.length);
    expect(coordinator.stats.statements).toBe(statements); // no trip to the worker at all
    for (const client of clients) {
      expect(client.errors).toEqual([]);
      const plan = client.query([{ column: 'unit', predicate: 'eq', value: 'U4' }]);
      const base = renderPlan(plan, schema);
      const ordered = plan.order !== undefined && plan.order.length > 0;
      expectClose(await runQuery(db, base.sql, base.params), client.results.at(-1)!, ordered);
    }
    // A client that asks from its own update (requestQuery) hears after the call, as before: an
    // answer delivered inside a Lit update, after its drawing was decided, would not be drawn.
    coordinator.connectSelection(null);
    selection.update('units', [{ column: 'unit', predicate: 'eq', value: 'U2' }]);
    coordinator.connectSelection(selection);
    const bar = clients[0]!;
    const [count, pending] = [bar.results.length, bar.pending];
    const asked = coordinator.requestQuery(bar);
    expect([bar.results.length, bar.pending]).toEqual([count, pending + 1]);
    await asked;
    expect(bar.results.length).toBe(count + 1);
    expect(coordinator.stats.statements).toBe(statements); // still the page's answer
  });
});
