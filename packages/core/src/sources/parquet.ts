import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import {
  parquetMetadataAsync,
  parquetRead,
  type AsyncBuffer,
  type ParquetParsers,
  type SchemaElement,
} from 'hyparquet';
import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { isPantauError } from '../errors/pantau-error.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { FetchPolicy } from './fetch-policy.ts';
import { headVersion, rangedFile } from './ranged-file.ts';
import { fetchBytes } from './read-bytes.ts';
import { insertRowGroups, RowGroupBatches } from './row-group-batches.ts';
import type { ColumnHint } from './rows-to-arrow.ts';
import { sourceColumnMissing, sourceFormatMismatch, sourceTooLarge } from './source-errors.ts';

/**
 * Parquet is decoded in JS by hyparquet (duckdb-wasm 1.32 ships no Parquet extension and must not
 * download one) and handed to DuckDB as Arrow, one row group at a time while the next decodes
 * (row-group-batches.ts). From a URL it reads by HTTP range requests, so only the footer and the
 * requested columns cross the network.
 */

/** A Parquet file whose footer has been read and checked, its columns decoding meanwhile. */
export interface ParquetLoad {
  /** Inserts its rows into `table` as they are decoded; `decoded` when the last group is. */
  insert(driver: DuckDBDriver, table: string, decoded: () => void): Promise<void>;
}

export async function parquetFromUrl(
  source: string,
  url: string,
  maxBytes: number,
  policy: FetchPolicy,
  columns?: string[],
): Promise<ParquetLoad> {
  // Replaced between two range requests: read the new version again from its footer, once (a
  // file rewritten continuously fails with SOURCE_CHANGED the second time). The change may show
  // before the load is returned or while its groups are inserted: what went in is dropped first.
  let again = false;
  const readAgain = () => {
    again = true;
    return parquetFromUrlOnce(source, url, maxBytes, policy, columns);
  };
  const load = await parquetFromUrlOnce(source, url, maxBytes, policy, columns).catch(
    (error: unknown) => {
      if (!changed(error)) throw error;
      return readAgain();
    },
  );
  return {
    insert: async (driver, table, decoded) => {
      try {
        await load.insert(driver, table, decoded);
      } catch (error) {
        if (again || !changed(error)) throw error;
        await driver.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
        await (await readAgain()).insert(driver, table, decoded);
      }
    },
  };
}

const changed = (error: unknown) => isPantauError(error) && error.code === 'SOURCE_CHANGED';

async function parquetFromUrlOnce(
  source: string,
  url: string,
  maxBytes: number,
  policy: FetchPolicy,
  columns?: string[],
): Promise<ParquetLoad> {
  const version = await headVersion(source, url, policy);
  if (!Number.isFinite(version.byteLength)) {
    // Without a length there are no range reads: the whole file, streamed, and refused the moment
    // it passes the cap (issue 18: a chunked 1.2 GB file was downloaded whole before the check).
    const whole = await fetchBytes(source, url, maxBytes, policy);
    return parquetFromBuffer(source, copyToArrayBuffer(whole), maxBytes, columns);
  }
  // With `columns`, the footer says what the load will hold (readParquet); the file may be larger.
  if (!columns && version.byteLength > maxBytes) {
    throw sourceTooLarge(source, version.byteLength, maxBytes);
  }
  // hyparquet reads column chunks in parallel: when one range fails for good, the others stop.
  const failed = new AbortController();
  const signal = policy.signal ? AbortSignal.any([policy.signal, failed.signal]) : failed.signal;
  const file = rangedFile(source, url, version, { ...policy, signal });
  try {
    return await readParquet(source, file, maxBytes, columns, () => failed.abort());
  } catch (error) {
    failed.abort();
    throw error;
  }
}

export function parquetFromBlob(
  source: string,
  blob: Blob,
  maxBytes: number,
  columns?: string[],
): Promise<ParquetLoad> {
  if (!columns && blob.size > maxBytes) throw sourceTooLarge(source, blob.size, maxBytes);
  const file: AsyncBuffer = {
    byteLength: blob.size,
    slice: (start, end) => blob.slice(start, end).arrayBuffer(),
  };
  return readParquet(source, file, maxBytes, columns);
}

