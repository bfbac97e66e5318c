import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { parquetMetadataAsync, parquetRead, type AsyncBuffer } from 'hyparquet';
import { isPantauError } from '../errors/pantau-error.ts';
import type { FetchPolicy } from './fetch-policy.ts';
import { headVersion, rangedFile } from './ranged-file.ts';
import { fetchBytes } from './read-bytes.ts';
import { columnsToIpc, type ColumnHint } from './rows-to-arrow.ts';
import { sourceColumnMissing, sourceFormatMismatch, sourceTooLarge } from './source-errors.ts';

/**
 * Parquet is decoded in JS by hyparquet (duckdb-wasm 1.32 ships no Parquet extension and must not
 * download one) and handed to DuckDB as Arrow. From a URL it reads by HTTP range requests, so
 * only the footer and the requested columns cross the network.
 */

export async function parquetFromUrl(
  source: string,
  url: string,
  maxBytes: number,
  policy: FetchPolicy,
  columns?: string[],
): Promise<Uint8Array> {
  try {
    return await parquetFromUrlOnce(source, url, maxBytes, policy, columns);
  } catch (error) {
    // Replaced between two range requests: read the new version again from its footer, once
    // (a file rewritten continuously fails with SOURCE_CHANGED the second time).
    if (!isPantauError(error) || error.code !== 'SOURCE_CHANGED') throw error;
    return parquetFromUrlOnce(source, url, maxBytes, policy, columns);
  }
}

async function parquetFromUrlOnce(
  source: string,
  url: string,
  maxBytes: number,
  policy: FetchPolicy,
  columns?: string[],
): Promise<Uint8Array> {
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
    return await readParquet(source, file, maxBytes, columns);
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
): Promise<Uint8Array> {
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
): Promise<Uint8Array> {
  if (buffer.byteLength > maxBytes) throw sourceTooLarge(source, buffer.byteLength, maxBytes);
  return readParquet(source, buffer, maxBytes, columns);
}

async function readParquet(
  source: string,
  file: AsyncBuffer,
  maxBytes: number,
  columns?: string[],
): Promise<Uint8Array> {
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
  const rowCount = Number(metadata.num_rows);
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
  const data = new Map<string, unknown[]>(
    wanted.map((field) => [field.name, new Array<unknown>(rowCount)]),
  );
  const hints = new Map<string, ColumnHint>(
    wanted.map((field) => [
      field.name,
      field.logical_type?.type === 'DATE' || field.converted_type === 'DATE' ? 'date' : undefined,
    ]),
  );

  await parquetRead({
    file,
    metadata,
    columns: wanted.map((field) => field.name),
    // Columnar: copy each decoded chunk into its column, never building row objects.
    onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
      const target = data.get(columnName);
      if (!target) return;
      const end = Math.min(rowEnd, rowCount);
      for (let row = rowStart; row < end; row++) target[row] = columnData[row - rowStart];
    },
  });
  return columnsToIpc(data, hints);
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
