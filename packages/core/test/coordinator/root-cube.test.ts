/**
 * A pass's root cube (coordinator/root-builds.ts) on a real DuckDB: one scan for every
 * widget's cube of a table, each cut from it, then dropped; a root too big to save the cuts
 * anything is dropped at once and the cubes are scanned from the table, as before roots. The
 * figures of cut cubes against the base table, for every chart kind and clause, are checked in
 * page-cube.test.ts.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { PreAggregator } from '../../src/coordinator/pre-aggregator.ts';
import type { QueryClient } from '../../src/coordinator/query-client.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { writerOf } from '../../src/engine/engine-access.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import { aggregatePlan, periodPlan } from '../../src/plan/builders.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import { runQuery } from '../../src/results/run-query.ts';
import type { TableSchema } from '../../src/sql/schema.ts';

const TABLE = 'akar';

let db: DuckDBConnector;
let schema: TableSchema;
beforeAll(async () => {
  db = createNodeConnector();
  await writerOf(db)!.exec(`CREATE TABLE ${TABLE} AS SELECT
    'U' || (i % 4) AS unit, ['baru', 'selesai'][1 + i % 2] AS status,
    TIMESTAMP '2024-01-01' + INTERVAL (i * 3600) SECOND AS submitted_at,
    (i % 10)::INTEGER AS sla FROM range(6000) AS r(i)`);
  schema = await db.describe(TABLE);
});
afterAll(() => db.close());

/** Three widgets of the table, tracked by a fresh pre-aggregator. */
function dashboard(options: { maxCubeShare: number }) {
  const cubes = new PreAggregator(db, { minRows: 0, ...options });
  const plans = [
    aggregatePlan({ table: TABLE, groups: ['unit'], measures: { y: 'avg(sla)' } }),
    aggregatePlan({ table: TABLE, groups: ['status'], measures: { n: 'count(*)' } }),
    periodPlan({
      table: TABLE,
      groups: [{ column: 'submitted_at', interval: 'month' }],
      measures: { y: 'max(sla) - min(sla)' },
    }),
  ];
  for (const plan of plans) {
    const client: QueryClient = { query: () => plan, queryResult: () => {}, queryError: () => {} };
    cubes.track(client, renderPlan(plan, schema).aggregate);
  }
  const roots: { name: string; rows: number }[] = [];
  cubes.addEventListener('root', (e) => roots.push((e as CustomEvent<(typeof roots)[0]>).detail));
  return { cubes, roots };
}

const tablesNamed = async (name: string) =>
  (
    await runQuery(db, 'SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ?', [
      name,
    ])
  ).rows();

const cubeTables = async () =>
  (
    await runQuery(
      db,
      "SELECT table_name AS name FROM duckdb_tables() WHERE starts_with(table_name, '__pantau_cube_')",
    )
  )
    .rows()
    .map((row) => String(row['name']));

it('a pass scans the table once for every cube, cuts each from the root, then drops it', async () => {
  const { cubes, roots } = dashboard({ maxCubeShare: 0.25 });
  const columns = [{ column: 'unit' }, { column: 'status' }];
  await cubes.prepare(columns);
  await cubes.settled();
  expect(roots).toHaveLength(1);
  expect(cubes.cubes).toHaveLength(3);
  for (const cube of cubes.cubes) expect(cube.from).toBe(roots[0]!.name);
  expect(await tablesNamed(roots[0]!.name)).toEqual([{ n: 0 }]);
  // The pass when the pointer enters a widget: the other widgets' cubes, cut from a root too.
  const { cubes: hovered, roots: second } = dashboard({ maxCubeShare: 0.25 });
  const publisher: QueryClient = { query: () => null, queryResult() {}, queryError() {} };
  hovered.track(publisher, undefined);
  await hovered.prepare([{ column: 'unit' }], publisher);
  expect(second).toHaveLength(1);
  for (const cube of hovered.cubes) expect(cube.from).toBe(second[0]!.name);
});

