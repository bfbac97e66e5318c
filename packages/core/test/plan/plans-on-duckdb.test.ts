// Plans rendered to SQL and run on a real DuckDB (the Node connector): every builder's answer
// equals an oracle query written here by hand, and an interaction's plans merged into one
// statement give each client exactly what its own plan gives alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import type { QueryClient } from '../../src/coordinator/query-client.ts';
import { Selection } from '../../src/coordinator/selection.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import type { PantauError } from '../../src/errors/pantau-error.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import {
  aggregatePlan,
  extentPlan,
  latestPeriodsPlan,
  matchPlan,
  measure,
  optionsPlan,
  pagePlan,
  periodPlan,
} from '../../src/plan/builders.ts';
import { mergeQueries } from '../../src/plan/merge.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import type { QueryPlan } from '../../src/plan/plan.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import type { QueryResult, Row } from '../../src/results/query-result.ts';
import type { FilterClause } from '../../src/sql/filter.ts';
import type { SqlValue } from '../../src/sql/params.ts';
import type { TableSchema } from '../../src/sql/schema.ts';

const UNITS = ['Dinkes', 'dinsos', 'Disdukcapil', 'bappeda', 'Kec. Banjarmasin Tengah', null];
const STATUS = ['selesai', 'proses', 'ditolak'];

/** 600 applications with nulls in text, numbers and dates, spread over two years. */
function applications(): Record<string, unknown>[] {
  return Array.from({ length: 600 }, (_, i) => ({
    unit: UNITS[(i * 7) % UNITS.length],
    status: STATUS[i % STATUS.length],
    submitted_at: new Date(Date.UTC(2023, (i * 5) % 24, 1 + (i % 27), i % 24, (i * 13) % 60)),
    sla_days: i % 11 === 0 ? null : (i * 37) % 19,
    biaya: i % 13 === 0 ? null : ((i * 31) % 1000) / 4,
  }));
}

let db: DuckDBConnector;
let schema: TableSchema;

async function rows(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await db.query(sql, params)).rows()];
}

async function answer(plan: QueryPlan): Promise<Row[]> {
  const { sql, params } = renderPlan(plan, schema);
  return rows(sql, params);
}

const byUnit: FilterClause = { column: 'status', predicate: 'eq', value: 'selesai' };

