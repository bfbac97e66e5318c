/**
 * A filter clause on a cube's selection column, tested in the page: the same rows as
 * sql/filter.ts's SQL selects (a whole day on a timestamp, inclusive BETWEEN, NULL never
 * matching a comparison), for the column families whose comparison the page can repeat exactly:
 * text (by code point, as DuckDB compares UTF-8 bytes), numbers, booleans, dates and timestamps
 * (to the microsecond). `contains` (ILIKE's case folding) and anything else go to DuckDB.
 */

import { Type } from '@uwdata/flechette';
import type { FilterClause } from '../../sql/filter.ts';
import { filterValue } from '../../sql/filter-value.ts';
import {
  isBooleanType,
  isDateType,
  isNumericType,
  isTextType,
  isTimestampType,
  type ColumnInfo,
} from '../../sql/schema.ts';
import type { Dictionary } from './cube-columns.ts';
import { compareValues, toDouble, unanswerable } from './numbers.ts';

type Family = 'text' | 'number' | 'bool' | 'date' | 'timestamp';

function familyOf(type: string): Family | null {
  if (isTextType(type)) return 'text';
  if (isBooleanType(type)) return 'bool';
  if (isDateType(type)) return 'date';
  if (/^TIMESTAMP(_MS|_S)?$/i.test(type.trim())) return 'timestamp';
  if (isTimestampType(type)) return null;
  return isNumericType(type) ? 'number' : null;
}

/** For each distinct value of the column, whether the clause keeps its rows (1) or not (0). */
export function passTable(clause: FilterClause, column: ColumnInfo, dict: Dictionary): Uint8Array {
  const family = familyOf(column.type) ?? unanswerable(`filter on ${column.type}`);
  const keep = predicate(clause, column, family);
  const pass = new Uint8Array(dict.values.length);
  const scale = dict.type.typeId === Type.Decimal ? dict.type.scale : 0;
  dict.values.forEach((raw, code) => {
    const value = raw === null ? null : asComparable(raw, family, scale);
    pass[code] = keep(value) ? 1 : 0;
  });
  return pass;
}

/** A cube value in the form bound values are compared with (see `bound`). */
function asComparable(raw: unknown, family: Family, scale: number): unknown {
  if (family === 'number') {
    // DuckDB compares an exact column with a double value as doubles.
    if (typeof raw !== 'bigint') return raw;
    return toDouble(
      raw,
      scale === 0 ? { k: 'int', bits: 128 } : { k: 'dec', precision: 38, scale },
    );
  }
  if (family === 'date') return (raw as Date).getTime();
  if (family === 'timestamp') return BigInt(raw as bigint | number);
  return raw;
}

function predicate(
  clause: FilterClause,
  column: ColumnInfo,
  family: Family,
): (value: unknown) => boolean {
  const { predicate: kind, value } = clause;
  const at = (v: unknown) => bound(filterValue(v, column), family);
  const cmp = (x: unknown, y: unknown) => compareValues(x, y);
  const wholeDay = (v: unknown) =>
    family === 'timestamp' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  switch (kind) {
    case 'is_null':
      return (v) => v === null;
    case 'not_null':
      return (v) => v !== null;
    case 'eq':
    case 'lte':
      if (wholeDay(value)) {
        const start = at(value);
        const next = start + 86_400_000_000n;
        return kind === 'eq'
          ? (v) => v !== null && (v as bigint) >= start && (v as bigint) < next
          : (v) => v !== null && (v as bigint) < next;
      }
      return compareWith(kind, at(value), cmp);
    case 'gte':
    case 'gt':
    case 'lt':
      return compareWith(kind, at(value), cmp);
    case 'in': {
      if (!Array.isArray(value) || value.length === 0) return unanswerable('in without values');
      const wanted = value.map(at);
      return (v) => v !== null && wanted.some((w) => cmp(v, w) === 0);
    }
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return unanswerable('between');
      const low = at(value[0]);
      if (wholeDay(value[1])) {
        const next = at(value[1]) + 86_400_000_000n;
        return (v) => v !== null && cmp(v, low) >= 0 && (v as bigint) < next;
      }
      const high = at(value[1]);
      return (v) => v !== null && cmp(v, low) >= 0 && cmp(v, high) <= 0;
    }
    default:
      return unanswerable(`predicate ${String(kind)}`);
  }
}

function compareWith(
  kind: 'eq' | 'lte' | 'gte' | 'gt' | 'lt',
  target: unknown,
  cmp: (x: unknown, y: unknown) => number,
): (value: unknown) => boolean {
  const test = {
    eq: (c: number) => c === 0,
    lte: (c: number) => c <= 0,
    gte: (c: number) => c >= 0,
    gt: (c: number) => c > 0,
    lt: (c: number) => c < 0,
  }[kind];
  return (v) => v !== null && test(cmp(v, target));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?Z?$/;

/**
 * A bound value (filterValue's) as the cube's comparable form; text DuckDB would read with a
 * time zone offset, or to the nanosecond, is left to DuckDB.
 */
function bound(value: unknown, family: Family): bigint & number {
  if (family === 'date' || family === 'timestamp') {
    const text = value as string;
    const day = DAY.exec(text);
    const instant = day ?? INSTANT.exec(text) ?? unanswerable(`time ${text}`);
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = ''] = instant;
    if (family === 'date' && day === null) unanswerable('a time on a DATE column');
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    // An impossible date (2024-02-30) is DuckDB's error to give, not a rolled-over day.
    if (!new Date(ms).toISOString().startsWith(`${y}-${mo}-${d}`)) unanswerable('no such date');
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) unanswerable('no such time');
    if (family === 'date') return ms as never;
    return (BigInt(ms) * 1000n + BigInt(fraction.padEnd(6, '0'))) as never;
  }
  return value as never;
}
