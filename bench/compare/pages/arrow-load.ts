/**
 * hyparquet -> Arrow IPC for the contenders on duckdb-wasm without a Parquet reader (Mosaic on
 * its own engine, the duckdb-wasm + D3 page): only the dashboard's columns, timestamps as Arrow
 * timestamps (ms), one IPC stream for `insertArrowFromIPCStream`.
 *
 * Built with Flechette (`tableFromArrays`, `tableToIPC`), the Arrow library Mosaic itself uses, so
 * each peer loads by its best route (issue 13, item 5a): text columns come out dictionary-encoded
 * as Flechette infers them. `?loader=apache-arrow` keeps the generic apache-arrow builders
 * (arrow-load-apache.ts) for the before/after measurement only.
 */
import { TimeUnit, tableFromArrays, tableToIPC, timestamp } from '@uwdata/flechette';
import { readParquetColumns } from '../page/parquet-columns.ts';

/** Which builder made the table, for the route each page reports. */
export const arrowBuilder =
  new URLSearchParams(location.search).get('loader') === 'apache-arrow'
    ? "apache-arrow's vectorFromArray"
    : 'Flechette 2.6 tableFromArrays';

export async function readAsArrow(url: string): Promise<Uint8Array> {
  if (arrowBuilder.startsWith('apache-arrow')) {
    const { readAsArrowGeneric } = await import('./arrow-load-apache.ts');
    return readAsArrowGeneric(url);
  }
  const c = await readParquetColumns(
    url,
    ['unit_code', 'status', 'kecamatan'],
    ['submitted_at', 'sla_days'],
  );
  const table = tableFromArrays(
    {
      unit_code: c.strings['unit_code']!,
      status: c.strings['status']!,
      kecamatan: c.strings['kecamatan']!,
      submitted_at: c.numbers['submitted_at']!,
      sla_days: c.numbers['sla_days']!,
    },
    { types: { submitted_at: timestamp(TimeUnit.MILLISECOND) } },
  );
  const bytes = tableToIPC(table, { format: 'stream' });
  if (bytes === null) throw new Error('Flechette wrote no IPC bytes');
  return bytes;
}
