// Every chart kind's plans, built with core's builders as the widgets build them, answered three
// ways on the same CSV files: through a real server (HTTP, Arrow frames, core's decoder), on the
// page's engine (core's node connector + renderPlan), and by oracle SQL written here by hand.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregatePlan,
  columnValue,
  extentPlan,
  latestPeriodsPlan,
  matchPlan,
  measure,
  optionsPlan,
  pagePlan,
  periodPlan,
  renderPlan,
  decodeResult,
  type QueryPlan,
  type Row,
  type SqlValue,
  type TableSchema,
} from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { DuckDBConnector } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { ask, dataFolder, removeFolder, resultOf, serve } from './support.ts';

// Parquet, as the demo serves them (CSV files, typed the same on both engines, are
// csv-typing.test.ts's).
const FILES = ['service_performance.parquet', 'ikm_responses.parquet', 'applications.parquet'];

let dir: string;
let server: PantauServer;
let page: DuckDBConnector;
const schemas = new Map<string, TableSchema>();

async function oracle(sql: string, params: SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await page.query(sql, params)).rows()];
}

async function onPage(plan: QueryPlan): Promise<Row[]> {
  const { sql, params } = renderPlan(plan, schemas.get(plan.table)!);
  return oracle(sql, params);
}

/** Every plan through the server in one request (as one interaction sends them). */
async function throughServer(plans: Record<string, QueryPlan>): Promise<Record<string, Row[]>> {
  const answer = await ask(
    server,
    Object.entries(plans).map(([id, plan]) => ({ id, plan })),
  );
  expect(answer.status).toBe(200);
  const out: Record<string, Row[]> = {};
  for (const id of Object.keys(plans)) out[id] = [...resultOf(answer, id).rows()];
  return out;
}

const done = { column: 'status', predicate: 'eq' as const, value: 'selesai' };

