// The ClickHouse engine end to end: a Pantau server with `engine: 'clickhouse'` talks HTTP to the
// real ClickHouse engine (chdb behind clickhouse-endpoint.ts), and every chart kind's plans give
// the oracle's answers, as the DuckDB server's do. Then the division-by-zero rule and hostile
// plans, on the engine that differs most from DuckDB in both.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregatePlan, decodeResult, type Row, type SqlValue } from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { DuckDBConnector } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { PLANS } from './chart-plans.ts';
import {
  loadParquet,
  startClickHouseEndpoint,
  type ClickHouseEndpoint,
} from './clickhouse-endpoint.ts';
import { ask, dataFolder, errorOf, removeFolder, resultOf, serve } from './support.ts';

const FILES = ['service_performance.parquet', 'ikm_responses.parquet', 'applications.parquet'];

let dir: string;
let endpoint: ClickHouseEndpoint;
let clickhouse: PantauServer;
let duckdb: PantauServer;
let page: DuckDBConnector;

async function oracle(sql: string, params: SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await page.query(sql, params)).rows()];
}

/**
 * Rows equal to the oracle's, doubles to 12 significant digits: ClickHouse and DuckDB add a
 * group's doubles in their own order, so an average may differ in its last bit.
 */
function expectSameRows(actual: readonly Row[], expected: readonly Row[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i]!;
    expect(Object.keys(row), `${what} row ${i}`).toEqual(Object.keys(want));
    for (const [key, value] of Object.entries(want)) {
      const got = row[key];
      if (typeof value === 'number' && !Number.isInteger(value) && typeof got === 'number') {
        expect(Math.abs(got - value), `${what} row ${i} ${key}`).toBeLessThanOrEqual(
          Math.abs(value) * 1e-12,
        );
      } else {
        expect(got, `${what} row ${i} ${key}`).toEqual(value);
      }
    }
  });
}

