// Issue 18, item 5 (measure side): sums, minima and maxima of integers and DECIMALs and counts
// keep the engine's exact type, so a total beyond 2^53 is not rounded in SQL and a sum of cents
// has no float artefact. Run on a real DuckDB through the Node connector and today's decoder.
import { writerOf } from '../../src/engine/engine-access.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import type { Row } from '../../src/results/query-result.ts';
import { groupQuery, MetricRegistry, type GroupQuerySpec } from '../../src/sql/index.ts';

const none = new MetricRegistry();
let db: DuckDBConnector;

async function run(sql: string): Promise<{ rows: Row[]; types: Record<string, string> }> {
  const result = decodeResult(await db.query(sql));
  return { rows: [...result.rows()], types: result.types };
}

async function measure(spec: Omit<GroupQuerySpec, 'table'>, table = 'ledger') {
  const query = groupQuery({ table: await db.describe(table), ...spec }, none);
  return { sql: query.sql, ...(await run(query.sql)) };
}

describe('exact sums and counts on DuckDB', () => {
  beforeAll(async () => {
    db = createNodeConnector();
    await writerOf(db)!.exec(`CREATE TABLE ledger AS SELECT * FROM (VALUES
      ('a', 0.10::DECIMAL(12,2), 0.20::DECIMAL(12,2), 9007199254740993::BIGINT),
      ('a', 0.20::DECIMAL(12,2), 0.10::DECIMAL(12,2), 2::BIGINT),
      ('b', 0.30::DECIMAL(12,2), 0.20::DECIMAL(12,2), 1::BIGINT)
    ) AS v(unit, paid, refunded, n)`);
    // 3,000 groups of 100 amounts with cents, from -5e9 to 5e9.
    await writerOf(db)!.exec(`CREATE TABLE amounts AS SELECT i % 3000 AS g,
      ((((i * 7919) % 100000000) * 1000003 + i) / 100.0)::DECIMAL(18,2) - 500000000 AS cost
      FROM range(300000) t(i)`);
  });
  afterAll(() => db.close());

  it('keeps DECIMAL sums and their differences free of float artefacts', async () => {
    const exact = await measure({
      groupBy: ['unit'],
      measures: {
        paid: 'sum(paid)',
        net: 'sum(paid) - sum(refunded)',
        spread: 'max(paid) - min(paid) + (count(*) - count(*))',
      },
      orderBy: [{ key: 'unit' }],
    });
    expect(exact.types.paid).toMatch(/^Decimal/);
    expect(exact.types.net).toMatch(/^Decimal/);
    expect(exact.rows).toEqual([
      { unit: 'a', paid: 0.3, net: 0, spread: 0.1 },
      { unit: 'b', paid: 0.3, net: 0.1, spread: 0 },
    ]);
    // What every aggregate cast to DOUBLE gave before: 0.3 - 0.2 in binary.
    const before = await run(
      'SELECT (sum(paid)::DOUBLE - sum(refunded)::DOUBLE) AS net FROM ledger WHERE unit = ' + "'b'",
    );
    expect(before.rows[0]!.net).toBe(0.09999999999999998);
  });

  it('decodes every DECIMAL group sum to the double nearest its exact decimal text', async () => {
    const { rows, types } = await run(
      `SELECT g, total, CAST(total AS VARCHAR) AS text FROM (${
        groupQuery(
          { table: await db.describe('amounts'), groupBy: ['g'], measures: { total: 'sum(cost)' } },
          none,
        ).sql
      })`,
    );
    expect(types.total).toMatch(/^Decimal/);
    expect(rows).toHaveLength(3000);
    const off = rows.filter((r) => r.total !== Number(r.text));
    expect(off).toEqual([]);
  });

  it('keeps an integer total beyond 2^53 exact in SQL, and counts as BIGINT', async () => {
    const { sql, types } = await measure({
      groupBy: ['unit'],
      measures: { total: 'sum(n)', rows: 'count(*)', top: 'max(n)' },
      orderBy: [{ key: 'unit' }],
    });
    expect(types.rows).toBe('Int64');
    expect(types.top).toBe('Int64');
    // The engine's own text of the values, before any decoder.
    const text = await run(
      `SELECT CAST(total AS VARCHAR) AS total, CAST(top AS VARCHAR) AS top FROM (${sql})`,
    );
    expect(text.rows).toEqual([
      { total: '9007199254740995', top: '9007199254740993' },
      { total: '1', top: '1' },
    ]);
    // Cast to DOUBLE, as before, the last digit was gone before the result left DuckDB.
    const before = await run(
      `SELECT CAST(sum(n)::DOUBLE AS HUGEINT)::VARCHAR AS total FROM ledger WHERE unit = 'a'`,
    );
    expect(before.rows[0]!.total).not.toBe('9007199254740995');
  });
});
