import type { DataType, Vector } from 'apache-arrow';
import { ARROW_TYPE as Type } from './arrow-type-ids.ts';

/**
 * Arrow becomes plain JS here, once, for everything downstream: numbers (never bigint or Decimal),
 * `Date` for dates and timestamps, `null` for missing. Charts and elements never see Arrow quirks.
 */
export type PlainValue =
  number | string | boolean | Date | null | PlainValue[] | { [key: string]: PlainValue };

export function plainColumn(vector: Vector): PlainValue[] {
  const type = vector.type as DataType;
  const convert = converterFor(type);
  const out = new Array<PlainValue>(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const value: unknown = vector.get(i);
    out[i] = value === null || value === undefined ? null : convert(value);
  }
  return out;
}

function converterFor(type: DataType): (value: unknown) => PlainValue {
  switch (type.typeId) {
    case Type.Int:
    case Type.Int8:
    case Type.Int16:
    case Type.Int32:
    case Type.Int64:
    case Type.Uint8:
    case Type.Uint16:
    case Type.Uint32:
    case Type.Uint64:
    case Type.Float:
    case Type.Float16:
    case Type.Float32:
    case Type.Float64:
      return (value) => Number(value);
    case Type.Decimal: {
      const scale = (type as DataType & { scale: number }).scale;
      return (value) => decimalToNumber(value, scale);
    }
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      // apache-arrow 17 already gives epoch milliseconds for every date and timestamp unit.
      return (value) => new Date(Number(value));
    case Type.Bool:
      return (value) => Boolean(value);
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Dictionary:
      return (value) => String(value);
    default:
      return toPlain;
  }
}

/** DuckDB's DECIMAL and HUGEINT (sum over integers) arrive as 128-bit Arrow decimals. */
function decimalToNumber(value: unknown, scale: number): number {
  if (typeof value === 'number') return value;
  const big = typeof value === 'bigint' ? value : wordsToBigInt(value as Uint32Array);
  if (scale === 0) return Number(big);
  const divisor = 10n ** BigInt(scale);
  // Split so large values keep their digits: whole part exactly, fraction separately.
  return Number(big / divisor) + Number(big % divisor) / 10 ** scale;
}

/** A 128-bit two's-complement integer from four little-endian 32-bit words. */
function wordsToBigInt(words: Uint32Array): bigint {
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(words[i] ?? 0);
  const bits = BigInt(words.length * 32);
  return big >= 1n << (bits - 1n) ? big - (1n << bits) : big;
}

/** Lists, structs and anything else: converted recursively, bigints to numbers. */
function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => Number(v));
  }
  const maybe = value as { toJSON?: () => unknown; toArray?: () => unknown; type?: unknown };
  // A Vector (list values) has a type; a StructRow has none and its toJSON() is the object.
  if (maybe.type !== undefined && typeof maybe.toArray === 'function') {
    return toPlain(Array.from(maybe.toArray() as Iterable<unknown>));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const json = typeof maybe.toJSON === 'function' ? maybe.toJSON() : value;
    const out: { [key: string]: PlainValue } = {};
    for (const [key, v] of Object.entries(json as object)) out[key] = toPlain(v);
    return out;
  }
  return String(value);
}
