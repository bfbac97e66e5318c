// The compiled SQL, run on a real DuckDB (the duckdb-wasm blocking Node bundle, engine 1.4.x):
// proves that it executes, binds its parameters and returns the right numbers once the result
// layer (decodeResult) has made them plain: exact sums and counts arrive as HUGEINT, DECIMAL
// and BIGINT, not as doubles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileFilter,
  groupQuery,
  MetricRegistry,
  quoteIdentifier,
  type GroupQuerySpec,
  type SqlQuery,
} from '../../src/sql/index.ts';
import { count, countRows, div, lit, mul } from '../../src/sql/expr/build.ts';
import { layanan } from './fixtures.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import { openBlockingDuckDB } from '../../src/node/node-driver.ts';

interface Connection {
  query(sql: string): unknown;
  close(): void;
}

let conn: Connection;
/** The bindings' byte-level prepared statement, as the Node driver runs it: Arrow IPC out. */
let runPrepared: (sql: string, params: readonly unknown[]) => Uint8Array = () => new Uint8Array();
let closeDb: () => void = () => {};

// The same blocking duckdb-wasm the Node connector uses, without Pantau's layer on top.
async function openDuckDB(): Promise<Connection> {
  const { db, conn: connection } = await openBlockingDuckDB();
  const id = connection.useUnsafe((_, connectionId) => connectionId);
  runPrepared = (sql, params) => {
    const statement = db.createPrepared(id, sql);
    try {
      return db.runPrepared(id, statement, [...params]);
    } finally {
      db.closePrepared(id, statement);
    }
  };
  closeDb = () => {
    connection.close();
    db.reset();
  };
  return connection as unknown as Connection;
}

function run({ sql, params }: SqlQuery): Record<string, unknown>[] {
  return [...decodeResult(runPrepared(sql, params)).rows()];
}

const none = new MetricRegistry();
const query = (spec: Omit<GroupQuerySpec, 'table'>, metrics = none) =>
  run(groupQuery({ table: layanan, ...spec }, metrics));

