import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { startStaticServer, type StaticServer } from '../../../../test/support/static-server.ts';
import { encode, rows } from '../support.ts';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));

describe('sources', () => {
  let db: DuckDBConnector;
  let server: StaticServer;

  beforeAll(async () => {
    db = createNodeConnector();
    server = await startStaticServer(fixtures);
  });
  afterAll(async () => {
    await db.close();
    await server.close();
  });

  it('loads a CSV from a URL with types, and keeps empty cells as null (never 0)', async () => {
    const info = await db.registerSource({ name: 'layanan', data: server.url('layanan.csv') });
    expect(info).toMatchObject({ name: 'layanan', format: 'csv', rows: 6 });
    expect(info.schema.columns).toEqual([
      { name: 'unit', type: 'VARCHAR' },
      { name: 'bulan', type: 'DATE' },
      { name: 'diterima', type: 'BIGINT' },
      { name: 'selesai', type: 'BIGINT' },
      { name: 'tepat_waktu', type: 'BIGINT' },
      // Decimals as written (issue 18): exact to their scale, not binary floating point.
      { name: 'rerata_hari', type: 'DECIMAL(18,2)' },
    ]);
    const dinkesFeb = await rows(
      db,
      `SELECT * FROM layanan WHERE unit = 'Dinkes' AND bulan = DATE '2024-02-01'`,
    );
    expect(dinkesFeb).toEqual([
      {
        unit: 'Dinkes',
        bulan: new Date('2024-02-01T00:00:00Z'),
        diterima: 820,
        selesai: null,
        tepat_waktu: null,
        rerata_hari: null,
      },
    ]);
  });

  it('reads CSV as spreadsheets in Indonesian locale save it: ";", decimal comma, 1.234.567, dd/mm/yyyy, BOM, CRLF', async () => {
    const csv =
      '\uFEFFNama Unit;Nilai IKM;Tanggal;Jumlah Berkas\r\n' +
      'Disdukcapil;88,56;01/02/2024;"1.234.567"\r\n' +
      'Dinas Kesehatan;76,6;17/08/2024;950\r\n';
    await db.registerSource({ name: 'ekspor_excel', data: encode(csv) });
    const schema = await db.describe('ekspor_excel');
    expect(schema.columns.map((c) => c.type)).toEqual([
      'VARCHAR',
      'DECIMAL(18,2)',
      'DATE',
      'DOUBLE',
    ]);
    expect(await rows(db, 'SELECT * FROM ekspor_excel ORDER BY "Nilai IKM" DESC')).toEqual([
      {
        'Nama Unit': 'Disdukcapil',
        'Nilai IKM': 88.56,
        Tanggal: new Date('2024-02-01T00:00:00Z'),
        'Jumlah Berkas': 1234567,
      },
      {
        'Nama Unit': 'Dinas Kesehatan',
        'Nilai IKM': 76.6,
        Tanggal: new Date('2024-08-17T00:00:00Z'),
        'Jumlah Berkas': 950,
      },
    ]);
  });

  it('re-encodes a windows-1252 CSV (Excel "CSV (Comma delimited)") to UTF-8', async () => {
    // "Café Pelayanan" with é as the single byte 0xE9, as Windows-1252 writes it.
    const bytes = new Uint8Array([...encode('nama,nilai\nCaf'), 0xe9, ...encode(' Pelayanan,3\n')]);
    await db.registerSource({ name: 'ansi', data: bytes, format: 'csv' });
    expect(await rows(db, 'SELECT nama, nilai FROM ansi')).toEqual([
      { nama: 'Café Pelayanan', nilai: 3 },
    ]);
  });

  it('reads Parquet from a URL by HTTP range requests, only the columns asked for', async () => {
    const before = server.requests.length;
    const info = await db.registerSource({
      name: 'layanan_pq',
      data: server.url('layanan.parquet'),
      columns: ['unit', 'bulan', 'diterima'],
    });
    expect(info.format).toBe('parquet');
    expect(info.schema.columns).toEqual([
      { name: 'unit', type: 'VARCHAR' },
      { name: 'bulan', type: 'DATE' },
      { name: 'diterima', type: 'INTEGER' },
    ]);
    const made = server.requests.slice(before);
    expect(made.some((r) => r.method === 'HEAD')).toBe(true);
    expect(made.filter((r) => r.method === 'GET').every((r) => r.range?.startsWith('bytes='))).toBe(
      true,
    );
    expect(
      await rows(
        db,
        `SELECT sum(diterima)::INTEGER AS total FROM layanan_pq WHERE unit = 'DPMPTSP'`,
      ),
    ).toEqual([{ total: 930 }]);
  });

  it('reads Parquet from a File and from bytes, with nulls kept', async () => {
    const bytes = await readFile(path.join(fixtures, 'layanan.parquet'));
    await db.registerSource({ name: 'pq_file', data: new File([bytes], 'layanan.parquet') });
    await db.registerSource({ name: 'pq_bytes', data: new Uint8Array(bytes), format: 'parquet' });
    for (const table of ['pq_file', 'pq_bytes']) {
      expect(
        await rows(db, `SELECT count(*) AS n, count(selesai) AS reported FROM ${table}`),
      ).toEqual([{ n: 6, reported: 5 }]);
    }
  });

  it('reads Arrow IPC from an ArrayBuffer and a Blob', async () => {
    const bytes = await readFile(path.join(fixtures, 'layanan.arrow'));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await db.registerSource({ name: 'arrow_buf', data: buffer });
    await db.registerSource({ name: 'arrow_blob', data: new Blob([bytes]) });
    for (const table of ['arrow_buf', 'arrow_blob']) {
      expect(
        await rows(
          db,
          `SELECT unit, diterima, rerata_hari FROM ${table} WHERE unit = 'Dinkes' ORDER BY diterima`,
        ),
      ).toEqual([
        { unit: 'Dinkes', diterima: 800, rerata_hari: 3.75 },
        { unit: 'Dinkes', diterima: 820, rerata_hari: null },
      ]);
    }
  });

  it('parses JSON in JS: an array of objects, {data: [...]}, a CKAN answer and NDJSON, with ISO dates as DATE', async () => {
    const arrayJson = JSON.stringify([
      { unit: 'Dinkes', tanggal: '2024-03-01', nilai: 88.5, aktif: true },
      { unit: 'Disdik', tanggal: '2024-03-02', nilai: null, aktif: false },
    ]);
    await db.registerSource({ name: 'json_array', data: encode(arrayJson), format: 'json' });
    expect((await db.describe('json_array')).columns.map((c) => c.type)).toEqual([
      'VARCHAR',
      'DATE',
      'DOUBLE',
      'BOOLEAN',
    ]);
    expect(await rows(db, 'SELECT * FROM json_array WHERE nilai IS NULL')).toEqual([
      { unit: 'Disdik', tanggal: new Date('2024-03-02T00:00:00Z'), nilai: null, aktif: false },
    ]);

    await db.registerSource({
      name: 'json_data',
      data: encode(JSON.stringify({ data: [{ a: 1 }, { a: 2 }] })),
    });
    expect(await rows(db, 'SELECT sum(a) AS s FROM json_data')).toEqual([{ s: 3 }]);

    // A CKAN datastore_search answer, as a Satu Data portal sends it from /api/3/action/...
    const ckan = {
      help: 'https://data.example.go.id/api/3/action/help_show?name=datastore_search',
      success: true,
      result: {
        resource_id: 'ikm-2024',
        fields: [
          { id: '_id', type: 'int' },
          { id: 'unit', type: 'text' },
        ],
        records: [
          { _id: 1, unit: 'Disdukcapil', ikm: 88.12 },
          { _id: 2, unit: 'Dinkes', ikm: 81.4 },
        ],
        total: 2,
      },
    };
    await db.registerSource({ name: 'json_ckan', data: encode(JSON.stringify(ckan)) });
    expect(await rows(db, 'SELECT unit, ikm FROM json_ckan ORDER BY _id')).toEqual([
      { unit: 'Disdukcapil', ikm: 88.12 },
      { unit: 'Dinkes', ikm: 81.4 },
    ]);
    // Anything else keeps the error that says what shape is expected.
    await expect(
      db.registerSource({ name: 'json_other', data: encode('{"result": {"rows": [{"a": 1}]}}') }),
    ).rejects.toMatchObject({ code: 'SOURCE_PARSE_FAILED' });

    await db.registerSource({
      name: 'ndjson',
      data: encode('{"a": 1}\n{"a": 5, "b": "x"}\n'),
      format: 'json',
    });
    expect(await rows(db, 'SELECT a, b FROM ndjson ORDER BY a')).toEqual([
      { a: 1, b: null },
      { a: 5, b: 'x' },
    ]);
  });

  it('registers JS rows, and a reload replaces the table atomically', async () => {
    await db.registerSource({
      name: 'baris',
      data: [
        { unit: 'A', nilai: 1 },
        { unit: 'B', nilai: 2 },
      ],
    });
    expect(await rows(db, 'SELECT count(*) AS n FROM baris')).toEqual([{ n: 2 }]);
    await db.registerSource({ name: 'baris', data: [{ unit: 'C', nilai: 3 }] });
    expect(await rows(db, 'SELECT unit FROM baris')).toEqual([{ unit: 'C' }]);
  });

  it('a failed reload leaves the previous table in place', async () => {
    await db.registerSource({ name: 'stabil', data: [{ x: 1 }] });
    await expect(
      db.registerSource({ name: 'stabil', data: new Uint8Array(), format: 'csv' }),
    ).rejects.toThrow();
    expect(await rows(db, 'SELECT x FROM stabil')).toEqual([{ x: 1 }]);
  });

  it('describe() gives the schema of a table', async () => {
    await db.registerSource({
      name: 'skema',
      data: [{ a: 1, b: 'x', c: new Date('2024-01-01T00:00:00Z') }],
    });
    expect(await db.describe('skema')).toEqual({
      table: 'skema',
      columns: [
        { name: 'a', type: 'INTEGER' },
        { name: 'b', type: 'VARCHAR' },
        { name: 'c', type: 'TIMESTAMP_MS' },
      ],
    });
  });
});
