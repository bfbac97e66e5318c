/**
 * The route the benchmark used before issue 13: hyparquet -> apache-arrow's generic builders
 * (`vectorFromArray`, as its documentation shows) -> IPC. Kept only for `?loader=apache-arrow`,
 * the before/after measurement of arrow-load.ts's Flechette route.
 */
import {
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import { readParquetColumns } from '../page/parquet-columns.ts';

export async function readAsArrowGeneric(url: string): Promise<Uint8Array> {
  const c = await readParquetColumns(
    url,
    ['unit_code', 'status', 'kecamatan'],
    ['submitted_at', 'sla_days'],
  );
  const ms = c.numbers['submitted_at']!;
  const stamps = new BigInt64Array(ms.length);
  for (let i = 0; i < ms.length; i++) stamps[i] = BigInt(ms[i]!);
  const table = new Table({
    unit_code: vectorFromArray(c.strings['unit_code']!, new Utf8()),
    status: vectorFromArray(c.strings['status']!, new Utf8()),
    kecamatan: vectorFromArray(c.strings['kecamatan']!, new Utf8()),
    submitted_at: makeVector(
      makeData({ type: new TimestampMillisecond(), length: ms.length, data: stamps }),
    ),
    sla_days: makeVector(c.numbers['sla_days']!),
  });
  return tableToIPC(table, 'stream');
}