describe('plans on DuckDB', () => {
  beforeAll(async () => {
    db = createNodeConnector();
    await db.registerSource({ name: 'apps', data: applications() });
    schema = await db.describe('apps');
  });
  afterAll(async () => {
    await db.close();
  });

  it('a ranking: groups, a measure, a filter, order and limit', async () => {
    const plan = aggregatePlan({
      table: 'apps',
      groups: ['unit'],
      measures: { 'avg(sla_days)': 'avg(sla_days)' },
      filter: [byUnit],
      order: [{ key: 'avg(sla_days)', desc: true }, { key: 'unit' }],
      limit: 4,
    });
    expect(await answer(plan)).toEqual(
      await rows(
        `SELECT unit, avg(sla_days)::DOUBLE AS "avg(sla_days)" FROM apps WHERE status = ?
         GROUP BY unit ORDER BY 2 DESC NULLS LAST, 1 NULLS LAST LIMIT 4`,
        ['selesai'],
      ),
    );
  });

  it('periods with series, cut in SQL, ordered by the groups', async () => {
    const plan = periodPlan({
      table: 'apps',
      groups: [{ column: 'submitted_at', interval: 'month' }, { column: 'status' }],
      measures: { n: 'count(*)', biaya: 'sum(biaya)' },
      filter: [{ column: 'unit', predicate: 'in', value: ['Dinkes', 'dinsos'] }],
    });
    expect(await answer(plan)).toEqual(
      await rows(
        `SELECT CAST(date_trunc('month', submitted_at) AS DATE) AS submitted_at, status,
           count(*)::DOUBLE AS n, sum(biaya)::DOUBLE AS biaya
         FROM apps WHERE unit IN ('Dinkes', 'dinsos') GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
    );
  });

  it('the newest periods first, rows without a period left out', async () => {
    const plan = latestPeriodsPlan({
      table: 'apps',
      time: 'submitted_at',
      interval: 'year',
      value: 'count(sla_days)',
      periods: 3,
    });
    expect(await answer(plan)).toEqual(
      await rows(
        `SELECT CAST(date_trunc('year', submitted_at) AS DATE) AS submitted_at,
           count(sla_days)::DOUBLE AS "count(sla_days)"
         FROM apps WHERE submitted_at IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 3`,
      ),
    );
  });

  it('a page of a grouped table with the total beside each row, and every row for export', async () => {
    const spec = {
      table: 'apps',
      groups: ['unit', 'status'],
      measures: [measure('count(*)', 'Jumlah'), measure('max(biaya)', 'Biaya tertinggi')],
      order: [{ key: 'Jumlah', desc: true }, { key: 'unit' }, { key: 'status' }],
      pageSize: 5,
      total: '__total',
    };
    const oracle = `SELECT unit, status, count(*)::DOUBLE AS "Jumlah", max(biaya)::DOUBLE AS "Biaya tertinggi"
      FROM apps GROUP BY 1, 2 ORDER BY 3 DESC, 1 NULLS LAST, 2`;
    const all = await rows(oracle);
    const page = await answer(pagePlan({ ...spec, page: 2 }));
    expect(page.map(({ __total, ...row }) => row)).toEqual(all.slice(10, 15));
    expect(page.every((r) => r['__total'] === all.length)).toBe(true);
    expect(await answer(pagePlan({ ...spec, page: null }))).toEqual(all);
  });

  it("a menu's values: counts, case-folded order, a search, and how many there are", async () => {
    const plan = optionsPlan({
      table: 'apps',
      column: 'unit',
      text: true,
      filter: [{ column: 'status', predicate: 'in', value: ['selesai', 'proses'] }],
      search: 'DIN',
      limit: 1,
    });
    const oracle = await rows(
      `SELECT unit AS value, count(*)::DOUBLE AS count FROM apps
       WHERE status IN ('selesai', 'proses') AND unit IS NOT NULL AND unit ILIKE '%din%'
       GROUP BY 1 ORDER BY lower(unit), unit`,
    );
    expect(oracle.length).toBe(2);
    expect(await answer(plan)).toEqual([{ ...oracle[0], total: 2 }]);
  });

  it("a range's ends over numbers and dates, and a search's matches", async () => {
    expect(
      await answer(extentPlan({ table: 'apps', column: 'sla_days', filter: [byUnit] })),
    ).toEqual(
      await rows(
        `SELECT min(sla_days)::DOUBLE AS low, max(sla_days)::DOUBLE AS high,
           count(sla_days)::DOUBLE AS count FROM apps WHERE status = 'selesai'`,
      ),
    );
    const dates = await answer(extentPlan({ table: 'apps', column: 'submitted_at', filter: [] }));
    expect(dates[0]!['low']).toBeInstanceOf(Date);
    expect(
      await answer(matchPlan({ table: 'apps', column: 'unit', term: 'kec', filter: [] })),
    ).toEqual(
      await rows(
        `SELECT count(*)::DOUBLE AS total,
           (count(*) FILTER (WHERE unit ILIKE '%kec%'))::DOUBLE AS matches FROM apps`,
      ),
    );
  });

  it('merged into one statement, each plan gets exactly its own answer', async () => {
    const plans: QueryPlan[] = [
      // Same result column names with different types and meanings across plans.
      aggregatePlan({
        table: 'apps',
        groups: [{ column: 'unit', as: 'value' }],
        measures: { n: 'count(*)' },
        order: [{ key: 'value' }],
      }),
      optionsPlan({
        table: 'apps',
        column: 'submitted_at',
        text: false,
        filter: [],
        search: '',
        limit: 50,
      }),
      periodPlan({
        table: 'apps',
        groups: [{ column: 'submitted_at', interval: 'week' }],
        measures: { n: 'avg(biaya)' },
      }),
      pagePlan({
        table: 'apps',
        groups: [],
        measures: [measure('"unit"', 'unit'), measure('"biaya"', 'biaya')],
        order: [{ key: 'biaya', desc: true }, { key: 'unit' }],
        page: 3,
        pageSize: 7,
        total: 't',
      }),
      aggregatePlan({
        table: 'apps',
        measures: { n: 'count(*)' },
        filter: [{ column: 'unit', predicate: 'eq', value: 'nobody' }],
      }),
      aggregatePlan({
        table: 'apps',
        groups: ['status'],
        measures: { n: 'count(*)' },
        filter: [{ column: 'unit', predicate: 'eq', value: 'nobody' }],
      }),
    ];
    const rendered = plans.map((p) => renderPlan(p, schema));
    const merged = mergeQueries(rendered);
    const split = merged.split(decodeResult(await db.query(merged.sql, merged.params)));
    for (const [i, plan] of plans.entries()) {
      const alone = decodeResult(await db.query(rendered[i]!.sql, rendered[i]!.params));
      expect(split[i]!.names, `plan ${i}`).toEqual(alone.names);
      expect(split[i]!.rows(), `plan ${i}`).toEqual(alone.rows());
      expect(split[i]!.numRows).toBe(alone.numRows);
      expect(plan.table).toBe('apps');
    }
    expect(split[5]!.numRows).toBe(0);
  });

  it('the coordinator sends a selection change as one statement; a failing plan fails alone', async () => {
    const log: string[] = [];
    const coordinator = new Coordinator({
      query: (sql, params) => (log.push(sql), db.query(sql, params)),
      close: () => db.close(),
      registerSource: (spec) => db.registerSource(spec),
      describe: (table) => db.describe(table),
    });
    const selection = new Selection();
    coordinator.connectSelection(selection);
    const clients = [
      client('bars', (f) =>
        aggregatePlan({
          table: 'apps',
          groups: ['unit'],
          measures: { n: 'count(*)' },
          filter: f,
          order: [{ key: 'unit' }],
        }),
      ),
      client('donut', (f) =>
        aggregatePlan({
          table: 'apps',
          groups: ['status'],
          measures: { n: 'sum(biaya)' },
          filter: f,
          order: [{ key: 'status' }],
        }),
      ),
      client('line', (f) =>
        periodPlan({
          table: 'apps',
          groups: [{ column: 'submitted_at', interval: 'month' }],
          measures: { n: 'count(*)' },
          filter: f,
        }),
      ),
      client('table', (f) =>
        pagePlan({
          table: 'apps',
          groups: ['status'],
          measures: [measure('count(*)', 'Jumlah'), measure('max(submitted_at)', 'Terakhir')],
          filter: f,
          order: [{ key: 'Jumlah', desc: true }, { key: 'status' }],
          page: 0,
          pageSize: 2,
          total: '__total',
        }),
      ),
      client('menu', (f) =>
        optionsPlan({
          table: 'apps',
          column: 'status',
          text: true,
          filter: f,
          search: 'S',
          limit: 5,
        }),
      ),
      client('range', (f) => extentPlan({ table: 'apps', column: 'biaya', filter: f })),
      client('search', (f) =>
        matchPlan({ table: 'apps', column: 'status', term: 'sel', filter: f }),
      ),
      client('kpi', (f) =>
        latestPeriodsPlan({
          table: 'apps',
          time: 'submitted_at',
          interval: 'month',
          value: 'sum(biaya)',
          filter: f,
          periods: 4,
        }),
      ),
      client('broken', (f) =>
        aggregatePlan({ table: 'apps', measures: { n: 'sum(tidak_ada)' }, filter: f }),
      ),
    ];
    for (const c of clients) coordinator.connect(c);
    await coordinator.update(clients);
    const before = coordinator.stats.statements;
    // The bar chart publishes: everyone else is asked again, in one statement.
    selection.update('bars', [{ column: 'unit', predicate: 'eq', value: 'Dinkes' }]);
    await Promise.all(clients.map((c) => c.settled));
    const sentSql = log;
    const sent = coordinator.stats.statements - before;
    // One merged statement (the broken plan fails to render and never reaches the engine), in
    // which every plan filtered alike (all but the publisher) reads the filter's rows once.
    expect(sent).toBe(1);
    const statement = sentSql.at(-1)!;
    expect(statement).toMatch(
      /^WITH "__pantau_rows_0" AS MATERIALIZED \(SELECT .* FROM "apps" WHERE "unit" = \?\)/,
    );
    expect(statement.match(/FROM "__pantau_rows_0"/g)).toHaveLength(clients.length - 2);
    // The publisher's plan did not change: it was asked, not sent again.
    expect(clients[0]!.asked).toBe(2);
    expect(clients[0]!.pending).toBe(1);
    for (const c of clients.slice(1, -1)) {
      const own = c.plan([{ column: 'unit', predicate: 'eq', value: 'Dinkes' }]);
      expect(c.last?.rows()).toEqual(await answer(own));
    }
    expect(clients.at(-1)!.error?.code).toBe('UNKNOWN_COLUMN');
  });
});

interface TestClient extends QueryClient {
  plan: (filter: readonly FilterClause[]) => QueryPlan;
  last: QueryResult | null;
  error: PantauError | null;
  asked: number;
  pending: number;
  settled: Promise<void>;
}

/** A client as an element's controller is one: a key, a table, a pure plan of its filter. */
function client(key: string, plan: (filter: FilterClause[]) => QueryPlan): TestClient {
  let wake: () => void = () => {};
  const c: TestClient = {
    filterKey: key,
    filterSchema: null,
    plan: (f) => plan([...f]),
    last: null,
    error: null,
    asked: 0,
    pending: 0,
    settled: Promise.resolve(),
    query(filter) {
      this.asked++;
      return plan([...filter]);
    },
    queryPending() {
      c.pending++;
      c.settled = new Promise((resolve) => (wake = resolve));
    },
    queryResult(result) {
      c.last = result;
      wake();
    },
    queryError(error) {
      c.error = error;
      wake();
    },
  };
  return c;
}
