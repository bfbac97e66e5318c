// Issue 13 item 4: a Parquet file goes into DuckDB one row group at a time while the next decodes.
// The table must be the one a single insert made (types and every value), the timestamps exactly
// what the file holds (microseconds and nanoseconds, not Dates rounded to milliseconds), and a
// file whose groups would infer different types must still load as one insert would.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetMetadata } from 'hyparquet';
import type { DuckDBDriver } from '../../src/engine/duckdb-driver.ts';
import { openNodeDriver } from '../../src/node/index.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import { readSource } from '../../src/sources/read-source.ts';
import { rangesAtOnce } from '../../src/sources/ranged-file.ts';
import { startStaticServer, type StaticServer } from '../../../../test/support/static-server.ts';

const ROWS = 10_000;

// Every kind Pantau writes from Parquet, nulls in each, values that a millisecond Date would round.
const typed = (rows: number) => `SELECT
  i::INTEGER AS id,
  CASE WHEN i % 7 = 0 THEN NULL ELSE ['Disdukcapil', 'Dinkes', 'DPMPTSP'][i % 3 + 1] END AS unit,
  CASE WHEN i % 11 = 0 THEN NULL ELSE 'catatan ' || i END AS note,
  CASE WHEN i % 13 = 0 THEN NULL
    ELSE TIMESTAMP '2024-01-01 08:00:00' + to_microseconds(i * 1000003) END AS submitted_at,
  CASE WHEN i % 17 = 0 THEN NULL
    ELSE (TIMESTAMP '2024-01-01' + to_milliseconds(i * 1001))::TIMESTAMP_MS END AS stamp_ms,
  CASE WHEN i % 19 = 0 THEN NULL
    ELSE make_timestamp_ns(1704067200000000000 + i * 1000000007) END AS stamp_ns,
  CASE WHEN i % 23 = 0 THEN NULL ELSE DATE '2023-12-31' + (i % 400)::INTEGER END AS day,
  CASE WHEN i % 29 = 0 THEN NULL ELSE i / 8 END AS amount,
  CASE WHEN i % 31 = 0 THEN NULL ELSE i % 2 = 0 END AS on_time,
  CASE WHEN i % 37 = 0 THEN NULL ELSE i::BIGINT * 3000000000 END AS big
FROM range(${rows}) t(i)`;

// Columns whose first row group alone would infer another type than the whole file.
const SHIFTING = `SELECT
  i::INTEGER AS id,
  CASE WHEN i < 4096 THEN NULL ELSE (i % 50)::INTEGER END AS null_first,
  CASE WHEN i < 9000 THEN '2024-01-' || lpad((i % 28 + 1)::VARCHAR, 2, '0') ELSE 'belum ada' END AS dates_then_text,
  CASE WHEN i < 9000 THEN (i % 100)::DOUBLE ELSE 3000000000.0 END AS whole_then_large
FROM range(${ROWS}) t(i)`;

