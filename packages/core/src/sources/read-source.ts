import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { arrowDecoder, csvLoader, parquetDecoder, rowsDecoder } from './decoders.ts';
import { formatFromName } from './detect-format.ts';
import { resolveFormat } from './sniff-format.ts';
import { parseJsonRows } from './json.ts';
import { blobBytes, checkSize, fetchBytes } from './read-bytes.ts';
import { DEFAULT_SOURCE_TIMEOUT_MS, type FetchPolicy } from './fetch-policy.ts';
import { sourceEmpty } from './source-errors.ts';
import type { SourceFormat, SourceInput, SourceRows, SourceSpec } from './source-spec.ts';
import type { LoadLimits } from './load-source.ts';
import type { BilingualText } from '../errors/pantau-error.ts';
import { utf16ToUtf8 } from './text-encoding.ts';

/** A source read into memory (and decoded where JS decodes it), ready to insert into a table. */
export interface ReadSourceResult {
  format: SourceFormat | 'rows';
  bytes: number | null;
  /**
   * Resolves to warnings about values that could not be kept exactly (none: an empty list).
   * `inserting` is called when DuckDB takes the data in: at once, or for Parquet (inserted row
   * group by row group while the file is still decoded) once the last group is decoded.
   */
  insert(
    driver: DuckDBDriver,
    table: string,
    inserting: () => void,
  ): Promise<BilingualText[] | void>;
}

/** Everything that needs no DuckDB: fetching, size checks, format detection, JS decoding. */
export async function readSource(spec: SourceSpec, limits: LoadLimits): Promise<ReadSourceResult> {
  const { data } = spec;
  const source = spec.name;
  const policy: FetchPolicy = {
    timeout: spec.timeout ?? DEFAULT_SOURCE_TIMEOUT_MS,
    signal: spec.signal,
    onBytes: (loaded, total) =>
      spec.onProgress?.({ stage: 'read', bytesLoaded: loaded, bytesTotal: total }),
  };
  if (isRows(data)) {
    if (data.length === 0) throw sourceEmpty(source);
    const { rowsToIpc } = await rowsDecoder(source);
    return { format: 'rows', bytes: null, insert: arrowInsert(source, rowsToIpc(data)) };
  }
  const declared = spec.format ?? formatFromName(nameOf(data));

  // Parquet from a URL or a File is read by ranges: only the columns asked for are fetched.
  if (declared === 'parquet' && !(data instanceof ArrayBuffer || data instanceof Uint8Array)) {
    return readParquetByRanges(spec, data, limits, policy);
  }

  // UTF-16 (what some spreadsheet programs save as "Unicode text") becomes UTF-8 first.
  const bytes = utf16ToUtf8(source, await readAll(source, data, limits.maxSourceBytes, policy));
  return decodeWhole(spec, resolveFormat(source, declared, bytes), bytes, limits);
}

/** A Parquet file that is not yet in memory: its footer first, then the columns asked for. */
async function readParquetByRanges(
  spec: SourceSpec,
  data: string | URL | Blob,
  limits: LoadLimits,
  policy: FetchPolicy,
): Promise<ReadSourceResult> {
  const source = spec.name;
  const { parquetFromBlob, parquetFromUrl } = await parquetDecoder(source);
  const load =
    data instanceof Blob
      ? await parquetFromBlob(source, data, limits.maxSourceBytes, spec.columns)
      : await parquetFromUrl(source, resolveUrl(data), limits.maxSourceBytes, policy, spec.columns);
  return {
    format: 'parquet',
    bytes: data instanceof Blob ? data.size : null,
    insert: (driver, table, inserting) => load.insert(driver, table, inserting),
  };
}

/** A source read whole into memory, decoded by its format (CSV is left to DuckDB's reader). */
async function decodeWhole(
  spec: SourceSpec,
  format: SourceFormat,
  bytes: Uint8Array,
  limits: LoadLimits,
): Promise<ReadSourceResult> {
  const source = spec.name;
  const size = bytes.byteLength;
  switch (format) {
    case 'csv': {
      // DuckDB's own CSV reader does the parsing.
      const { loadCsv } = await csvLoader(source);
      return {
        format,
        bytes: size,
        insert: (driver, table, inserting) => {
          inserting();
          return loadCsv(driver, source, table, bytes, spec.csv);
        },
      };
    }
    case 'json': {
      const rows = nonEmpty(source, parseJsonRows(source, bytes));
      const { rowsToIpc, hugeIntegerColumns } = await rowsDecoder(source);
      const arrow = rowsToIpc(rows);
      return {
        format,
        bytes: size,
        insert: async (driver, table, inserting) => {
          inserting();
          await insertArrow(driver, source, table, arrow);
          return hugeIntegerColumns(driver, table, arrow);
        },
      };
    }
    case 'arrow': {
      const { parseArrow } = await arrowDecoder(source);
      return { format, bytes: size, insert: arrowInsert(source, parseArrow(source, bytes)) };
    }
    case 'parquet': {
      const { parquetFromBuffer } = await parquetDecoder(source);
      const load = await parquetFromBuffer(
        source,
        copyToArrayBuffer(bytes),
        limits.maxSourceBytes,
        spec.columns,
      );
      return {
        format,
        bytes: size,
        insert: (driver, table, inserting) => load.insert(driver, table, inserting),
      };
    }
  }
}

function arrowInsert(source: string, arrow: Uint8Array): ReadSourceResult['insert'] {
  return (driver, table, inserting) => {
    inserting();
    return insertArrow(driver, source, table, arrow);
  };
}

async function insertArrow(
  driver: DuckDBDriver,
  source: string,
  table: string,
  ipcStream: Uint8Array,
): Promise<void> {
  if (ipcStream.byteLength === 0) throw sourceEmpty(source);
  await driver.insertArrow(table, ipcStream);
}

function nonEmpty(source: string, rows: SourceRows): SourceRows {
  if (rows.length === 0) throw sourceEmpty(source);
  return rows;
}

function readAll(
  source: string,
  data: Exclude<SourceInput, SourceRows>,
  maxBytes: number,
  policy: FetchPolicy,
): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return Promise.resolve(checkSize(source, data, maxBytes));
  if (data instanceof ArrayBuffer)
    return Promise.resolve(checkSize(source, new Uint8Array(data), maxBytes));
  if (data instanceof Blob) return blobBytes(source, data, maxBytes);
  return fetchBytes(source, resolveUrl(data), maxBytes, policy);
}

function isRows(data: SourceInput): data is SourceRows {
  return Array.isArray(data);
}

function nameOf(data: Exclude<SourceInput, SourceRows>): string {
  if (typeof data === 'string') return data;
  if (data instanceof URL) return data.pathname;
  if (typeof File !== 'undefined' && data instanceof File) return data.name;
  return '';
}

function resolveUrl(data: string | URL): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  return new URL(String(data), base).href;
}

function copyToArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
