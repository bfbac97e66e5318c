// Issue 18, item 7: a ratio over a zero denominator is "not computable" (NaN), never "belum input"
// (NULL, a unit that did not report), never Infinity and never 0. Checked on both engines Pantau
// meets: duckdb-wasm (the blocking Node bundle, engine 1.4.x, as in the page) and native DuckDB
// (@duckdb/node-api 1.5.x, as in @pantau/server), with integer, DECIMAL and DOUBLE divisors, and
// from a pre-aggregated table (sufficient statistics) as from the base table.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cubeBuildSql, cubeQuery, cubeShape } from '../../src/coordinator/cube-sql.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { writerOf } from '../../src/engine/engine-access.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import type { Row } from '../../src/results/query-result.ts';
import { groupQuery, MetricRegistry, type FilterClause } from '../../src/sql/index.ts';

// unit "lapor": a real ratio; "nol": reported, nothing received (0 / 0 and 5 / 0 rows);
// "kosong": received not reported (NULL); "separuh": done not reported, received 0.
const TABLE = `CREATE TABLE ratios AS SELECT * FROM (VALUES
  ('lapor', 'a', 3, 4, 3.00::DECIMAL(12,2), 4.00::DECIMAL(12,2), 3.0::DOUBLE, 4.0::DOUBLE),
  ('lapor', 'b', 1, 4, 1.00::DECIMAL(12,2), 4.00::DECIMAL(12,2), 1.0::DOUBLE, 4.0::DOUBLE),
  ('nol', 'a', 0, 0, 0.00::DECIMAL(12,2), 0.00::DECIMAL(12,2), 0.0::DOUBLE, 0.0::DOUBLE),
  ('nol', 'b', 5, 0, 5.00::DECIMAL(12,2), 0.00::DECIMAL(12,2), 5.0::DOUBLE, -0.0::DOUBLE),
  ('kosong', 'a', 2, NULL, 2.00::DECIMAL(12,2), NULL, 2.0::DOUBLE, NULL),
  ('separuh', 'b', NULL, 0, NULL, 0.00::DECIMAL(12,2), NULL, 0.0::DOUBLE)
) AS v(unit, kind, done, received, done_dec, received_dec, done_dbl, received_dbl)`;

const MEASURES = {
  integer: 'sum(done) / sum(received)',
  decimal: 'sum(done_dec) / sum(received_dec)',
  double: 'sum(done_dbl) / sum(received_dbl)',
  // avg is a sum over a count in a cube: a count of 0 values must stay NULL there too.
  mean: 'avg(received) / avg(done)',
  percent: '100 * sum(done) / sum(received)',
  ratio_of_ratio: '1 / (sum(done) / sum(received))',
};

/** What each unit must read, per measure: a number, NaN ("tak terhitung") or null ("belum input"). */
const EXPECTED: Record<string, Record<keyof typeof MEASURES, number | null>> = {
  lapor: { integer: 0.5, decimal: 0.5, double: 0.5, mean: 2, percent: 50, ratio_of_ratio: 2 },
  nol: {
    integer: Number.NaN,
    decimal: Number.NaN,
    double: Number.NaN,
    mean: 0,
    percent: Number.NaN,
    ratio_of_ratio: Number.NaN,
  },
  kosong: {
    integer: null,
    decimal: null,
    double: null,
    mean: null,
    percent: null,
    ratio_of_ratio: null,
  },
  separuh: {
    integer: null,
    decimal: null,
    double: null,
    mean: null,
    percent: null,
    ratio_of_ratio: null,
  },
};

const none = new MetricRegistry();
const byUnit = (a: Row, b: Row) => String(a['unit']).localeCompare(String(b['unit']));

function expectReadings(rows: readonly Row[], where: string): void {
  expect(rows.map((r) => r['unit']).sort(), where).toEqual(Object.keys(EXPECTED).sort());
  for (const row of rows) {
    const expected = EXPECTED[String(row['unit'])]!;
    for (const [name, value] of Object.entries(expected)) {
      const got = row[name];
      const what = `${where}: ${String(row['unit'])} ${name}`;
      if (value === null) expect(got, what).toBeNull();
      else if (Number.isNaN(value)) expect(got, what).toBeNaN();
      else expect(got, what).toBeCloseTo(value, 12);
    }
  }
}

