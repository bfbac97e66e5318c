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
      {
        id: `${error instanceof Error ? error.message : String(error)}. Buat ulang berkas dengan format Arrow IPC.`,
        en: `${error instanceof Error ? error.message : String(error)}. Write the file again in Arrow IPC format.`,
      },
      error,
    );
  }
}
