import { tableFromIPC, type Table } from 'apache-arrow';
import { sourceParseFailed } from './source-errors.ts';

/** An Arrow IPC file (stream or file format) as a table; a broken file is the source's error. */
export function parseArrow(source: string, bytes: Uint8Array): Table {
  try {
    return tableFromIPC(bytes);
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
