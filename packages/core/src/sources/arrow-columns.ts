import {
  Bool,
  DateDay,
  Dictionary,
  Float64,
  Int32,
  Int64,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  type DataType,
  type Vector,
} from 'apache-arrow';

/**
 * JS values written straight into Arrow buffers. Arrow's own builders append one value at a time
 * through a visitor (1.2-1.6 s per text column of a million rows here); a data source of millions
 * of rows spent most of its load there. Types come from rows-to-arrow's inference; a value that
 * does not fit its type (text that looked like a date but is not one) returns null so the caller
 * keeps the column as text and nothing is lost.
 */

const MS_PER_DAY = 86_400_000;
const TWO_32 = 2 ** 32;

/**
 * Text with few distinct values (units, statuses, districts) is dictionary-encoded: each distinct
 * value is stored once and rows hold an index. DuckDB reads it back as VARCHAR.
 */
const MAX_DICTIONARY_SHARE = 0.5;

export function vectorOf(values: readonly unknown[], type: DataType): Vector | null {
  if (type instanceof Utf8) return textVector(values);
  const rows = values.length;
  if (type instanceof Float64) return numberVector(values, type, new Float64Array(rows));
  if (type instanceof Int32) return numberVector(values, type, new Int32Array(rows));
  if (type instanceof Int64) return numberVector(values, type, new BigInt64Array(rows));
  if (type instanceof Bool) return boolVector(values, type);
  if (type instanceof DateDay) return timeVector(values, type, 'day');
  if (type instanceof TimestampMillisecond) return timeVector(values, type, 'ms');
  return null;
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
  get bitmap(): Uint8Array | undefined {
    return this.nulls === 0 ? undefined : this.bits;
  }
}

const isNull = (value: unknown): value is null | undefined => value === null || value === undefined;

/** Numbers (or bigints) one per row: the typed array's own element type. */
function numberVector(
  values: readonly unknown[],
  type: Float64 | Int32 | Int64,
  data: Float64Array | Int32Array | BigInt64Array,
): Vector {
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

function boolVector(values: readonly unknown[], type: Bool): Vector {
  const data = new Uint8Array((values.length + 7) >> 3);
  const validity = new Validity(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isNull(value)) validity.setNull(i);
    else if (value) data[i >> 3]! |= 1 << (i & 7);
  }
  return vector(type, values.length, validity, { data });
}

/** Dates and ISO wall-clock text as days or milliseconds since the epoch (UTC, no zone). */
function timeVector(
  values: readonly unknown[],
  type: DateDay | TimestampMillisecond,
  unit: 'day' | 'ms',
): Vector | null {
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
export function wallClockMs(text: string): number {
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

function textVector(values: readonly unknown[]): Vector {
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
  const dictionary = plainText([...distinct.keys()]);
  return vector(new Dictionary(new Utf8(), new Int32()), length, validity, {
    data: indices,
    dictionary,
  });
}

/** UTF-8 bytes and offsets, ASCII copied byte by byte, the rest through TextEncoder. */
function plainText(values: readonly unknown[]): Vector {
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
  return vector(new Utf8(), length, validity, {
    valueOffsets: offsets,
    data: bytes.subarray(0, end),
  });
}

function vector(
  type: DataType,
  length: number,
  validity: Validity,
  buffers: { data: ArrayLike<unknown>; valueOffsets?: Int32Array; dictionary?: Vector },
): Vector {
  return makeVector(
    makeData({
      type,
      length,
      nullCount: validity.nulls,
      nullBitmap: validity.bitmap,
      ...buffers,
    } as Parameters<typeof makeData>[0]),
  );
}
