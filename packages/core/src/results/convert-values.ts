import { Type, type DataType, type StructType } from '@uwdata/flechette';
import { decimalToNumber, exactInteger, type PlainValue } from './plain-values.ts';

type Convert = (value: unknown) => PlainValue;

const identity: Convert = (value) => value as PlainValue;
const integer: Convert = (value) =>
  typeof value === 'bigint' ? exactInteger(value) : (value as number);

/**
 * The converter for one Arrow type, as Flechette decodes it with `useBigInt`, `useDecimalInt`
 * and `useDate` (decode-result.ts): nested types convert their children by the children's types.
 */
export function converterFor(type: DataType): Convert {
  switch (type.typeId) {
    case Type.Int:
    case Type.Time:
    case Type.Duration:
      return integer;
    case Type.Decimal: {
      const { scale } = type;
      // Scale 0 (HUGEINT, DECIMAL(38,0)) is an integer: exact as a bigint beyond 2^53.
      if (scale === 0) return (value) => exactInteger(BigInt(value as bigint | number));
      return (value) => decimalToNumber(BigInt(value as bigint | number), scale);
    }
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList:
    case Type.ListView:
    case Type.LargeListView:
      return listConverter(converterFor(type.children[0]!.type));
    case Type.Struct:
      return structConverter(type.children.map((f) => [f.name, converterFor(f.type)] as const));
    case Type.Map: {
      const [key, value] = (type.children[0]!.type as StructType).children;
      return mapConverter(converterFor(key!.type), converterFor(value!.type));
    }
    case Type.Float:
    case Type.Bool:
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
    case Type.Dictionary:
    case Type.Date:
    case Type.Timestamp:
    case Type.Null:
      return identity;
    default:
      return anything;
  }
}

function listConverter(child: Convert): Convert {
  return (value) =>
    Array.from(value as ArrayLike<unknown>, (v) =>
      v === null || v === undefined ? null : child(v),
    );
}

function structConverter(fields: readonly (readonly [string, Convert])[]): Convert {
  return (value) => {
    const record = value as Record<string, unknown>;
    const out: { [key: string]: PlainValue } = {};
    for (const [name, convert] of fields) {
      const v = record[name];
      out[name] = v === null || v === undefined ? null : convert(v);
    }
    return out;
  };
}

/** A MAP as an object keyed by the key's text, as apache-arrow's `toJSON()` gave it before. */
function mapConverter(key: Convert, value: Convert): Convert {
  return (entries) => {
    const out: { [key: string]: PlainValue } = {};
    for (const [k, v] of entries as [unknown, unknown][]) {
      out[String(key(k))] = v === null || v === undefined ? null : value(v);
    }
    return out;
  };
}

/** Intervals, binary and anything else: kept readable rather than dropped. */
function anything(value: unknown): PlainValue {
  if (typeof value === 'bigint') return exactInteger(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, (v) =>
      typeof v === 'bigint' ? exactInteger(v) : v,
    );
  }
  if (Array.isArray(value)) return value.map(anything);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: { [key: string]: PlainValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = v === null ? null : anything(v);
    return out;
  }
  return value as PlainValue;
}
