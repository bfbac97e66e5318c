import { Type, type DataType } from '@uwdata/flechette';

const TIME_UNITS = ['SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND'];
const FLOAT_BITS = [16, 32, 64];

/**
 * An Arrow type's name as QueryResult.types has always given it (apache-arrow's `String(type)`:
 * `Int64`, `Decimal[38e+2]`, `Timestamp<MICROSECOND>`), so saved snapshots and callers keep
 * reading the same text now that Flechette decodes.
 */
export function typeName(type: DataType): string {
  switch (type.typeId) {
    case Type.Null:
      return 'Null';
    case Type.Int:
      return `${type.signed ? 'I' : 'Ui'}nt${type.bitWidth}`;
    case Type.Float:
      return `Float${FLOAT_BITS[type.precision]}`;
    case Type.Decimal:
      return `Decimal[${type.precision}e${type.scale > 0 ? '+' : ''}${type.scale}]`;
    case Type.Date:
      return type.unit === 0 ? 'Date32<DAY>' : 'Date64<MILLISECOND>';
    case Type.Time:
      return `Time${type.bitWidth}<${TIME_UNITS[type.unit]}>`;
    case Type.Timestamp:
      return `Timestamp<${TIME_UNITS[type.unit]}${type.timezone ? `, ${type.timezone}` : ''}>`;
    case Type.Bool:
      return 'Bool';
    case Type.Utf8:
    case Type.Utf8View:
      return 'Utf8';
    case Type.LargeUtf8:
      return 'LargeUtf8';
    case Type.Dictionary:
      return `Dictionary<${typeName(type.indices)}, ${typeName(type.dictionary)}>`;
    case Type.List:
    case Type.LargeList:
      return `List<${typeName(type.children[0].type)}>`;
    case Type.Struct:
      return `Struct<{${type.children.map((f) => `${f.name}:${typeName(f.type)}`).join(', ')}}>`;
    default:
      return (
        (Object.keys(Type) as (keyof typeof Type)[]).find((k) => Type[k] === type.typeId) ??
        'Unknown'
      );
  }
}
