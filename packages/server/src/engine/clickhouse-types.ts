/**
 * ClickHouse column types under DuckDB's names, the names Pantau's schemas speak: the measure
 * grammar checks "is it a number, a date, text" by them, the page formats by them, and a plan is
 * checked the same way whichever engine answers it. Nullable and LowCardinality are storage
 * details and drop out; a type with no DuckDB counterpart (Array, Map, Tuple...) keeps its own
 * name, which no family claims, so it can be grouped or counted but not summed.
 */

const SIMPLE: Readonly<Record<string, string>> = Object.freeze({
  Int8: 'TINYINT',
  Int16: 'SMALLINT',
  Int32: 'INTEGER',
  Int64: 'BIGINT',
  Int128: 'HUGEINT',
  Int256: 'HUGEINT',
  UInt8: 'UTINYINT',
  UInt16: 'USMALLINT',
  UInt32: 'UINTEGER',
  UInt64: 'UBIGINT',
  UInt128: 'UHUGEINT',
  UInt256: 'UHUGEINT',
  Float32: 'FLOAT',
  BFloat16: 'FLOAT',
  Float64: 'DOUBLE',
  Bool: 'BOOLEAN',
  Date: 'DATE',
  Date32: 'DATE',
  String: 'VARCHAR',
  UUID: 'UUID',
});

/** `Decimal32(2)` holds 9 digits, `Decimal64(s)` 18, `Decimal128(s)` 38, `Decimal256(s)` 76. */
const DECIMAL_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  '32': 9,
  '64': 18,
  '128': 38,
  '256': 76,
});

/** Strips the wrappers that do not change what a value is. */
function unwrap(type: string): string {
  let inner = type.trim();
  for (;;) {
    const match = /^(Nullable|LowCardinality)\((.*)\)$/.exec(inner);
    if (match === null) return inner;
    inner = match[2]!.trim();
  }
}

export function duckdbTypeOf(clickhouseType: string): string {
  const type = unwrap(clickhouseType);
  const simple = SIMPLE[type];
  if (simple !== undefined) return simple;
  const decimal = /^Decimal\((\d+),\s*(\d+)\)$/.exec(type);
  if (decimal !== null) return `DECIMAL(${decimal[1]},${decimal[2]})`;
  const sized = /^Decimal(32|64|128|256)\((\d+)\)$/.exec(type);
  if (sized !== null) return `DECIMAL(${DECIMAL_DIGITS[sized[1]!]},${sized[2]})`;
  if (/^DateTime(64)?(\(.*\))?$/.test(type)) return 'TIMESTAMP';
  if (/^(FixedString\(\d+\)|Enum(8|16)?\(.*\))$/.test(type)) return 'VARCHAR';
  return type;
}
