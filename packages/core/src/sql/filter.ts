/**
 * Filter clauses (published by interactions, read from the URL or from attributes) compiled into
 * the body of a WHERE clause. Columns are resolved and quoted; every value is a bound parameter
 * (`?` in DuckDB, `{p1:Type}` in ClickHouse).
 * Which clauses apply to which client (cross-filtering by `source`) is the coordinator's call:
 * this compiles every clause it is given.
 */

import { SQL_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { columnInfo, quoteIdentifier } from './identifiers.ts';
import type { SqlQuery, SqlValue } from './params.ts';
import { isTextType, isTimestampType, type ColumnInfo, type TableSchema } from './schema.ts';
import { badFilter, filterValue } from './filter-value.ts';

export const FILTER_PREDICATES = [
  'eq',
  'in',
  'between',
  'gte',
  'lte',
  'gt',
  'lt',
  'contains',
  'is_null',
  'not_null',
] as const;

export type FilterPredicate = (typeof FILTER_PREDICATES)[number];

export interface FilterClause {
  /** The client that published the clause; used by the coordinator, ignored here. */
  source?: string;
  column: string;
  predicate: FilterPredicate;
  value?: unknown;
}

export const MAX_IN_VALUES = 1000;

const COMPARISONS = { eq: '=', gte: '>=', lte: '<=', gt: '>', lt: '<' } as const;

/**
 * How one engine spells the two engine-specific parts of a filter: a bound value's placeholder
 * (DuckDB's `?`, ClickHouse's `{p1:Type}`) and a case-insensitive substring test.
 */
export interface FilterSpelling {
  /** A checked column name as an identifier. */
  quote(name: string): string;
  /** Records `value` (compared with `column`) as the next parameter; returns its placeholder. */
  bind(value: SqlValue, column: ColumnInfo): string;
  /** `quoted`'s text contains `pattern` (a LIKE pattern with `\` escapes), regardless of case. */
  contains(quoted: string, column: ColumnInfo, pattern: string): string;
}

/** DuckDB's spelling: `?` placeholders, values in text order into `params`. */
export function duckdbFilterSpelling(params: SqlValue[]): FilterSpelling {
  return {
    quote: quoteIdentifier,
    bind: (value) => {
      params.push(value);
      return '?';
    },
    contains: (quoted, column, pattern) => {
      // Numbers and dates are searched in their text form.
      const target = isTextType(column.type) ? quoted : `CAST(${quoted} AS VARCHAR)`;
      return `${target} ILIKE ${pattern} ESCAPE '\\'`;
    },
  };
}

/** `{ sql: '', params: [] }` when there is nothing to filter, so callers can skip WHERE. */
export function compileFilter(clauses: readonly FilterClause[], schema: TableSchema): SqlQuery {
  const params: SqlValue[] = [];
  const sql = compileFilterWith(clauses, schema, duckdbFilterSpelling(params));
  return { sql, params };
}

/** The WHERE body in one engine's spelling ('' when there is nothing to filter). */
export function compileFilterWith(
  clauses: readonly FilterClause[],
  schema: TableSchema,
  spelling: FilterSpelling,
): string {
  return clauses.map((clause) => compileClause(clause, schema, spelling)).join(' AND ');
}

function compileClause(clause: FilterClause, schema: TableSchema, spell: FilterSpelling): string {
  if (typeof clause !== 'object' || clause === null || typeof clause.column !== 'string') {
    throw new PantauError({
      code: 'BAD_FILTER',
      text: sayBoth(SQL_ERRORS, 'filterObjectColumnPredicate'),
      details: { clause },
    });
  }
  const column = columnInfo(schema, clause.column);
  const quoted = spell.quote(column.name);
  const { predicate, value } = clause;

  const bind = (v: SqlValue) => spell.bind(v, column);

  switch (predicate) {
    case 'eq':
    case 'lte':
      if (isWholeDay(value, column)) {
        // A day on a TIMESTAMP column is the whole day: "= 2024-03-31" would match only midnight.
        const next = dayAfter(value);
        return predicate === 'eq'
          ? `${quoted} >= ${bind(value)} AND ${quoted} < ${bind(next)}`
          : `${quoted} < ${bind(next)}`;
      }
      return `${quoted} ${COMPARISONS[predicate]} ${bind(filterValue(value, column))}`;
    case 'gte':
    case 'gt':
    case 'lt':
      return `${quoted} ${COMPARISONS[predicate]} ${bind(filterValue(value, column))}`;
    case 'in':
      return `${quoted} IN (${inValues(value, column).map(bind).join(', ')})`;
    case 'between':
      return compileBetween(quoted, value, column, bind);
    case 'contains':
      return spell.contains(quoted, column, spell.bind(containsPattern(value, column), TEXT));
    case 'is_null':
      return `${quoted} IS NULL`;
    case 'not_null':
      return `${quoted} IS NOT NULL`;
    default:
      throw badFilter(
        column.name,
        sayBoth(
          SQL_ERRORS,
          'unknownPredicateAvailable',
          String(predicate),
          FILTER_PREDICATES.join(', '),
        ),
        { predicate },
      );
  }
}

/** The LIKE pattern is text whatever the column holds (numbers are searched as text). */
const TEXT: ColumnInfo = { name: 'pattern', type: 'VARCHAR' };

/**
 * An empty list is refused rather than compiled to FALSE: "nothing selected" means "show
 * everything" in one UI and "show nothing" in another, and only the interactor knows which.
 */
function inValues(value: unknown, column: ColumnInfo): SqlValue[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badFilter(column.name, sayBoth(SQL_ERRORS, 'predicateNeedsListLeast'));
  }
  if (value.length > MAX_IN_VALUES) {
    throw badFilter(column.name, sayBoth(SQL_ERRORS, 'listHoldsMostValues', MAX_IN_VALUES), {
      length: value.length,
    });
  }
  return value.map((item) => filterValue(item, column));
}

