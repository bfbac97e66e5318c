/**
 * The tables a server serves: every `*.parquet` and `*.csv` file of the data folder, and every
 * subfolder laid out as hive partitions (`year=2024/part.parquet`), each a view named after the
 * file or folder that reads it in place. The catalogue is the server's whole world: a plan may
 * name only these tables and their columns.
 */

import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkSourceName, quoteIdentifier, type TableSchema } from '@pantau/core';
import { exactCsvSelect } from '@pantau/core/node';
import { sqlString } from './engine/duckdb-engine.ts';

export interface CatalogueTable {
  schema: TableSchema;
  /** Where the rows come from, for the operator's log. */
  origin: string;
}

export interface CatalogueEntry {
  name: string;
  /** The DuckDB table function that reads it. */
  reader: string;
  origin: string;
  /** A single CSV file: typed as the page types it (exactCsvSelect), not by DuckDB's sniffer. */
  csv?: boolean;
}

export type Log = (message: string) => void;

const FORMATS = ['parquet', 'csv'] as const;

/** What the folder holds, as views to create; names that cannot be tables are logged and left out. */
export async function scanDataFolder(dataDir: string, log: Log): Promise<CatalogueEntry[]> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const found: CatalogueEntry[] = [];
  const taken = new Map<string, string>();
  // Parquet first: where a folder holds `x.parquet` and `x.csv` (the same data twice), Parquet wins.
  const ordered = [...entries].sort((a, b) => rank(a.name) - rank(b.name) || cmp(a.name, b.name));
  for (const entry of ordered) {
    const full = path.join(dataDir, entry.name);
    let candidate: CatalogueEntry | null = null;
    if (entry.isFile()) {
      const format = FORMATS.find((f) => entry.name.toLowerCase().endsWith(`.${f}`));
      if (format === undefined) continue;
      const name = entry.name.slice(0, -(format.length + 1));
      candidate = {
        name,
        reader: fileReader(format, sqlString(full), false),
        origin: full,
        csv: format === 'csv',
      };
    } else if (entry.isDirectory()) {
      const format = await partitionFormat(full);
      if (format === null) continue;
      const glob = sqlString(path.join(full, '**', `*.${format}`));
      candidate = { name: entry.name, reader: fileReader(format, glob, true), origin: full };
    }
    if (candidate === null) continue;
    try {
      checkSourceName(candidate.name);
    } catch {
      log(
        `skipped ${candidate.origin}: "${candidate.name}" is not a table name (letters, digits, _ or -, at most 63)`,
      );
      continue;
    }
    const key = candidate.name.toLowerCase();
    const earlier = taken.get(key);
    if (earlier !== undefined) {
      log(
        `skipped ${candidate.origin}: table "${candidate.name}" is already served from ${earlier}`,
      );
      continue;
    }
    taken.set(key, candidate.origin);
    found.push(candidate);
  }
  return found;
}

const rank = (name: string): number => (name.toLowerCase().endsWith('.csv') ? 1 : 0);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fileReader(format: 'parquet' | 'csv', target: string, hive: boolean): string {
  const options = hive ? ', hive_partitioning = true' : '';
  return format === 'parquet'
    ? `read_parquet(${target}${options})`
    : `read_csv(${target}${options})`;
}

/** A folder of `key=value` folders holding Parquet (or else CSV) files; null for anything else. */
async function partitionFormat(dir: string): Promise<'parquet' | 'csv' | null> {
  const children = await readdir(dir, { withFileTypes: true });
  const partitions = children.filter((c) => c.isDirectory() && /^[^=]+=.*$/.test(c.name));
  if (partitions.length === 0) return null;
  const files = await readdir(dir, { recursive: true });
  for (const format of FORMATS) {
    if (files.some((f) => String(f).toLowerCase().endsWith(`.${format}`))) return format;
  }
  return null;
}

/**
 * A CSV file's SELECT with the page's typing: decimals as exact DECIMAL, not DuckDB's DOUBLE, so
 * a sum reads the same figure on the server as in the page (issue 14).
 */
async function csvSelect(file: string, connection: DuckDBConnection, log: Log): Promise<string> {
  const handle = await open(file, 'r');
  let head: string;
  try {
    const buffer = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
  const rowsOf = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
  const { sql, warnings } = await exactCsvSelect(file, head, rowsOf);
  for (const warning of warnings) log(`${file}: ${warning.en}`);
  return sql;
}

/** Creates each view and reads its columns; a file DuckDB cannot read is logged and left out. */
export async function buildCatalogue(
  entries: readonly CatalogueEntry[],
  connection: DuckDBConnection,
  log: Log,
): Promise<Map<string, CatalogueTable>> {
  const tables = new Map<string, CatalogueTable>();
  for (const entry of entries) {
    const quoted = quoteIdentifier(entry.name);
    try {
      const select =
        entry.csv === true
          ? await csvSelect(entry.origin, connection, log)
          : `SELECT * FROM ${entry.reader}`;
      await connection.run(`CREATE VIEW ${quoted} AS ${select}`);
      const reader = await connection.runAndReadAll(`DESCRIBE ${quoted}`);
      const rows = reader.getRowObjectsJS();
      const columns = rows.map((r) => ({
        name: String(r['column_name']),
        type: String(r['column_type']),
      }));
      tables.set(entry.name.toLowerCase(), {
        schema: { table: entry.name, columns },
        origin: entry.origin,
      });
    } catch (error) {
      log(`skipped ${entry.origin}: ${error instanceof Error ? error.message : String(error)}`);
      await connection.run(`DROP VIEW IF EXISTS ${quoted}`).catch(() => undefined);
    }
  }
  return tables;
}

/**
 * A view the operator defines over the served tables (joins, labels, a reporting year): trusted
 * SQL given when the server starts, never text from a client. `sql` may be a function of the
 * schemas of the tables and views defined before it (a view built from another's columns).
 */
export interface ServerView {
  name: string;
  sql: string | ((schemaOf: (table: string) => TableSchema) => string);
}

/** Creates the operator's views in order and adds them to the catalogue; a bad one stops the start. */
export async function buildViews(
  views: readonly ServerView[],
  connection: DuckDBConnection,
  tables: Map<string, CatalogueTable>,
): Promise<void> {
  const schemaOf = (table: string): TableSchema => {
    const found = tables.get(table.toLowerCase());
    if (found === undefined) throw new Error(`view needs table "${table}", which is not served`);
    return found.schema;
  };
  for (const view of views) {
    checkSourceName(view.name);
    const quoted = quoteIdentifier(view.name);
    const sql = typeof view.sql === 'string' ? view.sql : view.sql(schemaOf);
    await connection.run(`CREATE OR REPLACE VIEW ${quoted} AS ${sql}`);
    const rows = (await connection.runAndReadAll(`DESCRIBE ${quoted}`)).getRowObjectsJS();
    const columns = rows.map((r) => ({
      name: String(r['column_name']),
      type: String(r['column_type']),
    }));
    tables.set(view.name.toLowerCase(), {
      schema: { table: view.name, columns },
      origin: `view ${view.name}`,
    });
  }
}
