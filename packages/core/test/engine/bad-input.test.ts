import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { driverOf, writerOf } from '../../src/engine/engine-access.ts';
import { groupQuery } from '../../src/sql/group-query.ts';
import { startStaticServer, type StaticServer } from '../../../../test/support/static-server.ts';
import { encode, expectHealthy, expectPantauError, rows } from '../support.ts';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));

/**
 * Bad input gets a clear error, and nothing else breaks: after every failure below, the same
 * database still answers a good query (checked after each test).
 */
describe('bad input', () => {
  let db: DuckDBConnector;
  let server: StaticServer;

  beforeAll(async () => {
    db = createNodeConnector();
    server = await startStaticServer(fixtures);
    await db.registerSource({ name: 'layanan', data: server.url('layanan.csv') });
  });
  afterEach(async () => {
    await expectHealthy(db);
    expect(await rows(db, 'SELECT count(*) AS n FROM layanan')).toEqual([{ n: 6 }]);
  });
  afterAll(async () => {
    await db.close();
    await server.close();
  });

  it('a URL that answers 404', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'hilang', data: server.url('tidak-ada.csv') }),
      'SOURCE_FETCH_FAILED',
    );
    expect(error.details).toMatchObject({ status: 404 });
    expect(error.text.id).toContain('HTTP 404');
  });

  it('a Parquet URL that answers 404', async () => {
    await expectPantauError(
      db.registerSource({ name: 'hilang', data: server.url('tidak-ada.parquet') }),
      'SOURCE_FETCH_FAILED',
    );
  });

  it('a server that cannot be reached', async () => {
    await expectPantauError(
      db.registerSource({ name: 'mati', data: 'http://127.0.0.1:9/data.csv' }),
      'SOURCE_FETCH_FAILED',
    );
  });

  it('a CSV with ragged rows names the line', async () => {
    const error = await expectPantauError(
      db.registerSource({
        name: 'rusak',
        data: encode('unit,nilai\nDinkes,1\nDisdik,2,3\nBPBD,4\n'),
        format: 'csv',
      }),
      'SOURCE_PARSE_FAILED',
    );
    expect(error.text.en).toContain('line 3 has 3 fields but the header has 2');
    expect(error.text.id).toContain('baris 3');
  });

  it('a CSV with a short row names the line', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'rusak', data: encode('a;b;c\n1;2;3\n4;5\n'), format: 'csv' }),
      'SOURCE_PARSE_FAILED',
    );
    expect(error.text.en).toContain('line 3 has 2 fields but the header has 3');
  });

  it('a file that is not what its extension says', async () => {
    const html = encode('<!DOCTYPE html><html><body>Halaman tidak ditemukan</body></html>');
    const asCsv = await expectPantauError(
      db.registerSource({ name: 'palsu', data: new File([html], 'data.csv') }),
      'SOURCE_FORMAT_MISMATCH',
    );
    expect(asCsv.text.en).toContain('an HTML page');

    await expectPantauError(
      db.registerSource({ name: 'palsu', data: new File([encode('a,b\n1,2\n')], 'data.arrow') }),
      'SOURCE_FORMAT_MISMATCH',
    );
    await expectPantauError(
      db.registerSource({ name: 'palsu', data: new File([encode('a,b\n1,2\n')], 'data.parquet') }),
      'SOURCE_FORMAT_MISMATCH',
    );
    // An Excel workbook (a zip) renamed .csv: the advice is to save it as CSV.
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0, 0, 0]);
    const excel = await expectPantauError(
      db.registerSource({ name: 'palsu', data: new File([xlsx], 'laporan.csv') }),
      'SOURCE_FORMAT_MISMATCH',
    );
    expect(excel.text.id).toContain('CSV UTF-8');
  });

  it('an empty file, a blank file, an empty JSON array', async () => {
    await expectPantauError(
      db.registerSource({ name: 'kosong', data: new File([], 'kosong.csv') }),
      'SOURCE_EMPTY',
    );
    await expectPantauError(
      db.registerSource({ name: 'kosong', data: encode(' \r\n\n'), format: 'csv' }),
      'SOURCE_EMPTY',
    );
    await expectPantauError(
      db.registerSource({ name: 'kosong', data: encode('[]'), format: 'json' }),
      'SOURCE_EMPTY',
    );
    await expectPantauError(db.registerSource({ name: 'kosong', data: [] }), 'SOURCE_EMPTY');
  });

  it('JSON that is not an array of objects', async () => {
    await expectPantauError(
      db.registerSource({ name: 'j', data: encode('[1, 2, 3]'), format: 'json' }),
      'SOURCE_PARSE_FAILED',
    );
    await expectPantauError(
      db.registerSource({ name: 'j', data: encode('{"a": '), format: 'json' }),
      'SOURCE_PARSE_FAILED',
    );
  });

  it('a column that does not exist', async () => {
    const table = await db.describe('layanan');
    const error = await expectPantauError(
      Promise.resolve().then(() =>
        groupQuery({ table, groupBy: ['unitt'], measures: { n: 'count(*)' } }),
      ),
      'UNKNOWN_COLUMN',
    );
    expect(error.text.en).toContain('unit');
    // Raw SQL naming a missing column gets the same code.
    await expectPantauError(db.query('SELECT tidak_ada FROM layanan'), 'UNKNOWN_COLUMN');
    await expectPantauError(db.query('SELECT * FROM tidak_ada'), 'SOURCE_NOT_FOUND');
  });

  it('a measure with junk', async () => {
    const table = await db.describe('layanan');
    for (const measure of [
      'sum(diterima); DROP TABLE layanan',
      'diterima) OR (1=1',
      'sum(diterima) -- x',
    ]) {
      await expectPantauError(
        Promise.resolve().then(() => groupQuery({ table, measures: { v: measure } })),
        'BAD_EXPRESSION',
      );
    }
  });

  it('a filter value carrying SQL is bound, never pasted', async () => {
    const table = await db.describe('layanan');
    const hostile = "Dinkes'; DROP TABLE layanan; --";
    const query = groupQuery({
      table,
      measures: { n: 'count(*)' },
      filter: [{ column: 'unit', predicate: 'eq', value: hostile }],
    });
    expect(query.sql).not.toContain('DROP');
    expect(query.params).toEqual([hostile]);
    expect(await rows(db, query.sql, query.params as never[])).toEqual([{ n: 0 }]);
  });

  it('a real column whose name has quotes and spaces works', async () => {
    await db.registerSource({
      name: 'kolom_aneh',
      data: [
        { 'Nama "Unit" (SKPD)': 'Dinkes', 'Waktu Proses (hari)': 2 },
        { 'Nama "Unit" (SKPD)': 'Dinkes', 'Waktu Proses (hari)': 4 },
        { 'Nama "Unit" (SKPD)': 'Disdik', 'Waktu Proses (hari)': 5 },
      ],
    });
    const table = await db.describe('kolom_aneh');
    const query = groupQuery({
      table,
      groupBy: ['Nama "Unit" (SKPD)'],
      measures: { rerata: 'avg("Waktu Proses (hari)")' },
      orderBy: [{ key: 'Nama "Unit" (SKPD)' }],
    });
    expect(await rows(db, query.sql, query.params as never[])).toEqual([
      { 'Nama "Unit" (SKPD)': 'Dinkes', rerata: 3 },
      { 'Nama "Unit" (SKPD)': 'Disdik', rerata: 5 },
    ]);
  });

  it("a source over the size cap: bytes, Blob, a URL's Content-Length, a Parquet URL's size", async () => {
    const small = createNodeConnector({ maxSourceBytes: 100 });
    try {
      const big = encode('a,b\n' + '1,2\n'.repeat(100));
      const error = await expectPantauError(
        small.registerSource({ name: 'besar', data: big }),
        'SOURCE_TOO_LARGE',
      );
      expect(error.details).toMatchObject({ bytes: big.byteLength, limit: 100 });
      await expectPantauError(
        small.registerSource({ name: 'besar', data: server.url('layanan.csv') }),
        'SOURCE_TOO_LARGE',
      );
      await expectPantauError(
        small.registerSource({ name: 'besar', data: server.url('layanan.parquet') }),
        'SOURCE_TOO_LARGE',
      );
      await expectPantauError(
        small.registerSource({ name: 'besar', data: new Blob([big]) }),
        'SOURCE_TOO_LARGE',
      );
      await expectHealthy(small);
    } finally {
      await small.close();
    }
  });

  it('the default size cap is 512 MB', () => {
    expect(db.options.maxSourceBytes).toBe(512 * 1024 * 1024);
  });

  it('a source name that is not a plain name', async () => {
    await expectPantauError(
      db.registerSource({ name: 'x"; DROP TABLE layanan; --', data: [{ a: 1 }] }),
      'BAD_NAME',
    );
  });
});

