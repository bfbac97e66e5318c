import {
  Column,
  TimeUnit,
  batchType,
  bool,
  dateDay,
  dictionary,
  float64,
  int32,
  int64,
  timestamp,
  utf8,
  type DataType,
} from '@uwdata/flechette';

/**
 * JS values written straight into Arrow buffers, wrapped as Flechette columns for its IPC
 * encoder. Builders that append one value at a time are slow: apache-arrow's took 1.2-1.6 s per
 * text column of a million rows, and Flechette's tableFromArrays took about twice this writer's
 * time on 1M rows x 5 columns (bench/arrow-writer). Types come from rows-to-arrow's inference; a
 * value that does not fit its type (text that looked like a date but is not one) returns null so
 * the caller keeps the column as text and nothing is lost.
 */

/** The column types Pantau writes, as Flechette data types. */
const COLUMN_TYPES = Object.freeze({
  text: utf8(),
  real: float64(),
  whole: int32(),
  big: int64(),
  flag: bool(),
  day: dateDay(),
  stamp: timestamp(TimeUnit.MILLISECOND),
  // Parquet's own units, written as the file holds them (bigints, or whole days): exact, and the
  // types DuckDB's own Parquet reader gives (TIMESTAMP_MS, TIMESTAMP, TIMESTAMP_NS, DATE).
  millis: timestamp(TimeUnit.MILLISECOND),
  micros: timestamp(TimeUnit.MICROSECOND),
  nanos: timestamp(TimeUnit.NANOSECOND),
  days: dateDay(),
});
export type ColumnKind = keyof typeof COLUMN_TYPES;

const MS_PER_DAY = 86_400_000;
const TWO_32 = 2 ** 32;

/**
 * Text with few distinct values (units, statuses, districts) is dictionary-encoded: each distinct
 * value is stored once and rows hold an index. DuckDB reads it back as VARCHAR.
 */
const MAX_DICTIONARY_SHARE = 0.5;

export function vectorOf(values: readonly unknown[], kind: ColumnKind): Column<unknown> | null {
  const rows = values.length;
  switch (kind) {
    case 'text':
      return textVector(values);
    case 'real':
      return numberVector(values, COLUMN_TYPES.real, new Float64Array(rows));
    case 'whole':
      return numberVector(values, COLUMN_TYPES.whole, new Int32Array(rows));
    case 'big':
      return numberVector(values, COLUMN_TYPES.big, new BigInt64Array(rows));
    case 'flag':
      return boolVector(values);
    case 'day':
      return timeVector(values, COLUMN_TYPES.day, 'day');
    case 'stamp':
      return timeVector(values, COLUMN_TYPES.stamp, 'ms');
    case 'millis':
    case 'micros':
    case 'nanos':
      return numberVector(values, COLUMN_TYPES[kind], new BigInt64Array(rows));
    case 'days':
      return numberVector(values, COLUMN_TYPES.days, new Int32Array(rows));
  }
}

/** Validity bits (1 = a value) for the null positions; none when nothing is null. */
class Validity {
  readonly bits: Uint8Array;
  nulls = 0;
  constructor(length: number) {
    this.bits = new Uint8Array((length + 7) >> 3).fill(0xff);
  }
  setNull(index: number): void {
    this.bits[index >> 3]! &= ~(1 << (index & 7));
    this.nulls++;
  }
  get bitmap(): Uint8Array {
    // The encoder writes a validity buffer for every column: an empty one when nothing is null.
    return this.nulls === 0 ? NO_NULLS : this.bits;
  }
}

const NO_NULLS = new Uint8Array(0);

const isNull = (value: unknown): value is null | undefined => value === null || value === undefined;

/** Numbers (or bigints) one per row: the typed array's own element type. */
function numberVector(
  values: readonly unknown[],
  type: DataType,
  data: Float64Array | Int32Array | BigInt64Array,
): Column<unknown> {
  const validity = new Validity(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isNull(value)) validity.setNull(i);
    // A BIGINT column may hold plain numbers beside bigints (JSON's small and huge integers).
    else if (typeof value === 'number' && data instanceof BigInt64Array) data[i] = BigInt(value);
    else data[i] = value as never;
  }
  return vector(type, values.length, validity, { data });
}

function boolVector(values: readonly unknown[]): Column<unknown> {
  const data = new Uint8Array((values.length + 7) >> 3);
  const validity = new Validity(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isNull(value)) validity.setNull(i);
    else if (value) data[i >> 3]! |= 1 << (i & 7);
  }
  return vector(COLUMN_TYPES.flag, values.length, validity, { data });
}