async function tablesOf(server: PantauServer) {
  const response = await fetch(`${server.url}tables`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    tables: { name: string; columns: { name: string; type: string }[] }[];
  };
  return body.tables.sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('the ClickHouse engine (chdb over HTTP)', { timeout: 120_000 }, () => {
  // chdb (0.5 GB) starts and loads three files here: over the 60 s hook limit at load 30 on 2 cores.
  beforeAll(async () => {
    dir = await dataFolder(FILES);
    endpoint = await startClickHouseEndpoint();
    await loadParquet(
      endpoint,
      'pantau',
      Object.fromEntries(FILES.map((f) => [f.replace('.parquet', ''), path.join(dir, f)])),
    );
    await endpoint.session.queryAsync(
      `CREATE TABLE pantau.ratios (unit String, num Nullable(Int32), den Nullable(Int32), \`we\\\`ird "name\` Nullable(String)) ENGINE = MergeTree ORDER BY unit`,
    );
    await endpoint.session.queryAsync(
      `INSERT INTO pantau.ratios VALUES ('a', 3, 4, 'x'), ('b', 1, 0, 'y'), ('c', NULL, 5, 'x'), ('d', 0, 0, NULL), ('e', 9, 10, 'y'), ('f', 2, NULL, 'x')`,
    );
    clickhouse = await serve({
      engine: 'clickhouse',
      clickhouse: { url: endpoint.url, database: 'pantau' },
    });
    duckdb = await serve({ data: dir });
    page = createNodeConnector();
    for (const file of FILES) {
      await page.registerSource({
        name: file.replace('.parquet', ''),
        data: new Uint8Array(await readFile(path.join(dir, file))),
        format: 'parquet',
      });
    }
  }, 180_000);
  afterAll(async () => {
    await clickhouse?.close();
    await duckdb?.close();
    await endpoint?.close();
    await page?.close();
    await removeFolder(dir);
  });

  it('serves the database tables with the columns (by DuckDB type name) the DuckDB server reads', async () => {
    const fromClickHouse = (await tablesOf(clickhouse)).filter((t) => t.name !== 'ratios');
    expect(fromClickHouse).toEqual(await tablesOf(duckdb));
    expect((await tablesOf(clickhouse)).find((t) => t.name === 'ratios')?.columns).toEqual([
      { name: 'unit', type: 'VARCHAR' },
      { name: 'num', type: 'INTEGER' },
      { name: 'den', type: 'INTEGER' },
      { name: 'we`ird "name', type: 'VARCHAR' },
    ]);
  });

  it('every chart kind: ClickHouse, the DuckDB server and the oracle agree', async () => {
    const requests = Object.entries(PLANS).map(([id, { plan }]) => ({ id, plan }));
    // The oracle first, so the servers' sockets are not left idle between this test's requests
    // and the next test's for longer than their keep-alive.
    const expected = new Map<string, Row[]>();
    for (const [id, { sql }] of Object.entries(PLANS)) expected.set(id, await oracle(sql));
    const [onClickHouse, onDuckDB] = await Promise.all([
      ask(clickhouse, requests),
      ask(duckdb, requests),
    ]);
    expect(onClickHouse.status).toBe(200);
    for (const [id, rows] of expected) {
      expect(rows.length, `${id} oracle`).toBeGreaterThan(0);
      expectSameRows([...resultOf(onDuckDB, id).rows()], rows, `${id} on DuckDB`);
      expectSameRows([...resultOf(onClickHouse, id).rows()], rows, `${id} on ClickHouse`);
    }
  });

  it('decimals, wide integers and low-cardinality text: typed as DuckDB names them, summed exactly', async () => {
    await endpoint.session.queryAsync(
      `CREATE TABLE pantau.money (unit LowCardinality(String), amount Decimal(12, 2), big UInt64, kind Enum8('a' = 1, 'b' = 2), cents Decimal64(3)) ENGINE = MergeTree ORDER BY unit`,
    );
    await endpoint.session.queryAsync(
      `INSERT INTO pantau.money VALUES ('x', 0.10, 9007199254740993, 'a', 1.001), ('x', 0.20, 1, 'b', 2.002), ('y', 1234567890.99, 5, 'a', 0.5)`,
    );
    const served = await serve({
      engine: 'clickhouse',
      clickhouse: { url: endpoint.url, database: 'pantau' },
    });
    try {
      const money = (await tablesOf(served)).find((t) => t.name === 'money');
      expect(money?.columns).toEqual([
        { name: 'unit', type: 'VARCHAR' },
        { name: 'amount', type: 'DECIMAL(12,2)' },
        { name: 'big', type: 'UBIGINT' },
        { name: 'kind', type: 'VARCHAR' },
        { name: 'cents', type: 'DECIMAL(18,3)' },
      ]);
      const plan = aggregatePlan({
        table: 'money',
        groups: ['unit'],
        measures: { amount: 'sum(amount)', spread: 'sum(amount) - min(amount)', n: 'count(kind)' },
        order: [{ key: 'unit' }],
      });
      const answer = await ask(served, [{ id: 'm', plan }]);
      const expected = await oracle(
        `SELECT unit, sum(amount) AS amount, sum(amount) - min(amount) AS spread, count(kind) AS n
         FROM (VALUES ('x', 0.10::DECIMAL(12,2), 'a'), ('x', 0.20::DECIMAL(12,2), 'b'),
                      ('y', 1234567890.99::DECIMAL(12,2), 'a')) t(unit, amount, kind)
         GROUP BY 1 ORDER BY 1`,
      );
      const result = resultOf(answer, 'm');
      expect([...result.rows()]).toEqual(expected);
      expect(result.types['amount']).toMatch(/^Decimal/);
    } finally {
      await served.close();
    }
  });

  it('sends every value as a {pN:Type} parameter, never in the SQL text', async () => {
    const hostile = "selesai' OR 1=1 --\t\\";
    const plan = aggregatePlan({
      table: 'applications',
      measures: { n: 'count(*)' },
      filter: [{ column: 'status', predicate: 'in', value: ['selesai', hostile] }],
    });
    const before = endpoint.received.length;
    const answer = await ask(clickhouse, [{ id: 'n', plan }]);
    const [expected] = await oracle(
      `SELECT count(*) AS n FROM applications WHERE status IN ('selesai', ?)`,
      [hostile],
    );
    expect([...resultOf(answer, 'n').rows()]).toEqual([expected]);
    // This plan's statement, whatever else reached the endpoint meanwhile.
    const sent = endpoint.received.slice(before).find((r) => r.params['p2'] === hostile)!;
    expect(sent.sql).not.toContain('selesai');
    expect(sent.sql).toMatch(/IN \(\{p1:String\}, \{p2:String\}\)/);
    expect(sent.params).toEqual({ p1: 'selesai', p2: hostile });
  });

  it('a zero divisor is NaN, NULL stays NULL, and a ranking puts NaN after numbers, NULL last', async () => {
    const plan = aggregatePlan({
      table: 'ratios',
      groups: ['unit'],
      measures: { rate: 'sum(num) / sum(den)' },
      order: [{ key: 'rate', desc: true }],
    });
    const asc = { ...plan, order: [{ key: 'rate' }] };
    const answer = await ask(clickhouse, [
      { id: 'desc', plan },
      { id: 'asc', plan: asc },
    ]);
    const rates = (id: string) =>
      [...resultOf(answer, id).rows()].map((r) => [r['unit'], r['rate']]);
    expect(rates('desc')).toEqual([
      ['e', 0.9],
      ['a', 0.75],
      ['b', Number.NaN],
      ['d', Number.NaN],
      ['c', null],
      ['f', null],
    ]);
    expect(rates('asc').map(([unit]) => unit)).toEqual(['a', 'e', 'b', 'd', 'c', 'f']);
  });

  it('aggregates over no rows are NULL (ClickHouse alone would say 0), counts 0', async () => {
    const plan = aggregatePlan({
      table: 'ratios',
      measures: { total: 'sum(num)', low: 'min(num)', mean: 'avg(num)', n: 'count(*)' },
      filter: [{ column: 'unit', predicate: 'eq', value: 'none' }],
    });
    const answer = await ask(clickhouse, [{ id: 'empty', plan }]);
    expect([...resultOf(answer, 'empty').rows()]).toEqual([
      { total: null, low: null, mean: null, n: 0 },
    ]);
  });

  it('quotes a name holding a backquote, a quote and a backslash-free space', async () => {
    const plan = aggregatePlan({
      table: 'ratios',
      groups: ['we`ird "name'],
      measures: { n: 'count(*)' },
      order: [{ key: 'we`ird "name' }],
    });
    const answer = await ask(clickhouse, [{ id: 'q', plan }]);
    expect([...resultOf(answer, 'q').rows()]).toEqual([
      { 'we`ird "name': 'x', n: 3 },
      { 'we`ird "name': 'y', n: 2 },
      { 'we`ird "name': null, n: 1 },
    ]);
  });

  it('hostile plans: each its own error code, the others answered', async () => {
    const answer = await ask(clickhouse, [
      { id: 'sql', plan: aggregatePlan({ table: 'ratios', measures: { n: 'count(*)' } }) },
      {
        id: 'measure',
        plan: {
          table: 'ratios',
          measures: [
            { as: 'x', measure: { kind: 'name', name: 'sleep(3)', quoted: false, position: 0 } },
          ],
        },
      },
      { id: 'table', plan: { table: 'system.users', groups: [{ column: 'name' }] } },
      {
        id: 'column',
        plan: { table: 'ratios', groups: [{ column: 'unit`) FROM system.users --' }] },
      },
      {
        id: 'filter',
        plan: aggregatePlan({
          table: 'ratios',
          measures: { n: 'count(*)' },
          filter: [{ column: 'num', predicate: 'gte', value: '1; DROP TABLE ratios' }],
        }),
      },
    ]);
    expect(answer.status).toBe(200);
    expect([...resultOf(answer, 'sql').rows()]).toEqual([{ n: 6 }]);
    // A name is a column or a metric, never a call.
    expect(errorOf(answer, 'measure').code).toBe('UNKNOWN_COLUMN');
    expect(errorOf(answer, 'table').code).toBe('UNKNOWN_TABLE');
    expect(errorOf(answer, 'column').code).toBe('UNKNOWN_COLUMN');
    expect(errorOf(answer, 'filter').code).toBe('BAD_FILTER');
    const count = await endpoint.session.queryAsync('SELECT count() FROM pantau.ratios');
    expect(count.text().trim()).toBe('6');
  });

  it('the row cap and the scope hold on ClickHouse too', async () => {
    const capped = await serve({
      engine: 'clickhouse',
      clickhouse: { url: endpoint.url, database: 'pantau' },
      maxRows: 3,
      scope: { header: 'X-Pantau-Unit', column: 'unit' },
    });
    try {
      const plan = aggregatePlan({
        table: 'ratios',
        groups: ['unit'],
        measures: { n: 'count(*)' },
      });
      const refused = await ask(capped, [{ id: 'p', plan }]);
      expect(refused.status).toBe(403);
      const scoped = await ask(capped, [{ id: 'p', plan }], { 'X-Pantau-Unit': 'b' });
      expect([...resultOf(scoped, 'p').rows()]).toEqual([{ unit: 'b', n: 1 }]);
      const many = aggregatePlan({
        table: 'applications',
        groups: ['id'],
        measures: { n: 'count(*)' },
      });
      const tooMany = await ask(capped, [{ id: 'm', plan: many }], { 'X-Pantau-Unit': 'b' });
      expect(errorOf(tooMany, 'm').code).toBe('TOO_MANY_ROWS');
    } finally {
      await capped.close();
    }
  });

  it('a statement past the timeout is QUERY_TIMEOUT (ClickHouse stops it)', async () => {
    await endpoint.session.queryAsync(
      'CREATE TABLE pantau.big ENGINE = MergeTree ORDER BY tuple() AS SELECT number AS id FROM numbers(5000000)',
    );
    const slow = await serve({
      engine: 'clickhouse',
      clickhouse: { url: endpoint.url, database: 'pantau' },
      timeoutMs: 1,
    });
    try {
      const plan = aggregatePlan({
        table: 'big',
        measures: { d: 'count_distinct(id)', m: 'median(id)' },
      });
      const answer = await ask(slow, [{ id: 'slow', plan }]);
      expect(errorOf(answer, 'slow').code).toBe('QUERY_TIMEOUT');
    } finally {
      await slow.close();
    }
  });

  it('a connection reset is sent once more; a second reset is ENGINE_FAILED', async () => {
    // In front of the endpoint: resets the connection of the first `resets` requests.
    let seen = 0;
    let resets = 1;
    const flaky = createServer((request, response) => {
      seen += 1;
      if (seen <= resets) {
        request.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void fetch(new URL(request.url ?? '/', endpoint.url), {
          method: 'POST',
          body: Buffer.concat(chunks),
        }).then(async (upstream) => {
          response.writeHead(upstream.status, Object.fromEntries(upstream.headers));
          response.end(Buffer.from(await upstream.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/`;
    try {
      const served = await serve({ engine: 'clickhouse', clickhouse: { url, database: 'pantau' } });
      await served.close();
      expect(seen).toBe(2);
      seen = 0;
      resets = 2;
      await expect(
        serve({ engine: 'clickhouse', clickhouse: { url, database: 'pantau' } }),
      ).rejects.toMatchObject({ code: 'ENGINE_FAILED' });
      expect(seen).toBe(2);
    } finally {
      flaky.closeAllConnections();
      await new Promise((resolve) => flaky.close(resolve));
    }
  });

  it('an unreachable ClickHouse stops the start with ENGINE_FAILED', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
    await new Promise((resolve) => probe.close(resolve));
    await expect(
      serve({ engine: 'clickhouse', clickhouse: { url, database: 'pantau' } }),
    ).rejects.toMatchObject({ code: 'ENGINE_FAILED' });
  });
});
