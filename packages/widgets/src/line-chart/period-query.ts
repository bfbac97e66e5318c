/**
 * A grouped query whose time column may be truncated to a period (`date_trunc`), which core's
 * `groupQuery` cannot express: it groups by plain columns only. Without truncation this hands the
 * spec to `groupQuery` unchanged. With it, the SQL is built from the same checked parts:
 * columns resolved against the schema and quoted, the period unit taken from a fixed list (never
 * attribute text), measures compiled by core and required to aggregate, filter values bound.
 */

import {
  PantauError,
  checkSourceName,
  compileFilter,
  compileMeasure,
  groupQuery,
  isTemporalType,
  quoteIdentifier,
  resolveColumn,
  type AggregatePlan,
  type FilterClause,
  type PlanGroup,
  type TruncUnit,
  type QueryRequest,
  type TableSchema,
} from '@pantau/core';
import { TIME_INTERVALS, type TimeInterval } from '@pantau/charts';

/** The SQL unit per interval; a fixed map so nothing typed on a page reaches the SQL text. */
const DATE_TRUNC_UNIT: Readonly<Record<TimeInterval, TruncUnit>> = Object.freeze({
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
});

/** Output names become result columns; same bounds as groupQuery's. */
const MAX_ALIAS_LENGTH = 255;

/** Rows a chart may receive; more is a sign the query should aggregate (set an interval). */
export const MAX_PERIOD_ROWS = 100_000;

export interface PeriodGroup {
  /** A column of the table (any spelling DuckDB accepts; resolved against the schema). */
  column: string;
  /** Truncate this (date or timestamp) column to the start of its period. */
  interval?: TimeInterval | null;
}

export interface PeriodQuerySpec {
  table: TableSchema;
  /** Group columns in output order; the result is ordered by them, in this order. */
  groups: readonly PeriodGroup[];
  /** Output name -> measure expression (the measure grammar); each must aggregate. */
  measures: Readonly<Record<string, string>>;
  filter?: readonly FilterClause[];
  limit?: number;
}

function badAttribute(id: string, en: string, details: Record<string, unknown>): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}

/** The `interval` attribute: '' (none) or one of day/week/month/year, else a clear error. */
export function parseInterval(value: string): TimeInterval | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if ((TIME_INTERVALS as readonly string[]).includes(v)) return v as TimeInterval;
  const list = TIME_INTERVALS.map((i) => `"${i}"`).join(', ');
  throw badAttribute(
    `Atribut interval="${value.slice(0, 40)}" tidak dikenal: gunakan salah satu dari ${list}.`,
    `Attribute interval="${value.slice(0, 40)}" is not known: use one of ${list}.`,
    { attribute: 'interval', value, allowed: TIME_INTERVALS },
  );
}