function compileBetween(
  quoted: string,
  value: unknown,
  column: ColumnInfo,
  bind: (value: SqlValue) => string,
): string {
  if (!Array.isArray(value) || value.length !== 2) {
    throw badFilter(column.name, sayBoth(SQL_ERRORS, 'betweenPredicateNeedsLow'));
  }
  const low = filterValue(value[0], column);
  const high = filterValue(value[1], column);
  // A reversed range would silently match nothing. Only numbers are checked: text order in JS
  // (UTF-16) and in DuckDB (bytes, collations) can differ.
  if (typeof low === 'number' && typeof high === 'number' && low > high) {
    throw badFilter(column.name, sayBoth(SQL_ERRORS, 'lowBoundBetweenGreater'), { low, high });
  }
  // Up to a day on a TIMESTAMP column is up to the end of that day (a page's "2024-03-31").
  if (isWholeDay(value[1], column)) {
    return `${quoted} >= ${bind(low)} AND ${quoted} < ${bind(dayAfter(value[1]))}`;
  }
  return `${quoted} BETWEEN ${bind(low)} AND ${bind(high)}`;
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date written without a time ('2024-03-31') compared with a TIMESTAMP column. */
function isWholeDay(value: unknown, column: ColumnInfo): value is string {
  if (typeof value !== 'string' || !DAY_ONLY.test(value) || !isTimestampType(column.type)) {
    return false;
  }
  // A day that does not exist (2024-02-30) is left to the usual check and DuckDB's error.
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(value);
}

/** '2024-03-31' -> '2024-04-01' (calendar arithmetic in UTC, no time zone involved). */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Case-insensitive substring; the user's `%`, `_` and `\` are literal characters. */
function containsPattern(value: unknown, column: ColumnInfo): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw badFilter(column.name, sayBoth(SQL_ERRORS, 'containsPredicateNeedsText'));
  }
  const needle = String(value);
  const checked = filterValue(needle, { name: column.name, type: 'VARCHAR' }) as string;
  return `%${checked.replace(/[\\%_]/g, '\\$&')}%`;
}