describe('Parquet inserted row group by row group', () => {
  let dir: string;
  let native: DuckDBConnection;
  let driver: DuckDBDriver;
  let server: StaticServer;
  const files: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pantau-rowgroups-'));
    native = await (await DuckDBInstance.create(':memory:')).connect();
    await native.run('SET threads = 1');
    for (const [name, select, groupRows] of [
      ['typed_groups', typed(ROWS), 2048],
      ['typed_one', typed(ROWS), ROWS * 2],
      ['typed_many', typed(ROWS * 4), 2048],
      ['typed_none', `${typed(ROWS)} LIMIT 0`, 2048],
      ['shifting_groups', SHIFTING, 2048],
      ['shifting_one', SHIFTING, ROWS * 2],
    ] as const) {
      const file = path.join(dir, `${name}.parquet`);
      await native.run(
        `COPY (${select}) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE ${groupRows})`,
      );
      files[name] = new Uint8Array(await readFile(file));
    }
    driver = await openNodeDriver();
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    native?.closeSync();
    await rm(dir, { recursive: true, force: true });
  });

  const groupsOf = (name: string) => {
    const bytes = files[name]!;
    return parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    ).row_groups.length;
  };

  /** Loads `name` through Pantau's reader; counts the inserts it makes (appended ones apart). */
  async function load(name: string, data: string | Uint8Array = files[name]!, table = name) {
    const inserts = { created: 0, appended: 0 };
    const counting: DuckDBDriver = {
      ...driver,
      engine: driver.engine,
      query: (sql) => driver.query(sql),
      queryPrepared: (sql, params) => driver.queryPrepared(sql, params),
      insertArrow: (table, ipc, options) => {
        if (options?.append) inserts.appended++;
        else inserts.created++;
        return driver.insertArrow(table, ipc, options);
      },
    };
    const read = await readSource({ name, data, format: 'parquet' }, { maxSourceBytes: 1 << 30 });
    let decodedCalls = 0;
    await read.insert(counting, table, () => decodedCalls++);
    expect(decodedCalls, `${name}: told once that DuckDB holds up the load`).toBe(1);
    return inserts;
  }

  const pantau = async (sql: string) => decodeResult(await driver.query(sql)).rows();
  const nativeRows = async (sql: string) => (await native.runAndReadAll(sql)).getRowObjectsJson();
  const typesOf = async (table: string) =>
    (await pantau(`SELECT column_name, column_type FROM (DESCRIBE "${table}")`)).map(
      (r) => `${String(r['column_name'])} ${String(r['column_type'])}`,
    );
  /** Every value of `table` as text, equal to DuckDB's own reading of `file`.parquet. */
  async function expectAsDuckDBReadsIt(table: string, file: string, rows: number) {
    const columns = (await typesOf(table)).map((t) => t.split(' ')[0]!);
    const expected = await nativeRows(
      asText(columns, `read_parquet('${path.join(dir, `${file}.parquet`)}')`),
    );
    expect(expected).toHaveLength(rows);
    const got = (await pantau(asText(columns, `"${table}"`))).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null])),
    );
    expect(got, table).toEqual(expected);
  }
  const asText = (columns: string[], from: string) =>
    `SELECT ${columns.map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ')} FROM ${from} ORDER BY id`;

  it('a file of many groups: one insert per group (1250 rows a batch at least), the table a single insert makes, exact to the nanosecond', async () => {
    expect(groupsOf('typed_groups')).toBeGreaterThan(3);
    expect(groupsOf('typed_one')).toBe(1);
    expect(await load('typed_groups')).toEqual({
      created: 1,
      appended: groupsOf('typed_groups') - 1,
    });
    expect(await load('typed_one')).toEqual({ created: 1, appended: 0 });

    const types = await typesOf('typed_groups');
    expect(types).toEqual(await typesOf('typed_one'));
    // The types DuckDB's own Parquet reader gives (and so @pantau/server), not Dates in milliseconds.
    expect(types).toEqual([
      'id INTEGER',
      'unit VARCHAR',
      'note VARCHAR',
      'submitted_at TIMESTAMP',
      'stamp_ms TIMESTAMP_MS',
      'stamp_ns TIMESTAMP_NS',
      'day DATE',
      'amount DOUBLE',
      'on_time BOOLEAN',
      'big BIGINT',
    ]);
    await expectAsDuckDBReadsIt('typed_groups', 'typed_groups', ROWS);
    await expectAsDuckDBReadsIt('typed_one', 'typed_groups', ROWS);
    // Sub-millisecond parts survive: a Date would have rounded them away.
    const [{ n }] = (await pantau(
      `SELECT count(*)::INTEGER AS n FROM typed_groups WHERE microsecond(submitted_at) % 1000 <> 0`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(ROWS / 2);
  });

  it('groups that would infer other types: the whole file in one insert, as before the batches', async () => {
    expect(groupsOf('shifting_groups')).toBeGreaterThan(3);
    const inserts = await load('shifting_groups');
    // The first batches went in, then the table was dropped and the whole columns inserted.
    expect(inserts).toEqual({ created: 2, appended: 1 });
    await load('shifting_one');
    const types = await typesOf('shifting_groups');
    expect(types).toEqual(await typesOf('shifting_one'));
    expect(types).toEqual([
      'id INTEGER',
      'null_first INTEGER',
      'dates_then_text VARCHAR',
      'whole_then_large DOUBLE',
    ]);
    const columns = types.map((t) => t.split(' ')[0]!);
    expect(await pantau(asText(columns, 'shifting_groups'))).toEqual(
      await pantau(asText(columns, 'shifting_one')),
    );
    expect(await pantau(`SELECT count(*)::INTEGER AS n FROM shifting_groups`)).toEqual([
      { n: ROWS },
    ]);
  });

  it("read by ranges: at most four requests at once (the page's other requests are not queued behind them), in the order the groups go in", async () => {
    const before = server.requests.length;
    const inserts = await load('typed_many', server.url('typed_many.parquet'), 'by_ranges');
    const ranges = server.requests.slice(before).filter((r) => r.range !== undefined);
    // A request per row group or more: far more than the four allowed at once.
    expect(ranges.length).toBeGreaterThan(12);
    expect(server.mostAtOnce).toBeLessThanOrEqual(4);
    // About eight inserts for a file under 8M rows: whole groups put together (2048 rows each here,
    // 5000 a batch at least: three groups an insert, the last one the rest).
    expect(groupsOf('typed_many')).toBe(20);
    expect(inserts).toEqual({ created: 1, appended: 6 });
    // Groups put together keep every value where it was.
    await expectAsDuckDBReadsIt('by_ranges', 'typed_many', ROWS * 4);
  });

  it('a file of no rows: a table with its columns and no rows, as before the batches', async () => {
    expect(groupsOf('typed_none')).toBeLessThanOrEqual(1);
    await load('typed_none');
    expect(await pantau('SELECT count(*)::INTEGER AS n FROM typed_none')).toEqual([{ n: 0 }]);
    // Types come from values, and there are none: text, but for the units the file declares.
    expect(await typesOf('typed_none')).toEqual([
      'id VARCHAR',
      'unit VARCHAR',
      'note VARCHAR',
      'submitted_at TIMESTAMP',
      'stamp_ms TIMESTAMP_MS',
      'stamp_ns TIMESTAMP_NS',
      'day DATE',
      'amount VARCHAR',
      'on_time VARCHAR',
      'big VARCHAR',
    ]);
  });

  it('HTTP/2 and 3 carry the ranges side by side: all at once there, four over HTTP/1.1 or unknown', () => {
    expect(rangesAtOnce('h2')).toBe(Number.POSITIVE_INFINITY);
    expect(rangesAtOnce('h3')).toBe(Number.POSITIVE_INFINITY);
    expect(rangesAtOnce('http/1.1')).toBe(4);
    expect(rangesAtOnce('')).toBe(4);
  });
});
