/**
 * Checks one filter value against the column it is compared with and turns it into what DuckDB
 * should receive. Values come from clicks, URLs and attributes, so they arrive as numbers,
 * strings, Dates or (from Arrow results) BigInt and epoch milliseconds; each column family takes
 * the forms that make sense for it and refuses the rest with a BAD_FILTER that says why.
 *
 * Dates are bound as strings because duckdb-wasm serialises Date parameters through JSON; a DATE
 * column gets `YYYY-MM-DD` and a timestamp the full ISO text, both in UTC (Arrow reports dates as
 * UTC midnights, so UTC is what round-trips).
 */

import { SQL_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText } from '../errors/pantau-error.ts';
import type { SqlValue } from './params.ts';
import {
  isBooleanType,
  isDateType,
  isNumericType,
  isTemporalType,
  isTextType,
  type ColumnInfo,
} from './schema.ts';

export const MAX_FILTER_STRING = 1000;

/** ISO 8601 dates and date-times, the only text accepted for temporal columns. */
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

export function badFilter(
  column: string,
  problem: BilingualText,
  details: Record<string, unknown> = {},
): PantauError {
  return new PantauError({
    code: 'BAD_FILTER',
    text: sayBoth(SQL_ERRORS, 'filterColumnNotValid', column, problem),
    details: { column, ...details },
  });
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'Date';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A non-null value for `column`, ready to bind. */
export function filterValue(value: unknown, column: ColumnInfo): SqlValue {
  const { name, type } = column;
  if (value === null || value === undefined) {
    throw badFilter(name, sayBoth(SQL_ERRORS, 'valueMissingFindUnreported'));
  }
  if (typeof value === 'bigint') value = fromBigInt(value, name);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw badFilter(name, sayBoth(SQL_ERRORS, 'numbersFiniteNotNan'), { value });
  }
  if (typeof value === 'string' && value.length > MAX_FILTER_STRING) {
    throw badFilter(name, sayBoth(SQL_ERRORS, 'textLongerThanCharacters', MAX_FILTER_STRING), {
      length: value.length,
    });
  }
  if (value instanceof Date && Number.isNaN(value.getTime())) {
    throw badFilter(name, sayBoth(SQL_ERRORS, 'dateInvalid'));
  }

  if (isNumericType(type)) return numeric(value, name);
  if (isTemporalType(type)) return temporal(value, column);
  if (isBooleanType(type)) return boolean(value, name);
  if (isTextType(type)) return text(value, name);
  // Other types (UUID, ENUM...): DuckDB casts plain values itself.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  throw unsupported(name, value);
}

function unsupported(name: string, value: unknown): PantauError {
  return badFilter(name, sayBoth(SQL_ERRORS, 'valueTypeCannotUsed', describe(value)), {
    valueType: describe(value),
  });
}

function fromBigInt(value: bigint, name: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw badFilter(name, sayBoth(SQL_ERRORS, 'integerTooLarge'), { value: String(value) });
  }
  return number;
}

function numeric(value: unknown, name: string): number {
  if (typeof value === 'number') return value;
  // URL state and attributes are text; "12.5" is a number, "" and "12,5" are not.
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  throw badFilter(
    name,
    sayBoth(SQL_ERRORS, 'columnHoldsNumbersBut', JSON.stringify(String(value)).slice(0, 60)),
    { valueType: describe(value) },
  );
}

function temporal(value: unknown, column: ColumnInfo): string {
  // Arrow hands DATE and TIMESTAMP values to JS as epoch milliseconds, so a clicked mark sends one.
  if (typeof value === 'number') value = new Date(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw badFilter(column.name, sayBoth(SQL_ERRORS, 'dateInvalid'));
    const iso = value.toISOString();
    return isDateType(column.type) ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string' && ISO_DATE.test(value)) return value;
  throw badFilter(column.name, sayBoth(SQL_ERRORS, 'columnHoldsDatesTimes'), {
    valueType: describe(value),
  });
}

function boolean(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badFilter(name, sayBoth(SQL_ERRORS, 'columnHoldsTrueFalse'), {
    valueType: describe(value),
  });
}

function text(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  // A code such as 12 typed as a number still means the text "12".
  if (typeof value === 'number') return String(value);
  throw badFilter(name, sayBoth(SQL_ERRORS, 'columnHoldsTextUse'), { valueType: describe(value) });
}