it('a root too big for its table is dropped, and the cubes are scanned from the table', async () => {
  // Two widgets grouped by independent columns: each cube is small (100 and 500 rows), their
  // root keeps every pair (10,000 rows, half the table's 20,000).
  await writerOf(db)!.exec(`CREATE TABLE lebar AS SELECT
    i % 100 AS a, (i // 100) % 100 AS b, (i % 5)::INTEGER AS p FROM range(20000) AS r(i)`);
  const wide = await db.describe('lebar');
  const cubes = new PreAggregator(db, { minRows: 0 });
  for (const group of ['a', 'b']) {
    const plan = aggregatePlan({ table: 'lebar', groups: [group], measures: { n: 'count(*)' } });
    const client: QueryClient = { query: () => plan, queryResult: () => {}, queryError: () => {} };
    cubes.track(client, renderPlan(plan, wide).aggregate);
  }
  const roots: unknown[] = [];
  cubes.addEventListener('root', (e) => roots.push(e));
  const before = await cubeTables();
  await cubes.prepare([{ column: 'p' }]);
  await cubes.settled();
  expect(roots).toEqual([]);
  expect(cubes.cubes.map((c) => [c.rows, c.from])).toEqual([
    [100, undefined],
    [500, undefined],
  ]);
  // Nothing else left behind: the only new tables are the two cubes.
  expect((await cubeTables()).filter((name) => !before.includes(name)).sort()).toEqual(
    cubes.cubes.map((c) => c.name).sort(),
  );
});

it('a root is cut only for its own table, though another has the same columns', async () => {
  // Twin tables (same columns, other figures): a widget of the second has the shape of one of
  // the first's, so the first's root keeps every name its cube needs, but not its rows.
  for (const [name, k] of [
    ['kembar_a', 1],
    ['kembar_b', 3],
  ] as const) {
    await writerOf(db)!.exec(`CREATE TABLE ${name} AS SELECT
      'U' || (i % 4) AS unit, ['baru', 'selesai'][1 + i % 2] AS status, (i * ${k}) % 7 AS sla
      FROM range(4000) AS r(i)`);
  }
  const cubes = new PreAggregator(db, { minRows: 0 });
  const planOf = (table: string, group: string) =>
    aggregatePlan({ table, groups: [group], measures: { n: 'sum(sla)' } });
  const plans = [
    planOf('kembar_a', 'unit'),
    planOf('kembar_a', 'status'),
    planOf('kembar_b', 'unit'),
  ];
  for (const plan of plans) {
    const client: QueryClient = { query: () => plan, queryResult: () => {}, queryError: () => {} };
    cubes.track(client, renderPlan(plan, await db.describe(plan.table)).aggregate);
  }
  const roots: { name: string }[] = [];
  cubes.addEventListener('root', (e) => roots.push((e as CustomEvent<{ name: string }>).detail));
  await cubes.prepare([{ column: 'status' }]);
  await cubes.settled();
  expect(roots).toHaveLength(1);
  expect(cubes.cubes.map((c) => [c.table, c.from === roots[0]!.name])).toEqual([
    ['kembar_a', true],
    ['kembar_a', true],
    ['kembar_b', false],
  ]);
  // The second table's widget, answered from its cube, has its own table's figures.
  const twin = plans[2]!;
  const rendered = renderPlan(twin, await db.describe('kembar_b'));
  const routed = cubes.route({
    sql: rendered.sql,
    params: rendered.params,
    plan: rendered.aggregate!,
  })!;
  expect(routed.cube!.name).toBe(cubes.cubes[2]!.name);
  const fromCube = (await runQuery(db, routed.sql, routed.params ?? [])).rows();
  const fromBase = (await runQuery(db, rendered.sql, rendered.params)).rows();
  const sorted = (rows: readonly Record<string, unknown>[]) =>
    rows.map((row) => JSON.stringify(row)).sort();
  expect(sorted(fromCube)).toEqual(sorted(fromBase));
});
