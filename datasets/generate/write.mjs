// @ts-check
/**
 * CSV writing (our own, so bytes are fully under our control) and CSV -> Parquet conversion with
 * native DuckDB using explicit column types.
 *
 * CSV dialect: UTF-8 without BOM, comma separator, header row, LF line endings, fields quoted with
 * `"` only when they contain a comma, a quote or a line break (quotes doubled, RFC 4180), empty
 * field = NULL. Dates `YYYY-MM-DD`; timestamps `YYYY-MM-DD HH:MM:SS` in local WITA time (UTC+8)
 * without an offset; booleans `true`/`false`.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** @typedef {'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP'} ColumnType */
/** @typedef {readonly (readonly [string, ColumnType])[]} Columns */
/** @typedef {string | number | boolean | null | undefined} Cell */
/** @typedef {Record<string, Cell>} Row */

/**
 * Parquet compression. SNAPPY, not ZSTD: the browser decodes Parquet with hyparquet, which only
 * decodes SNAPPY (and uncompressed) without the optional hyparquet-compressors package.
 */
export const PARQUET_COMPRESSION = 'snappy';

/** @param {Cell} v @param {string} column */
export function csvField(v, column) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`non-finite number in column ${column}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === '') throw new Error(`empty string in column ${column} would read back as NULL`);
  if (/[",\r\n]/.test(v)) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

/**
 * @param {Columns} columns
 * @param {readonly Row[]} rows
 */
export function csvLines(columns, rows) {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const name = /** @type {readonly [string, ColumnType]} */ (columns[i])[0];
      if (i > 0) line += ',';
      line += csvField(row[name], name);
    }
    out += `${line}\n`;
  }
  return out;
}

/** Appends rows to a CSV file chunk by chunk (for tables too big to hold in memory). */
export class CsvAppender {
  /**
   * @param {string} path
   * @param {Columns} columns
   */
  constructor(path, columns) {
    mkdirSync(dirname(path), { recursive: true });
    this.path = path;
    this.columns = columns;
    this.fd = openSync(path, 'w');
    this.rows = 0;
    writeSync(this.fd, `${columns.map(([n]) => n).join(',')}\n`);
  }

  /** @param {readonly Row[]} rows */
  append(rows) {
    writeSync(this.fd, csvLines(this.columns, rows));
    this.rows += rows.length;
  }

  close() {
    closeSync(this.fd);
  }
}

/**
 * @param {string} path
 * @param {Columns} columns
 * @param {readonly Row[]} rows
 */
export function writeCsv(path, columns, rows) {
  const w = new CsvAppender(path, columns);
  w.append(rows);
  w.close();
}

/** @param {string} s */
function sqlString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Lazily created native DuckDB connection shared by all conversions in one run. */
/** @type {Promise<import('@duckdb/node-api').DuckDBConnection> | null} */
let connection = null;

export function duck() {
  if (!connection) {
    connection = (async () => {
      const instance = await DuckDBInstance.create(':memory:');
      const con = await instance.connect();
      // One thread: row order and row-group layout (hence the Parquet bytes) do not depend on
      // scheduling.
      await con.run('SET threads = 1');
      await con.run('SET preserve_insertion_order = true');
      return con;
    })();
  }
  return connection;
}

/**
 * SQL expression reading a CSV written by this module with exact column types.
 * @param {string} csvPath
 * @param {Columns} columns
 */
export function readCsvSql(csvPath, columns) {
  const cols = columns.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(', ');
  return (
    `read_csv(${sqlString(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', ` +
    `nullstr = '', auto_detect = false, dateformat = '%Y-%m-%d', ` +
    `timestampformat = '%Y-%m-%d %H:%M:%S', columns = {${cols}})`
  );
}

/**
 * Convert a CSV written by this module to Parquet with exact column types.
 * @param {string} csvPath
 * @param {string} parquetPath
 * @param {Columns} columns
 */
export async function csvToParquet(csvPath, parquetPath, columns) {
  const con = await duck();
  rmSync(parquetPath, { force: true });
  await con.run(
    `COPY (SELECT * FROM ${readCsvSql(csvPath, columns)}) TO ${sqlString(parquetPath)} ` +
      `(FORMAT parquet, COMPRESSION ${PARQUET_COMPRESSION}, ROW_GROUP_SIZE 122880)`,
  );
}

/**
 * Write one table as CSV and Parquet.
 * @param {string} dir
 * @param {string} table
 * @param {Columns} columns
 * @param {readonly Row[]} rows
 */
export async function writeTable(dir, table, columns, rows) {
  const csv = `${dir}/${table}.csv`;
  writeCsv(csv, columns, rows);
  await csvToParquet(csv, `${dir}/${table}.parquet`, columns);
  return { table, rows: rows.length };
}