describe('division by zero is not computable, not "belum input"', () => {
  let wasm: DuckDBConnector;
  let native: DuckDBConnection;
  const wasmRows = async (sql: string, params: readonly unknown[] = []) =>
    [...decodeResult(await wasm.query(sql, params as never)).rows()].sort(byUnit);

  beforeAll(async () => {
    wasm = createNodeConnector();
    await writerOf(wasm)!.exec(TABLE);
    native = await (await DuckDBInstance.create(':memory:')).connect();
    await native.run(TABLE);
  });
  afterAll(async () => {
    await wasm.close();
    native.closeSync();
  });

  it("measures the engines' own `/` by zero, which Pantau does not rely on", async () => {
    const sql = `SELECT 1 / 0 AS int_pos, -1 / 0 AS int_neg, 0 / 0 AS int_zero,
      1.5::DECIMAL(9,2) / 0::DECIMAL(9,2) AS dec, 1.5::DOUBLE / 0::DOUBLE AS dbl,
      1 // 0 AS int_div, NULL::DOUBLE / 'NaN'::DOUBLE AS null_by_nan`;
    const fromWasm = (await wasmRows(sql))[0]!;
    const fromNative = (await native.runAndReadAll(sql)).getRowObjectsJS()[0]!;
    for (const row of [fromWasm, fromNative]) {
      // ieee_floating_point_ops (default on in 1.4 and 1.5): a sign-dependent Infinity or NaN,
      // and NULL for integer division; `x / Infinity` would then be a plausible 0.
      expect(row).toMatchObject({
        int_pos: Number.POSITIVE_INFINITY,
        int_neg: Number.NEGATIVE_INFINITY,
        dec: Number.POSITIVE_INFINITY,
        dbl: Number.POSITIVE_INFINITY,
        int_div: null,
        null_by_nan: null,
      });
      expect(row['int_zero']).toBeNaN();
    }
  });

  it('gives NaN for a zero integer, DECIMAL or DOUBLE divisor and NULL for a missing one (duckdb-wasm)', async () => {
    const table = await wasm.describe('ratios');
    const query = groupQuery({ table, groupBy: ['unit'], measures: MEASURES }, none);
    expect(query.sql).not.toContain('NULLIF');
    expectReadings(await wasmRows(query.sql, query.params), 'duckdb-wasm');
  });

  it('gives the same readings on native DuckDB (what @pantau/server runs)', async () => {
    const table = await wasm.describe('ratios');
    const query = groupQuery({ table, groupBy: ['unit'], measures: MEASURES }, none);
    expect(query.params).toEqual([]);
    const rows = (await native.runAndReadAll(query.sql)).getRowObjectsJS() as Row[];
    expectReadings(rows.sort(byUnit), 'native DuckDB');
  });

  it('ranks a not-computable group after every figure and before NULL, both ways', async () => {
    const table = await wasm.describe('ratios');
    for (const desc of [true, false]) {
      const query = groupQuery(
        {
          table,
          groupBy: ['unit'],
          measures: { r: MEASURES.integer, total: 'sum(done)' },
          orderBy: [{ key: 'r', desc }, { key: 'unit' }],
          limit: 2,
        },
        none,
      );
      const rows = [...decodeResult(await wasm.query(query.sql, query.params as never)).rows()];
      // Without the extra term, DuckDB sorts NaN above every number: DESC would rank it first.
      expect(rows.map((r) => r['unit'])).toEqual(['lapor', 'nol']);
    }
  });

  it('gives the same readings from a pre-aggregated table, filtered or not', async () => {
    const table = await wasm.describe('ratios');
    const shape = cubeShape(
      groupQuery({ table, groupBy: ['unit'], measures: MEASURES, filter: [] }, none).plan!,
    )!;
    expect(shape).not.toBeNull();
    const columns = [{ column: 'kind', interval: null }];
    await writerOf(wasm)!.exec(cubeBuildSql('__test_cube_div0', shape, columns));
    const cube = { name: '__test_cube_div0', shape, columns };
    const filters: FilterClause[][] = [
      [],
      [{ column: 'kind', predicate: 'in', value: ['a', 'b'] }],
    ];
    for (const filter of filters) {
      const query = groupQuery({ table, groupBy: ['unit'], measures: MEASURES, filter }, none);
      const fromCube = cubeQuery(cube, query.plan!);
      expect(fromCube).not.toBeNull();
      expect(fromCube!.sql).toContain('__test_cube_div0');
      expectReadings(
        await wasmRows(fromCube!.sql, fromCube!.params),
        `cube ${JSON.stringify(filter)}`,
      );
    }
    // One kind only: "nol" then has 0 / 0 (kind a) or 5 / 0 (kind b): NaN either way.
    for (const kind of ['a', 'b']) {
      const filter: FilterClause[] = [{ column: 'kind', predicate: 'eq', value: kind }];
      const query = groupQuery({ table, groupBy: ['unit'], measures: MEASURES, filter }, none);
      const base = await wasmRows(query.sql, query.params);
      const cubed = await wasmRows(
        cubeQuery(cube, query.plan!)!.sql,
        cubeQuery(cube, query.plan!)!.params,
      );
      expect(cubed).toEqual(base);
      expect(base.find((r) => r['unit'] === 'nol')!['integer']).toBeNaN();
    }
  });

  it('ranks not computable last from a pre-aggregated table too, both ways', async () => {
    // The ranking term is written over the answer's own column: written over the base table's
    // columns, it would fail on the cube (which has none of them) and every ranked ratio would
    // fall back to the table.
    const table = await wasm.describe('ratios');
    for (const desc of [true, false]) {
      const query = groupQuery(
        {
          table,
          groupBy: ['unit'],
          measures: { r: MEASURES.integer, total: 'sum(done)' },
          orderBy: [{ key: 'r', desc }, { key: 'unit' }],
          limit: 3,
        },
        none,
      );
      const shape = cubeShape(query.plan!)!;
      const columns = [{ column: 'kind', interval: null }];
      const name = `__test_cube_rank_${desc ? 'desc' : 'asc'}`;
      await writerOf(wasm)!.exec(cubeBuildSql(name, shape, columns));
      const fromCube = cubeQuery({ name, shape, columns }, query.plan!)!;
      const inOrder = async (sql: string, params: readonly unknown[]) =>
        [...decodeResult(await wasm.query(sql, params as never)).rows()].map((r) => r['unit']);
      const cubed = await inOrder(fromCube.sql, fromCube.params ?? []);
      expect(cubed).toEqual(await inOrder(query.sql, query.params ?? []));
      expect(cubed).toEqual(['lapor', 'nol', 'kosong']);
    }
  });
});
