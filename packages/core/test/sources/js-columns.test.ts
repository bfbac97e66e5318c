import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { rows } from '../support.ts';

/**
 * JS values become Arrow buffers written by hand (sources/arrow-columns.ts), then a DuckDB table.
 * Every type goes in with nulls on both sides of a byte of validity bits and comes back out of the
 * real engine unchanged; text is checked on both of its paths (dictionary and plain).
 */

// 20 rows: nulls at 0, 7, 8 and 19 cross the validity bitmap's byte boundaries.
const NULL_AT = new Set([0, 7, 8, 19]);
const ROWS = 20;
const orNull = <T>(i: number, value: T): T | null => (NULL_AT.has(i) ? null : value);

// Before 1970 and after 2038: the 64-bit milliseconds need both 32-bit halves, negative too.
const STAMPS = ['1969-07-20T20:17:40Z', '2024-03-31T23:59:59.250Z', '2101-01-01T08:00:00Z'];

function sample() {
  return Array.from({ length: ROWS }, (_, i) => ({
    few: orNull(
      i,
      ['Dinas Kesehatan', 'Kelurahan Sungai Miai', 'Kecamatan Banjarmasin Tengah'][i % 3],
    ),
    // Every value distinct: too many for a dictionary, so the plain path writes the bytes.
    many: orNull(i, `permohonan ${i} — diterima ✓ ${'é'.repeat(i % 4)}`),
    whole: orNull(i, i * 1000 - 7000),
    real: orNull(i, i / 8 - 1),
    big: orNull(i, BigInt(i) * 10_000_000_000n - 1n),
    flag: orNull(i, i % 3 === 0),
    day: orNull(i, `20${10 + (i % 20)}-0${1 + (i % 9)}-2${i % 9}`),
    stamp: orNull(i, new Date(STAMPS[i % 3]!)),
  }));
}

describe('JS rows to a DuckDB table', () => {
  let db: DuckDBConnector;
  beforeAll(() => {
    db = createNodeConnector();
  });
  afterAll(() => db.close());

  it('keeps every value and null of every type', async () => {
    const data = sample();
    await db.registerSource({ name: 'js_columns', data });
    expect((await db.describe('js_columns')).columns).toEqual([
      { name: 'few', type: 'VARCHAR' },
      { name: 'many', type: 'VARCHAR' },
      { name: 'whole', type: 'INTEGER' },
      { name: 'real', type: 'DOUBLE' },
      { name: 'big', type: 'BIGINT' },
      { name: 'flag', type: 'BOOLEAN' },
      { name: 'day', type: 'DATE' },
      { name: 'stamp', type: 'TIMESTAMP_MS' },
    ]);
    const back = await rows(
      db,
      `SELECT few, many, whole, real, big::VARCHAR AS big, flag, strftime(day, '%Y-%m-%d') AS day,
              epoch_ms(stamp)::DOUBLE AS stamp
       FROM js_columns`,
    );
    expect(back).toEqual(
      data.map((row) => ({
        ...row,
        big: row.big === null ? null : String(row.big),
        stamp: row.stamp === null ? null : row.stamp.getTime(),
      })),
    );
  });

  it('text that only looks like a date stays text, as written', async () => {
    await db.registerSource({
      name: 'not_dates',
      data: [{ d: '2024-02-28' }, { d: '2024-02-30' }, { d: null }],
    });
    expect((await db.describe('not_dates')).columns).toEqual([{ name: 'd', type: 'VARCHAR' }]);
    expect(await rows(db, 'SELECT d FROM not_dates')).toEqual([
      { d: '2024-02-28' },
      { d: '2024-02-30' },
      { d: null },
    ]);
  });

  it('a column that mixes kinds becomes text, values written as read', async () => {
    await db.registerSource({
      name: 'mixed',
      data: [{ m: 1 }, { m: 'dua' }, { m: true }, { m: { a: 1 } }, { m: new Date(0) }],
    });
    expect(await rows(db, 'SELECT m FROM mixed')).toEqual([
      { m: '1' },
      { m: 'dua' },
      { m: 'true' },
      { m: '{"a":1}' },
      { m: '1970-01-01T00:00:00.000Z' },
    ]);
  });

  it('a text column of one repeated value and a column of nulls only', async () => {
    await db.registerSource({
      name: 'edge',
      data: Array.from({ length: 1000 }, () => ({ same: 'Banjarmasin', none: null })),
    });
    expect(
      await rows(db, 'SELECT count(*) AS n, count(DISTINCT same) AS d, count(none) AS c FROM edge'),
    ).toEqual([{ n: 1000, d: 1, c: 0 }]);
  });
});