/** Dates and ISO wall-clock text as days or milliseconds since the epoch (UTC, no zone). */
function timeVector(
  values: readonly unknown[],
  type: DataType,
  unit: 'day' | 'ms',
): Column<unknown> | null {
  // Milliseconds are 64-bit: written as two 32-bit halves, so no BigInt is made per row.
  const data = unit === 'day' ? new Int32Array(values.length) : new BigInt64Array(values.length);
  const halves = new Int32Array(data.buffer);
  const validity = new Validity(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isNull(value)) {
      validity.setNull(i);
      continue;
    }
    const ms =
      typeof value === 'string'
        ? wallClockMs(value)
        : value instanceof Date
          ? value.getTime()
          : Number.NaN;
    if (!Number.isFinite(ms)) return null;
    if (unit === 'day') {
      halves[i] = Math.floor(ms / MS_PER_DAY);
    } else {
      const high = Math.floor(ms / TWO_32);
      halves[2 * i] = ms - high * TWO_32;
      halves[2 * i + 1] = high;
    }
  }
  return vector(type, values.length, validity, { data });
}

// DuckDB's DATE and TIMESTAMP carry no time zone: keep the wall-clock reading, stored as UTC.
// NaN for a day the month does not have (2024-02-30): Date.parse would roll it into March.
function wallClockMs(text: string): number {
  const day = Number(text.slice(8, 10));
  const month = Number(text.slice(5, 7));
  if (day > daysIn(Number(text.slice(0, 4)), month)) return Number.NaN;
  return Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text.replace(' ', 'T')}Z`);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function textVector(values: readonly unknown[]): Column<unknown> {
  const length = values.length;
  const validity = new Validity(length);
  const indices = new Int32Array(length);
  const distinct = new Map<string, number>();
  const limit = Math.max(16, Math.floor(length * MAX_DICTIONARY_SHARE));
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (isNull(value)) {
      validity.setNull(i);
      continue;
    }
    const text = textOf(value);
    let index = distinct.get(text);
    if (index === undefined) {
      if (distinct.size >= limit) return plainText(values);
      index = distinct.size;
      distinct.set(text, index);
    }
    indices[i] = index;
  }
  // The encoder finds a dictionary by its values' type object: one of its own per column.
  const textType = utf8();
  const column = vector(dictionary(textType, int32()), length, validity, { data: indices });
  (column.data[0] as unknown as { setDictionary(d: Column<unknown>): void }).setDictionary(
    plainText([...distinct.keys()], textType),
  );
  return column;
}

/** UTF-8 bytes and offsets, ASCII copied byte by byte, the rest through TextEncoder. */
function plainText(values: readonly unknown[], type: DataType = utf8()): Column<unknown> {
  const length = values.length;
  const validity = new Validity(length);
  const offsets = new Int32Array(length + 1);
  let bytes = new Uint8Array(Math.max(64, length * 8));
  let end = 0;
  const encoder = new TextEncoder();
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (isNull(value)) {
      validity.setNull(i);
      offsets[i + 1] = end;
      continue;
    }
    const text = textOf(value);
    // Three bytes per UTF-16 unit is the most UTF-8 can need.
    if (end + text.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, end + text.length * 3));
      grown.set(bytes.subarray(0, end));
      bytes = grown;
    }
    let ascii = true;
    for (let c = 0; c < text.length; c++) {
      const code = text.charCodeAt(c);
      if (code >= 0x80) {
        ascii = false;
        break;
      }
      bytes[end + c] = code;
    }
    end += ascii ? text.length : encoder.encodeInto(text, bytes.subarray(end)).written;
    offsets[i + 1] = end;
  }
  return vector(type, length, validity, {
    offsets,
    data: bytes.subarray(0, end),
  });
}

/** One batch of one column, in Flechette's own batch class for the type. */
function vector(
  type: DataType,
  length: number,
  validity: Validity,
  buffers: { data: ArrayLike<unknown>; offsets?: Int32Array },
): Column<unknown> {
  const Batch = batchType(type);
  const batch = new Batch({
    length,
    nullCount: validity.nulls,
    type,
    validity: validity.bitmap,
    values: buffers.data,
    offsets: buffers.offsets,
  } as ConstructorParameters<typeof Batch>[0]);
  return new Column([batch]);
}
