/**
 * Plans in ClickHouse's SQL, for a server whose engine is ClickHouse: `renderPlan(plan, schema,
 * metrics, clickhousePlan)`. Values are bound as ClickHouse query parameters, `{p1:Type}`, whose
 * values are `params[0]`, `params[1]`... (sent as `param_p1=...`), never written into the text.
 * The schema's types are DuckDB's names (a server maps ClickHouse's columns to them), so the
 * measure grammar checks a plan the same way on every engine. Where ClickHouse differs:
 * - an alias may shadow a column of the same name (`sum(x) AS x` inside `avg(x)`): statements
 *   must run with CLICKHOUSE_PLAN_SETTINGS, where names mean columns, as in DuckDB;
 * - Date travels in Arrow as a 16-bit integer, Date32 as Arrow's date: periods are Date32;
 * - `count(*) OVER ()` is UInt64: cast to Int64, DuckDB's BIGINT.
 * Expression-level differences are in sql/expr/clickhouse.ts.
 */

import { clickhouseExpressions, clickhouseIdentifier } from '../sql/expr/clickhouse.ts';
import { renderExpr } from '../sql/expr/render.ts';
import type { FilterSpelling } from '../sql/filter.ts';
import type { SqlValue } from '../sql/params.ts';
import {
  baseType,
  isBooleanType,
  isDateType,
  isExactNumericType,
  isNumericType,
  isTimestampType,
  type ColumnInfo,
} from '../sql/schema.ts';
import type { TruncUnit } from './plan.ts';
import type { PlanDialect } from './plan-dialect.ts';

/** Settings every plan's statement needs on ClickHouse (sent with it over HTTP). */
export const CLICKHOUSE_PLAN_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  // A name in an expression is the table's column even where an output alias is spelled alike.
  prefer_column_name_to_alias: '1',
  // GROUP BY 2 / ORDER BY 1 mean output positions, as in DuckDB.
  enable_positional_arguments: '1',
});

const PERIODS: Readonly<Record<TruncUnit, (quoted: string) => string>> = Object.freeze({
  day: (q: string) => `toDate32(${q})`,
  // DuckDB's weeks start on Monday (ISO), as toMonday's do.
  week: (q: string) => `toDate32(toMonday(${q}))`,
  month: (q: string) => `toDate32(toStartOfMonth(${q}))`,
  year: (q: string) => `toDate32(toStartOfYear(${q}))`,
});

const INTEGER_BASES = new Set(['DECIMAL', 'NUMERIC']);

/** Whether the schema's type (DuckDB's name) is an integer type. */
export function isIntegerType(type: string): boolean {
  return isExactNumericType(type) && !INTEGER_BASES.has(baseType(type));
}

/**
 * The placeholder of a value compared with `column`. Timestamps are parsed from their ISO text
 * (with `T`, fractions and offsets, as the page sends them), in UTC as the page reads them.
 */
function placeholder(name: string, value: SqlValue, column: ColumnInfo): string {
  const { type } = column;
  if (isNumericType(type)) {
    const whole = typeof value === 'number' && Number.isSafeInteger(value);
    return `{${name}:${whole ? 'Int64' : 'Float64'}}`;
  }
  if (isDateType(type)) return `{${name}:Date32}`;
  if (isTimestampType(type)) return `parseDateTime64BestEffort({${name}:String}, 6, 'UTC')`;
  if (isBooleanType(type)) return `{${name}:Bool}`;
  return `{${name}:String}`;
}

function clickhouseFilter(params: SqlValue[]): FilterSpelling {
  return {
    quote: clickhouseIdentifier,
    bind: (value, column) => {
      params.push(value);
      return placeholder(`p${params.length}`, value, column);
    },
    // ClickHouse's LIKE escapes with a backslash by default, as the pattern is written.
    contains: (quoted, _column, pattern) => `toString(${quoted}) ILIKE ${pattern}`,
  };
}

export const clickhousePlan: PlanDialect = {
  name: 'clickhouse',
  quote: clickhouseIdentifier,
  filter: clickhouseFilter,
  measure: (compiled, schema) => {
    const integers = new Set(
      schema.columns.filter((c) => isIntegerType(c.type)).map((c) => c.name),
    );
    return renderExpr(
      compiled.expr,
      clickhouseExpressions((column) => integers.has(column)),
    );
  },
  period: (unit, quoted) => PERIODS[unit](quoted),
  countWhere: (condition) => `toFloat64(countIf(${condition}))`,
  isNaN: (quoted) => `isNaN(${quoted})`,
  lowerText: (quoted) => `lowerUTF8(toString(${quoted}))`,
  totalRows: () => 'toInt64(count() OVER ())',
};
