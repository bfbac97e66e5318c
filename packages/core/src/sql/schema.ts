/**
 * What the SQL layer knows about a table: its name and its columns with DuckDB type names.
 * Every identifier in a query is checked against this, so it is the single source of truth
 * for "does this column exist" and "does it hold numbers or dates".
 */

export interface ColumnInfo {
  name: string;
  /** DuckDB type name as DESCRIBE reports it: 'BIGINT', 'DECIMAL(10,2)', 'TIMESTAMP WITH TIME ZONE'... */
  type: string;
}

export interface TableSchema {
  table: string;
  columns: ColumnInfo[];
}

const NUMERIC_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'INT',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
  'INT1',
  'INT2',
  'INT4',
  'INT8',
  'SHORT',
  'LONG',
  'SIGNED',
  'FLOAT',
  'FLOAT4',
  'FLOAT8',
  'REAL',
  'DOUBLE',
  'DECIMAL',
  'NUMERIC',
  'VARINT',
  'BIGNUM',
]);

const DATE_TYPES = new Set(['DATE']);

const TIMESTAMP_TYPES = new Set([
  'TIMESTAMP',
  'DATETIME',
  'TIMESTAMP_S',
  'TIMESTAMP_MS',
  'TIMESTAMP_NS',
  'TIMESTAMP_US',
  'TIMESTAMPTZ',
  'TIMESTAMP WITH TIME ZONE',
]);

const TIME_TYPES = new Set(['TIME', 'TIMETZ', 'TIME WITH TIME ZONE']);

const TEXT_TYPES = new Set(['VARCHAR', 'TEXT', 'STRING', 'CHAR', 'BPCHAR', 'NVARCHAR']);

const BOOLEAN_TYPES = new Set(['BOOLEAN', 'BOOL', 'LOGICAL']);

/** 'decimal(10, 2)' -> 'DECIMAL', 'varchar' -> 'VARCHAR': parameters do not change the family. */
export function baseType(type: string): string {
  return type
    .trim()
    .toUpperCase()
    .replace(/\s*\(.*$/, '');
}

export function isNumericType(type: string): boolean {
  return NUMERIC_TYPES.has(baseType(type));
}

// VARINT/BIGNUM are exact but have no sum in DuckDB 1.4: they are read as doubles, as before.
const INEXACT_NUMERIC_TYPES = new Set([
  'FLOAT',
  'FLOAT4',
  'FLOAT8',
  'REAL',
  'DOUBLE',
  'VARINT',
  'BIGNUM',
]);

/**
 * Integers and DECIMALs: numbers the engine sums without rounding (into HUGEINT or DECIMAL(38,s)),
 * unlike floats.
 */
export function isExactNumericType(type: string): boolean {
  return isNumericType(type) && !INEXACT_NUMERIC_TYPES.has(baseType(type));
}

/** Dates, timestamps and times of day. */
export function isTemporalType(type: string): boolean {
  const base = baseType(type);
  return DATE_TYPES.has(base) || TIMESTAMP_TYPES.has(base) || TIME_TYPES.has(base);
}

export function isDateType(type: string): boolean {
  return DATE_TYPES.has(baseType(type));
}

export function isTimestampType(type: string): boolean {
  return TIMESTAMP_TYPES.has(baseType(type));
}

export function isTextType(type: string): boolean {
  return TEXT_TYPES.has(baseType(type));
}

export function isBooleanType(type: string): boolean {
  return BOOLEAN_TYPES.has(baseType(type));
}