/** One row per group (and period), measures aggregated, ordered by the groups; see the header. */
export function periodGroupQuery(spec: PeriodQuerySpec): QueryRequest {
  const { table } = spec;
  const filter = [...(spec.filter ?? [])];
  const resolved = spec.groups.map((g) => ({
    name: resolveColumn(table, g.column),
    interval: g.interval ?? null,
  }));
  const limit = spec.limit ?? MAX_PERIOD_ROWS;
  if (resolved.every((g) => g.interval === null)) {
    const names = resolved.map((g) => g.name);
    return groupQuery({
      table,
      groupBy: names,
      measures: { ...spec.measures },
      filter,
      orderBy: names.map((key) => ({ key })),
      limit,
    });
  }

  const select: string[] = [];
  const planGroups: PlanGroup[] = [];
  const planMeasures: AggregatePlan['measures'] = [];
  for (const group of resolved) {
    const quoted = quoteIdentifier(group.name);
    if (group.interval === null) {
      select.push(quoted);
      planGroups.push({ alias: group.name, sql: quoted, column: group.name, interval: null });
      continue;
    }
    const type = table.columns.find((c) => c.name === group.name)?.type ?? '';
    if (!isTemporalType(type)) {
      throw badAttribute(
        `Kolom "${group.name}" bertipe ${type}, bukan tanggal: interval hanya untuk kolom tanggal atau waktu.`,
        `Column "${group.name}" is ${type}, not a date: interval only applies to date or time columns.`,
        { column: group.name, type, attribute: 'interval' },
      );
    }
    // DATE, not TIMESTAMP: a period is a calendar date, read back as a UTC wall-clock instant.
    const unit = DATE_TRUNC_UNIT[group.interval];
    const truncated = `CAST(date_trunc('${unit}', ${quoted}) AS DATE)`;
    select.push(`${truncated} AS ${quoted}`);
    planGroups.push({ alias: group.name, sql: truncated, column: group.name, interval: unit });
  }
  const outputs = resolved.map((g) => g.name);
  for (const [alias, expression] of Object.entries(spec.measures)) {
    checkAlias(alias);
    const measure = compileMeasure(expression, table);
    if (!measure.isAggregate && measure.columns.length > 0) {
      throw badAttribute(
        `Ukuran "${expression}" membaca nilai per baris, padahal data dikelompokkan per periode. Bungkus dengan agregat, mis. sum(...) atau avg(...).`,
        `Measure "${expression}" reads row values, but the data is grouped by period. Wrap it in an aggregate, e.g. sum(...) or avg(...).`,
        { alias, expression },
      );
    }
    select.push(`${measure.sql} AS ${quoteIdentifier(alias)}`);
    if (measure.isAggregate) planMeasures.push({ alias, sql: measure.sql, expr: measure.expr });
    outputs.push(alias);
  }
  checkUnique(outputs);
  const where = compileFilter(filter, table);
  const positions = resolved.map((_, i) => i + 1);
  let sql = `SELECT ${select.join(', ')} FROM ${quoteIdentifier(checkSourceName(table.table))}`;
  if (where.sql !== '') sql += ` WHERE ${where.sql}`;
  sql += ` GROUP BY ${positions.join(', ')}`;
  const tail =
    ` ORDER BY ${positions.map((p) => `${p} ASC NULLS LAST`).join(', ')}` +
    ` LIMIT ${checkLimit(limit)}`;
  const plan: AggregatePlan = {
    table,
    groups: planGroups,
    measures: planMeasures,
    filter,
    tail,
    before: '',
    after: '',
  };
  // A measure without columns (a constant) does not aggregate: no plan, the base table answers.
  return planMeasures.length > 0 && planMeasures.length === Object.keys(spec.measures).length
    ? { sql: sql + tail, params: where.params, plan }
    : { sql: sql + tail, params: where.params };
}

function checkAlias(alias: string): void {
  if (alias.length > 0 && alias.length <= MAX_ALIAS_LENGTH && !alias.includes('\0')) return;
  throw new PantauError({
    code: 'BAD_NAME',
    text: {
      id: `Nama ukuran "${alias.slice(0, 80)}" tidak valid: harus 1 sampai ${MAX_ALIAS_LENGTH} karakter tanpa NUL.`,
      en: `Measure name "${alias.slice(0, 80)}" is not valid: it must be 1 to ${MAX_ALIAS_LENGTH} characters without NUL.`,
    },
    details: { alias },
  });
}

/** DuckDB folds case, so `Month` and `month` would clash as output columns. */
function checkUnique(outputs: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of outputs) {
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw badAttribute(
        `Kolom "${name}" dipakai dua kali (mis. x dan series sama); pilih kolom yang berbeda.`,
        `Column "${name}" is used twice (e.g. x and series are the same); choose different columns.`,
        { name },
      );
    }
    seen.add(key);
  }
}

/** Inlined into SQL, so a plain whole number, checked here. */
function checkLimit(limit: number): number {
  if (Number.isInteger(limit) && limit >= 1 && limit <= MAX_PERIOD_ROWS) return limit;
  throw badAttribute(
    `Batas baris harus bilangan bulat 1 sampai ${MAX_PERIOD_ROWS}, bukan ${String(limit)}.`,
    `The row limit must be a whole number from 1 to ${MAX_PERIOD_ROWS}, not ${String(limit)}.`,
    { limit },
  );
}
