/**
 * A DuckDB answer as Arrow IPC stream bytes, written with Flechette. Types follow what duckdb-wasm
 * gives the page for the same SQL (Int64 for BIGINT, Decimal128 for DECIMAL and HUGEINT,
 * Date32<DAY>, Timestamp<MICROSECOND>, Utf8...), so a chart reads a server's answer exactly as it
 * reads its own engine's. Exact numbers stay exact: BIGINT as 64-bit integers and HUGEINT and
 * DECIMAL as 128-bit decimals of their unscaled value, never through a double.
 */

import {
  DuckDBTypeId,
  type DuckDBDecimalType,
  type DuckDBResultReader,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import {
  TimeUnit,
  bool,
  dateDay,
  decimal,
  float32,
  float64,
  int16,
  int32,
  int64,
  int8,
  tableFromArrays,
  tableToIPC,
  timestamp,
  uint16,
  uint32,
  uint64,
  uint8,
  utf8,
  type DataType,
} from '@uwdata/flechette';

type Cell = DuckDBValue;

interface ColumnPlan {
  type: DataType;
  convert: (value: Cell) => unknown;
}

const same = (value: Cell): unknown => value;
const MS_PER_DAY = 86_400_000;

/** Whole epoch milliseconds, rounded down also before 1970 (bigint division truncates). */
const floorDiv = (value: bigint, by: bigint): number => {
  const q = value / by;
  return Number(value % by < 0n ? q - 1n : q);
};

/** Epoch milliseconds of a TIMESTAMP (micros), whole: Flechette scales them back to micros. */
const fromMicros = (value: Cell): number => floorDiv((value as { micros: bigint }).micros, 1000n);

function columnPlan(type: DuckDBType): ColumnPlan {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { type: bool(), convert: same };
    case DuckDBTypeId.TINYINT:
      return { type: int8(), convert: same };
    case DuckDBTypeId.SMALLINT:
      return { type: int16(), convert: same };
    case DuckDBTypeId.INTEGER:
      return { type: int32(), convert: same };
    case DuckDBTypeId.BIGINT:
      return { type: int64(), convert: same };
    case DuckDBTypeId.UTINYINT:
      return { type: uint8(), convert: same };
    case DuckDBTypeId.USMALLINT:
      return { type: uint16(), convert: same };
    case DuckDBTypeId.UINTEGER:
      return { type: uint32(), convert: same };
    case DuckDBTypeId.UBIGINT:
      return { type: uint64(), convert: same };
    case DuckDBTypeId.FLOAT:
      return { type: float32(), convert: same };
    case DuckDBTypeId.DOUBLE:
      return { type: float64(), convert: same };
    case DuckDBTypeId.HUGEINT:
      // duckdb-wasm's own mapping: a 38-digit decimal without fraction.
      return { type: decimal(38, 0, 128), convert: same };
    case DuckDBTypeId.DECIMAL: {
      const { width, scale } = type as DuckDBDecimalType;
      return {
        type: decimal(width, scale, 128),
        convert: (value) => (value as { value: bigint }).value,
      };
    }
    case DuckDBTypeId.DATE:
      return {
        type: dateDay(),
        convert: (value) => (value as { days: number }).days * MS_PER_DAY,
      };
    case DuckDBTypeId.TIMESTAMP:
      return { type: timestamp(TimeUnit.MICROSECOND), convert: fromMicros };
    case DuckDBTypeId.TIMESTAMP_TZ:
      return { type: timestamp(TimeUnit.MICROSECOND, 'UTC'), convert: fromMicros };
    case DuckDBTypeId.TIMESTAMP_MS:
      return {
        type: timestamp(TimeUnit.MICROSECOND),
        convert: (value) => Number((value as { millis: bigint }).millis),
      };
    case DuckDBTypeId.TIMESTAMP_S:
      return {
        type: timestamp(TimeUnit.MICROSECOND),
        convert: (value) => Number((value as { seconds: bigint }).seconds) * 1000,
      };
    case DuckDBTypeId.TIMESTAMP_NS:
      return {
        type: timestamp(TimeUnit.MICROSECOND),
        convert: (value) => floorDiv((value as { nanos: bigint }).nanos, 1_000_000n),
      };
    default:
      // Text, and anything a plan rarely yields (UUID, ENUM, TIME, lists...): as its text.
      return { type: utf8(), convert: (value) => String(value) };
  }
}

export function resultToIpc(reader: DuckDBResultReader): { ipc: Uint8Array; rows: number } {
  const names = reader.columnNames();
  const columns = reader.getColumns();
  const arrays: [string, unknown[]][] = [];
  const types: Record<string, DataType> = {};
  names.forEach((name, i) => {
    const plan = columnPlan(reader.columnType(i));
    const values = columns[i] ?? [];
    arrays.push([name, values.map((v) => (v === null ? null : plan.convert(v)))]);
    types[name] = plan.type;
  });
  const table = tableFromArrays(arrays, { types });
  return { ipc: tableToIPC(table, { format: 'stream' })!, rows: reader.currentRowCount };
}