describe('compiled SQL on DuckDB', () => {
  beforeAll(async () => {
    conn = await openDuckDB();
    const columns = layanan.columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}`).join(', ');
    conn.query(`CREATE TABLE layanan (${columns})`);
    // unit, waktu, Waktu Proses (hari), Nama "Unit" (SKPD), biaya, tanggal, diterima, tepat_waktu, Skor
    conn.query(`INSERT INTO layanan VALUES
      ('Dinkes', 2, 1.5, 'Dinas "Kesehatan"', 10.25, DATE '2024-01-15', TIMESTAMP '2024-01-15 08:00:00', true, 4),
      ('Dinkes', 4, 2.5, 'Dinas "Kesehatan"', 20.50, DATE '2024-02-10', TIMESTAMP '2024-02-10 09:30:00', false, 3),
      ('Dukcapil', 1, 0.5, 'Disdukcapil (KTP)', NULL, DATE '2024-02-20', TIMESTAMP '2024-02-20 10:00:00', true, 4),
      ('Dukcapil', 3, 0, 'Disdukcapil (KTP)', 5.00, DATE '2024-03-01', TIMESTAMP '2024-03-01 14:00:00', true, 2),
      ('DPMPTSP', 0, 0, '50% Online_Unit', 0.00, DATE '2024-03-31', TIMESTAMP '2024-03-31 23:59:00', NULL, NULL),
      ('Dinkes', 6, 3.0, 'Dinas "Kesehatan"', 7.75, DATE '2024-04-02', TIMESTAMP '2024-04-02 07:15:00', true, 4)`);
  });

  afterAll(() => closeDb());

  it('has the fixture schema, so the unit tests describe a real table', () => {
    const described = run({ sql: 'DESCRIBE layanan', params: [] }).map((row) => ({
      name: row['column_name'],
      type: row['column_type'],
    }));
    expect(described).toEqual(layanan.columns);
  });

  it('groups and aggregates into plain numbers', () => {
    const rows = query({
      groupBy: ['unit'],
      measures: {
        n: 'count(*)',
        total: 'sum(waktu)',
        biaya: 'sum(biaya)',
        skor: 'avg(Skor)',
        median: 'median(waktu)',
      },
      orderBy: [{ key: 'n', desc: true }, { key: 'unit' }],
    });
    expect(rows).toEqual([
      { unit: 'Dinkes', n: 3, total: 12, biaya: 38.5, skor: 11 / 3, median: 4 },
      { unit: 'Dukcapil', n: 2, total: 4, biaya: 5, skor: 3, median: 2 },
      { unit: 'DPMPTSP', n: 1, total: 0, biaya: 0, skor: null, median: 0 },
    ]);
    for (const row of rows) {
      expect(typeof row.n).toBe('number');
      expect(typeof row.total).toBe('number');
      expect(typeof row.biaya).toBe('number');
    }
  });

  it('reads and groups columns whose names have quotes, spaces and parentheses', () => {
    const rows = query({
      groupBy: ['Nama "Unit" (SKPD)'],
      measures: {
        'Rata-rata "hari"': 'avg("Waktu Proses (hari)")',
        maks: 'max("waktu proses (hari)")',
      },
      orderBy: [{ key: 'Nama "Unit" (SKPD)' }],
    });
    expect(rows).toEqual([
      { 'Nama "Unit" (SKPD)': '50% Online_Unit', 'Rata-rata "hari"': 0, maks: 0 },
      { 'Nama "Unit" (SKPD)': 'Dinas "Kesehatan"', 'Rata-rata "hari"': 7 / 3, maks: 3 },
      { 'Nama "Unit" (SKPD)': 'Disdukcapil (KTP)', 'Rata-rata "hari"': 0.25, maks: 0.5 },
    ]);
  });

  it('gives NaN (not computable), not NULL, Infinity or 0, for division by zero', () => {
    const rows = query({
      groupBy: ['unit'],
      measures: { per_hari: 'sum(waktu) / sum("Waktu Proses (hari)")', nol: 'count(*) / 0' },
      orderBy: [{ key: 'unit' }],
    });
    expect(rows).toEqual([
      { unit: 'DPMPTSP', per_hari: Number.NaN, nol: Number.NaN },
      { unit: 'Dinkes', per_hari: 12 / 7, nol: Number.NaN },
      { unit: 'Dukcapil', per_hari: 4 / 0.5, nol: Number.NaN },
    ]);
    const projected = query({
      measures: { r: 'waktu / "Waktu Proses (hari)"' },
      orderBy: [{ key: 'r' }],
    });
    // Rows with 0 days: DuckDB sorts NaN after every number (and NULL after NaN).
    expect(projected.map((row) => row.r)).toEqual([2 / 1.5, 4 / 2.5, 2, 2, Number.NaN, Number.NaN]);
  });

  it('returns zero rows for a hostile filter value and leaves the table intact', () => {
    for (const value of [
      "'; DROP TABLE layanan; --",
      "Dinkes' OR '1'='1",
      'Dinkes"; DROP TABLE layanan; --',
    ]) {
      expect(
        query({
          measures: { n: 'count(*)' },
          filter: [{ column: 'unit', predicate: 'eq', value }],
        }),
      ).toEqual([{ n: 0 }]);
      expect(
        query({
          measures: { unit: 'unit' },
          filter: [{ column: 'unit', predicate: 'contains', value }],
        }),
      ).toEqual([]);
    }
    expect(query({ measures: { n: 'count(*)' } })).toEqual([{ n: 6 }]);
  });

  it('searches literally with contains, case-insensitively', () => {
    const names = (value: string) =>
      query({
        groupBy: ['Nama "Unit" (SKPD)'],
        measures: {},
        filter: [{ column: 'Nama "Unit" (SKPD)', predicate: 'contains', value }],
        orderBy: [{ key: 'Nama "Unit" (SKPD)' }],
      }).map((row) => row['Nama "Unit" (SKPD)']);
    expect(names('50%')).toEqual(['50% Online_Unit']);
    expect(names('%')).toEqual(['50% Online_Unit']);
    expect(names('_')).toEqual(['50% Online_Unit']);
    expect(names('"kesehatan"')).toEqual(['Dinas "Kesehatan"']);
    expect(names('DI')).toEqual(['Dinas "Kesehatan"', 'Disdukcapil (KTP)']);
    expect(
      query({
        measures: { n: 'count(*)' },
        filter: [{ column: 'Skor', predicate: 'contains', value: 4 }],
      }),
    ).toEqual([{ n: 3 }]);
  });

  it('filters DATE and TIMESTAMP columns with Dates, epoch milliseconds and ISO text', () => {
    const count = (filter: GroupQuerySpec['filter']) =>
      query({ measures: { n: 'count(*)' }, filter })[0]!.n;
    expect(
      count([
        {
          column: 'tanggal',
          predicate: 'between',
          value: [new Date('2024-02-01'), new Date('2024-03-01')],
        },
      ]),
    ).toBe(3);
    expect(count([{ column: 'tanggal', predicate: 'eq', value: Date.UTC(2024, 2, 31) }])).toBe(1);
    expect(
      count([{ column: 'diterima', predicate: 'gte', value: new Date('2024-03-01T14:00:00Z') }]),
    ).toBe(3);
    expect(count([{ column: 'diterima', predicate: 'gt', value: '2024-03-01T14:00:00' }])).toBe(2);
    expect(count([{ column: 'diterima', predicate: 'lt', value: '2024-01-16' }])).toBe(1);
  });

  it('reads a day without a time on a TIMESTAMP column as the whole day', () => {
    const count = (filter: GroupQuerySpec['filter']) =>
      query({ measures: { n: 'count(*)' }, filter })[0]!.n;
    // 2024-03-31 23:59:00 is on the 31st: inside "up to 2024-03-31" and "= 2024-03-31".
    expect(
      count([{ column: 'diterima', predicate: 'between', value: ['2024-03-01', '2024-03-31'] }]),
    ).toBe(2);
    expect(count([{ column: 'diterima', predicate: 'lte', value: '2024-03-31' }])).toBe(5);
    expect(count([{ column: 'diterima', predicate: 'eq', value: '2024-03-31' }])).toBe(1);
    expect(count([{ column: 'diterima', predicate: 'eq', value: '2024-02-10' }])).toBe(1);
    // With a time, and on a DATE column, values are compared as given.
    expect(count([{ column: 'diterima', predicate: 'lte', value: '2024-03-31T00:00:00' }])).toBe(4);
    expect(count([{ column: 'tanggal', predicate: 'lte', value: '2024-03-31' }])).toBe(5);
    expect(
      count([{ column: 'tanggal', predicate: 'between', value: ['2024-03-01', '2024-03-31'] }]),
    ).toBe(2);
  });

  it('filters with in, null checks, booleans and several clauses', () => {
    const count = (filter: GroupQuerySpec['filter']) =>
      query({ measures: { n: 'count(*)' }, filter })[0]!.n;
    expect(count([{ column: 'unit', predicate: 'in', value: ['Dinkes', 'DPMPTSP', 'nope'] }])).toBe(
      4,
    );
    expect(count([{ column: 'waktu', predicate: 'in', value: [1, 2, 3.5] }])).toBe(2);
    expect(count([{ column: 'biaya', predicate: 'is_null' }])).toBe(1);
    expect(count([{ column: 'tepat_waktu', predicate: 'not_null' }])).toBe(5);
    expect(count([{ column: 'tepat_waktu', predicate: 'eq', value: 'true' }])).toBe(4);
    expect(
      count([
        { column: 'unit', predicate: 'eq', value: 'Dinkes' },
        { column: 'waktu', predicate: 'gt', value: '2' },
        { column: 'biaya', predicate: 'lte', value: 20.5 },
      ]),
    ).toBe(2);
  });

  it('pages a projection with limit and offset', () => {
    // Row values keep their column type (BIGINT); the result layer turns them into numbers.
    const page = (offset: number) =>
      query({
        measures: { waktu: 'waktu' },
        orderBy: [{ key: 'waktu', desc: true }],
        limit: 2,
        offset,
      }).map((row) => Number(row.waktu));
    expect(page(0)).toEqual([6, 4]);
    expect(page(2)).toEqual([3, 2]);
    expect(page(4)).toEqual([1, 0]);
    expect(page(6)).toEqual([]);
  });

  it('runs a registered metric and mixes it with aggregates', () => {
    const metrics = new MetricRegistry();
    metrics.register({
      name: 'tepat_waktu_persen',
      label: { id: 'Persentase tepat waktu', en: 'On-time rate' },
      requiredColumns: ['tepat_waktu'],
      expr: (col) => div(mul(lit(100), countRows(col('tepat_waktu'))), count(col('tepat_waktu'))),
      isAggregate: true,
    });
    expect(
      query(
        {
          groupBy: ['unit'],
          measures: { rate: 'tepat_waktu_persen', gap: '100 - tepat_waktu_persen' },
          orderBy: [{ key: 'unit' }],
        },
        metrics,
      ),
    ).toEqual([
      // DPMPTSP left tepat_waktu empty: 0 of 0 counted values is a zero divisor (SQL counts no
      // values as 0, not NULL), so the rate is not computable rather than not reported.
      { unit: 'DPMPTSP', rate: Number.NaN, gap: Number.NaN },
      { unit: 'Dinkes', rate: 200 / 3, gap: 100 - 200 / 3 },
      { unit: 'Dukcapil', rate: 100, gap: 0 },
    ]);
  });

  it('compiles a filter on its own that DuckDB accepts', () => {
    const where = compileFilter(
      [{ column: 'Waktu Proses (hari)', predicate: 'between', value: [0.5, 2.5] }],
      layanan,
    );
    expect(
      run({
        sql: `SELECT count(*)::DOUBLE AS n FROM layanan WHERE ${where.sql}`,
        params: where.params,
      }),
    ).toEqual([{ n: 3 }]);
  });
});