export function parquetFromBuffer(
  source: string,
  buffer: ArrayBuffer,
  maxBytes: number,
  columns?: string[],
): Promise<ParquetLoad> {
  if (buffer.byteLength > maxBytes) throw sourceTooLarge(source, buffer.byteLength, maxBytes);
  return readParquet(source, buffer, maxBytes, columns);
}

async function readParquet(
  source: string,
  file: AsyncBuffer,
  maxBytes: number,
  columns?: string[],
  onFailure?: () => void,
): Promise<ParquetLoad> {
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    // A read that failed (network, a replaced file) is not a sign of a bad file.
    if (isPantauError(error)) throw error;
    throw sourceFormatMismatch(
      source,
      'parquet',
      sayBoth(SOURCE_ERRORS, 'notValidParquetFile'),
      sayBoth(
        SOURCE_ERRORS,
        'checkFileAddressFormat',
        error instanceof Error ? error.message : String(error),
      ),
      error,
    );
  }
  // Top-level columns only: the schema's first element is the root, its children the columns.
  const fields = metadata.schema.slice(1).filter((field) => !field.num_children);
  // A misspelt name would otherwise load a table without it, and the error would surface later in
  // a widget, naming a column the page author thinks they loaded.
  const missing = (columns ?? []).filter((name) => !fields.some((field) => field.name === name));
  if (missing.length > 0) {
    throw sourceColumnMissing(
      source,
      missing,
      fields.map((field) => field.name),
    );
  }
  const wanted = fields.filter((field) => !columns || columns.includes(field.name));
  // Refused before any column is fetched or decoded, rather than running out of memory halfway.
  const decoded = decodedSize(metadata, new Set(wanted.map((field) => field.name)));
  if (decoded > maxBytes) throw sourceTooLarge(source, decoded, maxBytes, 'decoded');
  const names = wanted.map((field) => field.name);
  const groups = new RowGroupBatches(
    names,
    new Map(wanted.map((field) => [field.name, rawUnit(field)])),
    metadata.row_groups.map((group) => Number(group.num_rows)),
  );
  parquetRead({
    file,
    metadata,
    columns: names,
    parsers: RAW_VALUES,
    // Columnar: each decoded chunk is copied into its row group's column, never into row objects.
    onChunk: ({ columnName, columnData, rowStart, rowEnd }) =>
      groups.take(columnName, columnData, rowStart, rowEnd),
  }).then(
    () => groups.finish(),
    (error: unknown) => {
      onFailure?.();
      groups.fail(error);
    },
  );
  return {
    insert: (driver, table, decoded) => insertRowGroups(driver, source, table, groups, decoded),
  };
}

/**
 * Timestamps and dates as the file stores them (bigints in their unit, whole days), written to
 * Arrow as they are: no Date per value (at 10M rows hyparquet's Dates took 11 of the decode's 18 s
 * in Node), and microseconds kept where a Date would round them to milliseconds.
 */
const RAW_VALUES: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (value) => value,
  timestampFromMicroseconds: (value) => value,
  timestampFromNanoseconds: (value) => value,
  dateFromDays: (value) => value,
};

/** The unit RAW_VALUES leaves a column's values in, from its schema (as hyparquet's convert reads it). */
function rawUnit(field: SchemaElement): ColumnHint {
  const logical = field.logical_type;
  if (field.converted_type === 'DATE' || logical?.type === 'DATE') return 'days';
  if (field.converted_type === 'TIMESTAMP_MILLIS') return 'millis';
  if (field.converted_type === 'TIMESTAMP_MICROS') return 'micros';
  if (logical?.type === 'TIMESTAMP') {
    return logical.unit === 'MILLIS' ? 'millis' : logical.unit === 'MICROS' ? 'micros' : 'nanos';
  }
  // INT96, the legacy timestamp: nanoseconds.
  if (field.type === 'INT96' && !field.converted_type) return 'nanos';
  return undefined;
}

/** The footer's uncompressed size of the chosen top-level columns, over every row group. */
function decodedSize(
  metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>,
  names: ReadonlySet<string>,
): number {
  let total = 0;
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (meta && names.has(meta.path_in_schema[0] ?? '')) {
        total += Number(meta.total_uncompressed_size);
      }
    }
  }
  return total;
}

function copyToArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return bytes.buffer as ArrayBuffer;
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