const PLANS: Record<string, { plan: QueryPlan; sql: string }> = {
  bars: {
    plan: aggregatePlan({
      table: 'service_performance',
      groups: ['unit_code'],
      measures: { received: 'sum(received)' },
      filter: [{ column: 'month', predicate: 'gte', value: '2023-01-01' }],
      order: [{ key: 'received', desc: true }],
      limit: 10,
    }),
    sql: `SELECT unit_code, sum(received) AS received FROM service_performance
          WHERE month >= DATE '2023-01-01' GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
  },
  line: {
    plan: periodPlan({
      table: 'service_performance',
      groups: [{ column: 'month', interval: 'year' }, { column: 'unit_code' }],
      measures: { on_time: 'sum(completed_on_time) / sum(completed)' },
      filter: [{ column: 'unit_code', predicate: 'in', value: ['disdukcapil', 'dinkes'] }],
    }),
    sql: `SELECT CAST(date_trunc('year', month) AS DATE) AS month, unit_code,
            sum(completed_on_time)::DOUBLE / NULLIF(sum(completed)::DOUBLE, 0) AS on_time
          FROM service_performance WHERE unit_code IN ('disdukcapil', 'dinkes')
          GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 100000`,
  },
  heatmap: {
    plan: periodPlan({
      table: 'service_performance',
      groups: [{ column: 'unit_code' }, { column: 'month', interval: 'month' }],
      measures: { days: 'avg("median_days")' },
      filter: [{ column: 'month', predicate: 'between', value: ['2024-01-01', '2024-06-30'] }],
    }),
    sql: `SELECT unit_code, CAST(date_trunc('month', month) AS DATE) AS month,
            avg(median_days) AS days FROM service_performance
          WHERE month BETWEEN DATE '2024-01-01' AND DATE '2024-06-30'
          GROUP BY 1, 2 ORDER BY 1, 2`,
  },
  donut: {
    plan: aggregatePlan({
      table: 'applications',
      groups: ['channel'],
      measures: { n: 'count(*)' },
      filter: [done],
      order: [{ key: 'n', desc: true }],
    }),
    sql: `SELECT channel, count(*) AS n FROM applications WHERE status = 'selesai'
          GROUP BY 1 ORDER BY 2 DESC`,
  },
  gauge: {
    plan: aggregatePlan({ table: 'ikm_responses', measures: { ikm: 'ikm' } }),
    sql: `SELECT (avg(u1) + avg(u2) + avg(u3) + avg(u4) + avg(u5) + avg(u6) + avg(u7) + avg(u8)
            + avg(u9)) / 9 * 25 AS ikm FROM ikm_responses`,
  },
  kpi: {
    plan: latestPeriodsPlan({
      table: 'service_performance',
      time: 'month',
      interval: 'month',
      value: 'sum(received)',
      periods: 13,
    }),
    sql: `SELECT CAST(date_trunc('month', month) AS DATE) AS month, sum(received) AS "sum(received)"
          FROM service_performance WHERE month IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 13`,
  },
  radar: {
    plan: aggregatePlan({
      table: 'ikm_responses',
      measures: Object.fromEntries(
        Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, `avg(u${i + 1})`]),
      ),
      filter: [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }],
    }),
    sql: `SELECT ${Array.from({ length: 9 }, (_, i) => `avg(u${i + 1}) AS "U${i + 1}"`).join(', ')}
          FROM ikm_responses WHERE unit_code = 'disdukcapil'`,
  },
  table: {
    plan: pagePlan({
      table: 'applications',
      groups: [],
      measures: [columnValue('id'), columnValue('unit_code'), columnValue('submitted_at')],
      filter: [{ column: 'kecamatan', predicate: 'contains', value: 'timur' }],
      order: [{ key: 'submitted_at', desc: true }, { key: 'id' }],
      page: 3,
      pageSize: 25,
      total: '__total',
    }),
    sql: `SELECT id, unit_code, submitted_at, count(*) OVER () AS __total FROM applications
          WHERE kecamatan ILIKE '%timur%' ORDER BY submitted_at DESC, id LIMIT 25 OFFSET 75`,
  },
  options: {
    plan: optionsPlan({
      table: 'applications',
      column: 'service',
      text: true,
      filter: [done],
      search: 'kartu',
      limit: 20,
    }),
    sql: `SELECT service AS value, count(*) AS count, count(*) OVER () AS total FROM applications
          WHERE status = 'selesai' AND service IS NOT NULL AND service ILIKE '%kartu%'
          GROUP BY 1 ORDER BY lower(service), service LIMIT 20`,
  },
  extent: {
    plan: extentPlan({ table: 'applications', column: 'submitted_at', filter: [done] }),
    sql: `SELECT min(submitted_at) AS low, max(submitted_at) AS high, count(submitted_at) AS count
          FROM applications WHERE status = 'selesai'`,
  },
  match: {
    plan: matchPlan({ table: 'applications', column: 'service', filter: [done], term: 'akta' }),
    sql: `SELECT count(*) AS total, count(*) FILTER (WHERE service ILIKE '%akta%') AS matches
          FROM applications WHERE status = 'selesai'`,
  },
  exact: {
    plan: aggregatePlan({
      table: 'service_performance',
      measures: {
        received: 'sum(received)',
        rows: 'count(*)',
        spread: 'max(sla_days) - min(sla_days)',
      },
    }),
    sql: `SELECT sum(received) AS received, count(*) AS rows, max(sla_days) - min(sla_days) AS spread
          FROM service_performance`,
  },
};

describe('plans through the server', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = await dataFolder(FILES);
    server = await serve({ data: dir });
    page = createNodeConnector();
    for (const file of FILES) {
      const name = file.replace('.parquet', '');
      await page.registerSource({
        name,
        data: new Uint8Array(await readFile(path.join(dir, file))),
        format: 'parquet',
      });
      schemas.set(name, await page.describe(name));
    }
  });
  afterAll(async () => {
    await server?.close();
    await page?.close();
    await removeFolder(dir);
  });

  it('serves each file as a table with the columns the page engine reads from it', async () => {
    const response = await fetch(`${server.url}tables`);
    expect(response.status).toBe(200);
    const { tables } = (await response.json()) as {
      tables: { name: string; columns: { name: string; type: string }[] }[];
    };
    expect(tables.map((t) => t.name).sort()).toEqual([
      'applications',
      'ikm_responses',
      'service_performance',
    ]);
    // The page writes Parquet's timestamps as Arrow milliseconds (TIMESTAMP_MS); the server's
    // DuckDB reads them as TIMESTAMP: the same instants, and the same filters bind to both.
    const unit = (columns: readonly { name: string; type: string }[]) =>
      columns.map((c) => ({ ...c, type: c.type.replace(/^TIMESTAMP_MS$/, 'TIMESTAMP') }));
    for (const table of tables) {
      expect(unit(table.columns), table.name).toEqual(unit(schemas.get(table.name)!.columns));
    }
  });

  it('every chart kind: the server, the page engine and the oracle agree', async () => {
    const served = await throughServer(
      Object.fromEntries(Object.entries(PLANS).map(([id, { plan }]) => [id, plan])),
    );
    for (const [id, { plan, sql }] of Object.entries(PLANS)) {
      const expected = await oracle(sql);
      expect(expected.length, `${id} oracle`).toBeGreaterThan(0);
      expect(await onPage(plan), `${id} on the page`).toEqual(expected);
      expect(served[id], `${id} through the server`).toEqual(expected);
    }
  });

  it('keeps the page engine result types (exact integers and decimals as Arrow decimals)', async () => {
    const answer = await ask(server, [{ id: 'exact', plan: PLANS['exact']!.plan }]);
    const served = resultOf(answer, 'exact');
    const { sql, params } = renderPlan(PLANS['exact']!.plan, schemas.get('service_performance')!);
    const local = decodeResult(await page.query(sql, params));
    expect(served.types).toEqual(local.types);
    expect(served.types['received']).toMatch(/^Decimal/);
    expect(served.types['rows']).toBe('Int64');
  });

  it('a page with an offset: the rows the page engine gives, and the total beside them', async () => {
    const plan = pagePlan({
      table: 'ikm_responses',
      groups: ['unit_code', 'service'],
      measures: [measure('count(*)', 'Jumlah')],
      order: [{ key: 'Jumlah', desc: true }, { key: 'unit_code' }, { key: 'service' }],
      page: 1,
      pageSize: 7,
      total: 'semua',
    });
    const answer = await ask(server, [{ id: 'page', plan }]);
    expect([...resultOf(answer, 'page').rows()]).toEqual(await onPage(plan));
  });
});
