import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { toQueryResult } from '../../src/results/query-result.ts';

/** Arrow becomes plain JS once: numbers, Dates and nulls, whatever DuckDB's type. */
describe('query results as plain columns', () => {
  let db: DuckDBConnector;
  beforeAll(() => {
    db = createNodeConnector();
  });
  afterAll(() => db.close());

  it('turns BIGINT, HUGEINT and DECIMAL into numbers', async () => {
    const result = toQueryResult(
      await db.query(`SELECT count(*) AS n, sum(x) AS total, 12.345::DECIMAL(10,3) AS d,
        (-7.5)::DECIMAL(18,2) AS neg, 123456789012345678::HUGEINT AS huge, 3::UBIGINT AS u
        FROM range(5) t(x)`),
    );
    expect(result.types['total']).toMatch(/Decimal/);
    expect(result.rows()).toEqual([
      { n: 5, total: 10, d: 12.345, neg: -7.5, huge: 123456789012345680, u: 3 },
    ]);
    for (const value of Object.values(result.rows()[0] ?? {})) expect(typeof value).toBe('number');
  });

  it('turns DATE and TIMESTAMP (every unit) into Date, and keeps nulls as null', async () => {
    const result = toQueryResult(
      await db.query(`SELECT DATE '2024-08-17' AS d, TIMESTAMP '2024-08-17 13:30:00' AS ts,
        TIMESTAMP_MS '2024-08-17 13:30:00.123' AS ms, TIMESTAMP_S '2024-08-17 13:30:00' AS s,
        TIMESTAMP_NS '2024-08-17 13:30:00' AS ns, NULL::DATE AS missing, NULL::INTEGER AS nothing`),
    );
    const row = result.rows()[0] ?? {};
    expect(row['d']).toEqual(new Date('2024-08-17T00:00:00Z'));
    expect(row['ts']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(row['ms']).toEqual(new Date('2024-08-17T13:30:00.123Z'));
    expect(row['s']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(row['ns']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(row['missing']).toBeNull();
    expect(row['nothing']).toBeNull();
  });

  it('gives columns in query order, with row objects on demand', async () => {
    const result = toQueryResult(
      await db.query(
        `SELECT * FROM (VALUES ('Dinkes', 1, true), ('Disdik', NULL, false)) t(unit, nilai, aktif)`,
      ),
    );
    expect(result.names).toEqual(['unit', 'nilai', 'aktif']);
    expect(result.numRows).toBe(2);
    expect(result.columns).toEqual({
      unit: ['Dinkes', 'Disdik'],
      nilai: [1, null],
      aktif: [true, false],
    });
    expect(result.rows()).toBe(result.rows());
  });

  it('turns lists and structs into plain arrays and objects', async () => {
    const result = toQueryResult(
      await db.query(`SELECT [1, 2, 3]::BIGINT[] AS l, {'a': 1::BIGINT, 'b': 'x'} AS s`),
    );
    expect(result.rows()).toEqual([{ l: [1, 2, 3], s: { a: 1, b: 'x' } }]);
  });
});
