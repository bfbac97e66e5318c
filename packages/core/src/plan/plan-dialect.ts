/**
 * The few places where a plan's SQL differs between engines, beside the expression dialects
 * (sql/expr): quoting, bound values, periods, the search count and the ranking helpers. The
 * renderer (duckdb-sql.ts) writes the same statement shape for every engine through one of these.
 * DuckDB's is here, with the page's bundle; ClickHouse's is clickhouse-sql.ts, for servers only.
 */

import { duckdbFilterSpelling, type FilterSpelling } from '../sql/filter.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { CompiledMeasure } from '../sql/measure/compile.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { TruncUnit } from './plan.ts';

export interface PlanDialect {
  readonly name: string;
  quote(name: string): string;
  /** Bound values go into `params`, in the order the placeholders' numbers or positions say. */
  filter(params: SqlValue[]): FilterSpelling;
  /** The compiled measure's SQL in this engine. */
  measure(compiled: CompiledMeasure, schema: TableSchema): string;
  /** A date or timestamp column cut to the start of its period, as a date. */
  period(unit: TruncUnit, quoted: string): string;
  /** How many rows meet `condition`, as a double. */
  countWhere(condition: string): string;
  /** Whether a number is NaN (NULL for NULL). */
  isNaN(quoted: string): string;
  /** A value's text, lower-cased, for case-folded order. */
  lowerText(quoted: string): string;
  /** The result rows' count beside each row (a page's total), as a 64-bit integer. */
  totalRows(): string;
}

/** The SQL unit of each period: a fixed map, so nothing typed on a page reaches the text. */
const DUCKDB_UNITS: Readonly<Record<TruncUnit, string>> = Object.freeze({
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
});

export const duckdbPlan: PlanDialect = {
  name: 'duckdb',
  quote: quoteIdentifier,
  filter: duckdbFilterSpelling,
  measure: (compiled) => compiled.sql,
  // DATE, not TIMESTAMP: a period is a calendar date, read back as a UTC wall-clock instant.
  period: (unit, quoted) => `CAST(date_trunc('${DUCKDB_UNITS[unit]}', ${quoted}) AS DATE)`,
  countWhere: (condition) => `(count(*) FILTER (WHERE ${condition}))::DOUBLE`,
  isNaN: (quoted) => `isnan(${quoted})`,
  lowerText: (quoted) => `lower(CAST(${quoted} AS VARCHAR))`,
  totalRows: () => 'count(*) OVER ()',
};

/** Whether `unit` is one of the fixed periods (a hand-made plan may send anything). */
export const isTruncUnit = (unit: unknown): unit is TruncUnit =>
  typeof unit === 'string' && Object.hasOwn(DUCKDB_UNITS, unit);
