import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { tableFromIPC, tableToIPC } from '@uwdata/flechette';
import { sourceParseFailed } from './source-errors.ts';

/**
 * An Arrow IPC file (stream or file format) as the IPC stream DuckDB reads, checked by decoding
 * it first (Flechette): a broken file is the source's error, not DuckDB's. An empty stream means
 * a file without columns.
 */
export function parseArrow(source: string, bytes: Uint8Array): Uint8Array {
  try {
    const table = tableFromIPC(bytes);
    return table.numCols === 0 ? new Uint8Array(0) : tableToIPC(table, { format: 'stream' })!;
  } catch (error) {
    throw sourceParseFailed(
      source,
      'arrow',
      sayBoth(
        SOURCE_ERRORS,
        'arrowFileUnreadable',
        error instanceof Error ? error.message : String(error),
      ),
      error,
    );
  }
}