describe('lock-down: SQL through the public API cannot reach the network, other files or settings', () => {
  let db: DuckDBConnector;

  beforeAll(async () => {
    db = createNodeConnector();
    await db.registerSource({ name: 'layanan', data: encode('unit,nilai\nDinkes,1\n') });
  });
  afterEach(async () => {
    await expectHealthy(db);
    expect(await rows(db, 'SELECT count(*) AS n FROM layanan')).toEqual([{ n: 1 }]);
  });
  afterAll(() => db.close());

  const refusedQueries = [
    ['read_csv over https', "SELECT * FROM read_csv('https://example.com/data.csv')"],
    ['read_csv of a local file', "SELECT * FROM read_csv('/etc/passwd')"],
    ['read_text of a local file', "SELECT * FROM read_text('/etc/hostname')"],
    ['ATTACH', "ATTACH 'other.duckdb' AS other"],
    ['COPY ... TO another file', "COPY layanan TO '/tmp/pantau-leak.csv'"],
    ['COPY ... TO the source folder', "COPY layanan TO '/pantau/sources/leak.csv'"],
    ['INSTALL', 'INSTALL httpfs'],
    ['LOAD', 'LOAD httpfs'],
    ['SET', 'SET enable_external_access = true'],
    ['PRAGMA', 'PRAGMA enable_profiling'],
    ['two statements', 'SELECT 1; SELECT 2'],
  ] as const;

  for (const [what, sql] of refusedQueries) {
    it(`query(): ${what} is refused`, async () => {
      await expectPantauError(db.query(sql), 'ACCESS_DENIED');
    });
  }

  const refusedExec = [
    ['COPY ... TO', "COPY layanan TO '/pantau/sources/leak.csv'"],
    ['ATTACH', "ATTACH ':memory:' AS other"],
    ['EXPORT DATABASE', "EXPORT DATABASE '/pantau/sources/dump'"],
    [
      'SET hidden after a statement',
      'CREATE TABLE t1 AS SELECT 1 AS a; SET enable_external_access = true',
    ],
    [
      'a CREATE that reads the network',
      "CREATE TABLE t2 AS SELECT * FROM read_csv('https://example.com/x.csv')",
    ],
  ] as const;

  for (const [what, sql] of refusedExec) {
    it(`the private writer: ${what} is refused`, async () => {
      await expectPantauError(writerOf(db)!.exec(sql), 'ACCESS_DENIED');
    });
  }

  it('the engine itself refuses to unlock, even below the statement gate', async () => {
    const driver = await driverOf(db);
    await expect(driver.query('SET enable_external_access = true')).rejects.toThrow(/locked/);
    await expect(driver.query("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(
      /Permission Error/,
    );
  });

  it('a keyword hidden in a comment or string does not fool the gate', async () => {
    expect(await rows(db, "/* COPY */ SELECT 'COPY x TO y; ATTACH' AS s -- ;SET")).toEqual([
      { s: 'COPY x TO y; ATTACH' },
    ]);
    await expectPantauError(
      db.query("SELECT 1 /* ; */; COPY layanan TO '/tmp/x.csv'"),
      'ACCESS_DENIED',
    );
  });

  it('the private writer may create derived tables (pre-aggregates)', async () => {
    await writerOf(db)!.exec(
      'CREATE OR REPLACE TABLE layanan_per_unit AS SELECT unit, sum(nilai) AS total FROM layanan GROUP BY unit',
    );
    expect(await rows(db, 'SELECT * FROM layanan_per_unit')).toEqual([
      { unit: 'Dinkes', total: 1 },
    ]);
  });
});
