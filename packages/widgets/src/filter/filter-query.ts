/**
 * What a `<pantau-filter>` asks of its table, as pure functions: the distinct values a menu
 * offers (with counts), the low and high ends a range offers, or how many rows a search matches.
 * Each is asked under the OTHER filters of the dashboard, so a menu offers what is still there
 * (Mosaic's linked menus). Columns go through core's resolveColumn/quoteIdentifier, the table
 * name through checkSourceName, and every value is a bound parameter (compileFilter).
 */

import {
  PantauError,
  checkSourceName,
  compileFilter,
  isDateType,
  isNumericType,
  isTextType,
  isTimestampType,
  quoteIdentifier,
  resolveColumn,
  type ColumnInfo,
  type FilterClause,
  type QueryRequest,
  type SqlValue,
  type TableSchema,
} from '@pantau/core';

export const FILTER_TYPES = ['select', 'multi-select', 'range', 'date-range', 'search'] as const;

export type FilterType = (typeof FILTER_TYPES)[number];

/** Most values a menu lists; past it, a note says so and typing searches the whole column. */
export const MAX_OPTIONS = 500;

export interface FilterQuerySpec {
  type: string;
  column: string;
  /** Menus: the text typed into the menu's search, sent when the column has too many values. */
  search?: string;
  /** Search: the term in force, whose matches are counted. */
  term?: string;
  limit?: number;
}

/** The filter's type, or a bilingual error naming the ones there are. */
export function filterType(type: string): FilterType {
  const given = type.trim().toLowerCase() || 'select';
  if ((FILTER_TYPES as readonly string[]).includes(given)) return given as FilterType;
  const list = FILTER_TYPES.join(', ');
  throw new PantauError({
    code: 'BAD_EXPRESSION',
    text: {
      id: `Jenis filter "${type.slice(0, 40)}" tidak dikenal. Gunakan salah satu: ${list}.`,
      en: `Unknown filter type "${type.slice(0, 40)}". Use one of: ${list}.`,
    },
    details: { type, available: [...FILTER_TYPES] },
  });
}

/** The column the filter reads, checked against the table and against what the type needs. */
export function filterColumn(table: TableSchema, column: string, type: FilterType): ColumnInfo {
  if (column.trim() === '') {
    throw new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: {
        id: `Filter ini belum punya kolom: beri atribut column="nama-kolom" dari tabel ${table.table}.`,
        en: `This filter has no column yet: set column="column-name" from table ${table.table}.`,
      },
      details: { table: table.table },
    });
  }
  const name = resolveColumn(table, column.trim());
  const info = table.columns.find((c) => c.name === name)!;
  if (type === 'range' && !isNumericType(info.type)) {
    throw wrongType(info, {
      id: 'type="range" memerlukan kolom angka. Untuk tanggal gunakan type="date-range"; untuk teks, select atau multi-select.',
      en: 'type="range" needs a numeric column. For dates use type="date-range"; for text, select or multi-select.',
    });
  }
  if (type === 'date-range' && !isDateType(info.type) && !isTimestampType(info.type)) {
    throw wrongType(info, {
      id: 'type="date-range" memerlukan kolom tanggal (DATE atau TIMESTAMP).',
      en: 'type="date-range" needs a date column (DATE or TIMESTAMP).',
    });
  }
  return info;
}

/** The query for the filter's type over `table`, under the other filters `filter`. */
export function filterQuery(
  spec: FilterQuerySpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryRequest {
  const type = filterType(spec.type);
  const column = filterColumn(table, spec.column, type);
  switch (type) {
    case 'select':
    case 'multi-select':
      return optionsQuery(table, column, filter, spec.search ?? '', spec.limit ?? MAX_OPTIONS);
    case 'range':
    case 'date-range':
      return extentQuery(table, column, filter);
    case 'search':
      return matchQuery(table, column, filter, spec.term ?? '');
  }
}

/**
 * Distinct non-null values with their row counts, in value order (text without regard to case),
 * at most `limit` of them; `total` is how many distinct values there are before the limit, so the
 * menu can say what it leaves out. NULL is not offered: `in` cannot choose it.
 */
export function optionsQuery(
  table: TableSchema,
  column: ColumnInfo,
  filter: readonly FilterClause[],
  search: string,
  limit: number,
): QueryRequest {
  const quoted = quoteIdentifier(column.name);
  const conditions = [`${quoted} IS NOT NULL`];
  const params: SqlValue[] = [];
  const others = compileFilter(filter, table);
  if (others.sql !== '') {
    conditions.push(`(${others.sql})`);
    params.push(...others.params);
  }
  if (search.trim() !== '') {
    // The same escaped, case-insensitive ILIKE a published `contains` compiles to.
    const typed = compileFilter(
      [{ column: column.name, predicate: 'contains', value: search.trim() }],
      table,
    );
    conditions.push(typed.sql);
    params.push(...typed.params);
  }
  const order = isTextType(column.type) ? `lower(${quoted}), ${quoted}` : quoted;
  const sql =
    `SELECT ${quoted} AS "value", count(*)::DOUBLE AS "count", ` +
    `(count(*) OVER ())::DOUBLE AS "total" FROM ${from(table)} ` +
    `WHERE ${conditions.join(' AND ')} GROUP BY ${quoted} ORDER BY ${order} ` +
    `LIMIT ${checkLimit(limit)}`;
  return { sql, params };
}

/** The lowest and highest value, and how many rows have one. */
export function extentQuery(
  table: TableSchema,
  column: ColumnInfo,
  filter: readonly FilterClause[],
): QueryRequest {
  const quoted = quoteIdentifier(column.name);
  const where = compileFilter(filter, table);
  let sql =
    `SELECT min(${quoted}) AS "low", max(${quoted}) AS "high", ` +
    `count(${quoted})::DOUBLE AS "count" FROM ${from(table)}`;
  if (where.sql !== '') sql += ` WHERE ${where.sql}`;
  return { sql, params: where.params };
}

/** Rows under the other filters, and of those, how many contain `term` (when there is one). */
export function matchQuery(
  table: TableSchema,
  column: ColumnInfo,
  filter: readonly FilterClause[],
  term: string,
): QueryRequest {
  const where = compileFilter(filter, table);
  const measures = ['count(*)::DOUBLE AS "total"'];
  const params: SqlValue[] = [];
  if (term.trim() !== '') {
    const match = compileFilter(
      [{ column: column.name, predicate: 'contains', value: term.trim() }],
      table,
    );
    measures.push(`(count(*) FILTER (WHERE ${match.sql}))::DOUBLE AS "matches"`);
    params.push(...match.params);
  }
  let sql = `SELECT ${measures.join(', ')} FROM ${from(table)}`;
  if (where.sql !== '') sql += ` WHERE ${where.sql}`;
  // The FILTER's parameter comes first in the text, so first in the list.
  return { sql, params: [...params, ...where.params] };
}

function from(table: TableSchema): string {
  return quoteIdentifier(checkSourceName(table.table));
}

/** Inlined into SQL, so checked to be a plain positive integer. */
function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text: {
        id: `Batas pilihan harus bilangan bulat 1 sampai 10.000, bukan ${String(limit)}.`,
        en: `The option limit must be a whole number from 1 to 10,000, not ${String(limit)}.`,
      },
      details: { limit },
    });
  }
  return limit;
}

function wrongType(column: ColumnInfo, need: { id: string; en: string }): PantauError {
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: {
      id: `Kolom "${column.name}" bertipe ${column.type}. ${need.id}`,
      en: `Column "${column.name}" is of type ${column.type}. ${need.en}`,
    },
    details: { column: column.name, type: column.type },
  });
}
