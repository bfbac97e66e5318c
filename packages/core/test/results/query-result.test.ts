import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import { runQuery } from '../../src/results/run-query.ts';
import type { Row } from '../../src/results/query-result.ts';

/**
 * Arrow bytes from a real DuckDB become plain JS once (Flechette decodes): exact integers,
 * decimals as their nearest double, Dates and nulls, whatever DuckDB's type.
 */
describe('query results as plain columns', () => {
  let db: DuckDBConnector;
  beforeAll(() => {
    db = createNodeConnector();
  });
  afterAll(() => db.close());

  const row = async (sql: string, params: never[] = []): Promise<Row> =>
    (await runQuery(db, sql, params)).rows()[0] ?? {};

  it('answers Arrow IPC bytes that decode on their own, apart from the engine', async () => {
    const bytes = await db.query('SELECT 42 AS answer');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(decodeResult(bytes).rows()).toEqual([{ answer: 42 }]);
  });

  it('keeps BIGINT, UBIGINT and HUGEINT numbers up to 2^53 and bigints beyond', async () => {
    const result = await runQuery(
      db,
      `SELECT count(*) AS n, sum(x) AS total,
        9007199254740992::BIGINT AS max_exact, 9007199254740993::BIGINT AS above,
        -9007199254740992::BIGINT AS min_exact, -9007199254740993::BIGINT AS below,
        9223372036854775807::BIGINT AS bigint_max, (-9223372036854775808)::BIGINT AS bigint_min,
        18446744073709551615::UBIGINT AS ubigint_max, 3::UBIGINT AS u,
        170141183460469231731687303715884105727::HUGEINT AS huge_max,
        -9007199254740993::HUGEINT AS huge_below, 9007199254740992::HUGEINT AS huge_exact,
        NULL::BIGINT AS no_bigint, NULL::HUGEINT AS no_huge
      FROM range(5) t(x)`,
    );
    expect(result.types['n']).toBe('Int64');
    expect(result.types['total']).toMatch(/Decimal/);
    expect(result.rows()[0]).toStrictEqual({
      n: 5,
      total: 10,
      max_exact: 2 ** 53,
      above: 9007199254740993n,
      min_exact: -(2 ** 53),
      below: -9007199254740993n,
      bigint_max: 9223372036854775807n,
      bigint_min: -9223372036854775808n,
      ubigint_max: 18446744073709551615n,
      u: 3,
      huge_max: 170141183460469231731687303715884105727n,
      huge_below: -9007199254740993n,
      huge_exact: 2 ** 53,
      no_bigint: null,
      no_huge: null,
    });
  });

  it('sums HUGEINT beyond 2^53 exactly, not rounded to a double', async () => {
    // The sum over integers DuckDB types as HUGEINT: 2^53 + 1 can only be told from 2^53 exactly.
    const result = await row(
      `SELECT sum(x) AS total FROM (VALUES (9007199254740992::BIGINT), (1::BIGINT)) t(x)`,
    );
    expect(result['total']).toBe(9007199254740993n);
  });

  it('reads DECIMAL as the double nearest its decimal text', async () => {
    const result = await row(`SELECT sum(x) AS point_three, 12.345::DECIMAL(10,3) AS d,
        (-7.5)::DECIMAL(18,2) AS neg, (-0.05)::DECIMAL(3,2) AS small_neg, 0.5::DECIMAL(2,1) AS half,
        1234567890.123456789::DECIMAL(38,9) AS wide, 0.1::DECIMAL(38,37) AS tiny,
        9684073502163573.05::DECIMAL(38,2) AS rounded_once,
        123456789012345678901234567890::DECIMAL(38,0) AS integral, NULL::DECIMAL(10,2) AS none
      FROM (VALUES (0.1::DECIMAL(10,1)), (0.2::DECIMAL(10,1))) t(x)`);
    expect(result).toStrictEqual({
      point_three: 0.3,
      d: 12.345,
      neg: -7.5,
      small_neg: -0.05,
      half: 0.5,
      wide: Number('1234567890.123456789'),
      tiny: 0.1,
      // Whole part plus fraction, each a double, rounds twice to ...572: the text rounds once.
      rounded_once: 9684073502163574,
      integral: 123456789012345678901234567890n,
      none: null,
    });
  });

  it('turns DATE and TIMESTAMP (every unit, before 1970 too) into Date, and keeps nulls', async () => {
    const result = await row(`SELECT DATE '2024-08-17' AS d, TIMESTAMP '2024-08-17 13:30:00' AS ts,
        TIMESTAMP_MS '2024-08-17 13:30:00.123' AS ms, TIMESTAMP_S '2024-08-17 13:30:00' AS s,
        TIMESTAMP_NS '2024-08-17 13:30:00' AS ns, DATE '1969-12-31' AS before_epoch,
        TIMESTAMP '1965-03-04 05:06:07.123' AS old, TIMESTAMPTZ '2024-08-17 13:30:00+07' AS tz,
        NULL::DATE AS missing, NULL::TIMESTAMP AS missing_ts, NULL::INTEGER AS nothing`);
    expect(result['d']).toEqual(new Date('2024-08-17T00:00:00Z'));
    expect(result['ts']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(result['ms']).toEqual(new Date('2024-08-17T13:30:00.123Z'));
    expect(result['s']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(result['ns']).toEqual(new Date('2024-08-17T13:30:00Z'));
    expect(result['before_epoch']).toEqual(new Date('1969-12-31T00:00:00Z'));
    expect(result['old']).toEqual(new Date('1965-03-04T05:06:07.123Z'));
    expect(result['tz']).toEqual(new Date('2024-08-17T06:30:00Z'));
    expect(result['missing']).toBeNull();
    expect(result['missing_ts']).toBeNull();
    expect(result['nothing']).toBeNull();
  });

  it('gives columns in query order, with row objects on demand', async () => {
    const result = await runQuery(
      db,
      `SELECT * FROM (VALUES ('Dinkes', 1, true), ('Disdik', NULL, false)) t(unit, nilai, aktif)`,
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

  it('reads dictionary-encoded text (ENUM) as strings', async () => {
    const result = await runQuery(
      db,
      `SELECT unit::ENUM('Dinkes', 'Disdik') AS unit
       FROM (VALUES ('Disdik'), ('Dinkes'), (NULL), ('Disdik')) t(unit)`,
    );
    expect(result.types['unit']).toMatch(/^Dictionary</);
    expect(result.columns['unit']).toEqual(['Disdik', 'Dinkes', null, 'Disdik']);
  });

  it('turns lists and structs into plain arrays and objects, exact values inside', async () => {
    const result = await row(`SELECT [1, 2, 3]::BIGINT[] AS l, {'a': 1::BIGINT, 'b': 'x'} AS s,
        [9007199254740993, NULL]::BIGINT[] AS big, [0.1, 0.25]::DECIMAL(4,2)[] AS decimals,
        {'total': 0.3::DECIMAL(10,1), 'at': DATE '2024-01-02'} AS nested`);
    expect(result).toStrictEqual({
      l: [1, 2, 3],
      s: { a: 1, b: 'x' },
      big: [9007199254740993n, null],
      decimals: [0.1, 0.25],
      nested: { total: 0.3, at: new Date('2024-01-02T00:00:00Z') },
    });
  });

  it('decodes a prepared statement with parameters the same way', async () => {
    const result = await row(
      'SELECT ?::BIGINT + 1 AS n, ?::DECIMAL(10,2) AS d, ?::VARCHAR AS unit' as string,
      [9007199254740992, 0.3, 'Dinkes'] as never[],
    );
    expect(result).toStrictEqual({ n: 9007199254740993n, d: 0.3, unit: 'Dinkes' });
  });
});
