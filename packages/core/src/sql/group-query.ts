/**
 * The pure query builder behind charts: group columns, measures in the measure grammar, a filter,
 * an order and a page. It is the seed of `chartQuery`; everything a chart asks of the database
 * passes through here, so every identifier is resolved and quoted and every value bound.
 */

import { PantauError } from '../errors/pantau-error.ts';
import { checkSourceName, quoteIdentifier, resolveColumn } from './identifiers.ts';
import { compileFilter, type FilterClause } from './filter.ts';
import { compileMeasure, type CompiledMeasure } from './measure/compile.ts';
import { defaultMetrics, type MetricRegistry } from './metrics.ts';
import type { AggregatePlan, PlannedQuery } from './aggregate-plan.ts';
import type { TableSchema } from './schema.ts';
import { listNames } from './suggest.ts';

export const MAX_LIMIT = 100_000;

/** Output names are identifiers in the result; keep them readable and bounded. */
const MAX_ALIAS_LENGTH = 255;

export interface OrderBy {
  /** A group column or a measure alias. */
  key: string;
  desc?: boolean;
}

export interface GroupQuerySpec {
  table: TableSchema;
  groupBy?: string[];
  /** Output alias -> measure expression, e.g. `{ total: 'sum(nilai)' }`. */
  measures: Record<string, string>;
  filter?: FilterClause[];
  orderBy?: OrderBy[];
  limit?: number;
  offset?: number;
}

function badQuery(id: string, en: string, details: Record<string, unknown> = {}): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}

/**
 * Three shapes, chosen by the measures:
 * - with `groupBy`: one row per group; every measure must aggregate;
 * - without `groupBy`, aggregate measures: one row for the whole (filtered) table;
 * - without `groupBy`, no aggregates: a plain projection, one row per table row (use `limit`).
 */
export function groupQuery(
  spec: GroupQuerySpec,
  metrics: MetricRegistry = defaultMetrics,
): PlannedQuery {
  const { table } = spec;
  const from = quoteIdentifier(checkSourceName(table.table));
  const groups = (spec.groupBy ?? []).map((name) => resolveColumn(table, name));
  const measures = Object.entries(spec.measures ?? {}).map(([alias, expression]) => ({
    alias: checkAlias(alias),
    compiled: compileMeasure(expression, table, metrics),
    expression,
  }));
  if (groups.length === 0 && measures.length === 0) {
    throw badQuery(
      'Kueri tidak memilih apa pun: beri minimal satu kolom pengelompokan atau satu ukuran.',
      'The query selects nothing: give at least one group column or one measure.',
    );
  }
  checkShape(groups, measures);
  const outputs = [...groups, ...measures.map((m) => m.alias)];
  checkUnique(outputs);

  const select = [
    ...groups.map(quoteIdentifier),
    ...measures.map((m) => `${m.compiled.sql} AS ${quoteIdentifier(m.alias)}`),
  ];
  const where = compileFilter(spec.filter ?? [], table);
  let sql = `SELECT ${select.join(', ')} FROM ${from}`;
  if (where.sql !== '') sql += ` WHERE ${where.sql}`;
  if (groups.length > 0) sql += ` GROUP BY ${groups.map(quoteIdentifier).join(', ')}`;
  const order = (spec.orderBy ?? []).map((o) => orderTerm(o, table, groups, outputs));
  let tail = '';
  if (order.length > 0) tail += ` ORDER BY ${order.join(', ')}`;
  if (spec.limit !== undefined) tail += ` LIMIT ${checkCount(spec.limit, 'limit', MAX_LIMIT)}`;
  if (spec.offset !== undefined) {
    tail += ` OFFSET ${checkCount(spec.offset, 'offset', Number.MAX_SAFE_INTEGER)}`;
  }
  const query: PlannedQuery = { sql: sql + tail, params: where.params };
  // Only aggregates can be pre-aggregated; a plain projection reads rows.
  if (measures.length > 0 && measures.every((m) => m.compiled.isAggregate)) {
    const plan: AggregatePlan = {
      table,
      groups: groups.map((g) => ({ alias: g, sql: quoteIdentifier(g), column: g, interval: null })),
      measures: measures.map((m) => ({
        alias: m.alias,
        sql: m.compiled.sql,
        expr: m.compiled.expr,
      })),
      filter: [...(spec.filter ?? [])],
      tail,
      before: '',
      after: '',
    };
    query.plan = plan;
  }
  return query;
}

function checkAlias(alias: string): string {
  if (alias.length === 0 || alias.length > MAX_ALIAS_LENGTH || alias.includes('\0')) {
    throw new PantauError({
      code: 'BAD_NAME',
      text: {
        id: `Nama ukuran "${alias.slice(0, 80)}" tidak valid: harus 1 sampai ${MAX_ALIAS_LENGTH} karakter tanpa NUL.`,
        en: `Measure name "${alias.slice(0, 80)}" is not valid: it must be 1 to ${MAX_ALIAS_LENGTH} characters without NUL.`,
      },
      details: { alias },
    });
  }
  return alias;
}

/** Raw row values cannot sit next to groups or aggregates: DuckDB would refuse the query. */
function checkShape(
  groups: string[],
  measures: { alias: string; compiled: CompiledMeasure; expression: string }[],
): void {
  const aggregating = groups.length > 0 || measures.some((m) => m.compiled.isAggregate);
  if (!aggregating) return;
  const raw = measures.find((m) => !m.compiled.isAggregate && m.compiled.columns.length > 0);
  if (raw === undefined) return;
  const reason =
    groups.length > 0
      ? { id: 'data dikelompokkan', en: 'the data is grouped' }
      : { id: 'ukuran lain berupa agregat', en: 'other measures are aggregates' };
  throw badQuery(
    `Ukuran "${raw.alias}" (${raw.expression}) membaca nilai per baris, padahal ${reason.id}. Bungkus dengan agregat, mis. sum(...) atau avg(...).`,
    `Measure "${raw.alias}" (${raw.expression}) reads row values, but ${reason.en}. Wrap it in an aggregate, e.g. sum(...) or avg(...).`,
    { alias: raw.alias, expression: raw.expression },
  );
}

/** DuckDB folds case, so `Total` and `total` would clash as output columns. */
function checkUnique(outputs: string[]): void {
  const seen = new Set<string>();
  for (const name of outputs) {
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw badQuery(
        `Nama kolom hasil "${name}" muncul dua kali; beri setiap ukuran dan kolom pengelompokan nama yang berbeda.`,
        `Output column "${name}" appears twice; give every measure and group column a different name.`,
        { name },
      );
    }
    seen.add(key);
  }
}

/**
 * Orders by output position (`ORDER BY 2`), never by name: a measure alias may equal a table
 * column, and a position cannot be bound to the wrong one. NULLS LAST keeps unreported values
 * from heading a ranking whatever the engine's default.
 */
function orderTerm(
  order: OrderBy,
  table: TableSchema,
  groups: string[],
  outputs: string[],
): string {
  let index = outputs.indexOf(order.key);
  if (index < 0) {
    const groupIndex = groups.findIndex((g) => g.toLowerCase() === String(order.key).toLowerCase());
    index = groupIndex;
  }
  if (index < 0) {
    const list = listNames(outputs);
    throw badQuery(
      `Tidak bisa mengurutkan menurut "${String(order.key)}": pilih salah satu kolom hasil ${list.id}.`,
      `Cannot sort by "${String(order.key)}": choose one of the output columns ${list.en}.`,
      { key: order.key, available: outputs, table: table.table },
    );
  }
  return `${index + 1} ${order.desc === true ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** Inlined into SQL, so it must be a plain non-negative integer, checked here. */
function checkCount(value: number, name: 'limit' | 'offset', max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badQuery(
      `Nilai ${name} harus bilangan bulat dari 0 sampai ${max}, bukan ${String(value)}.`,
      `${name} must be a whole number from 0 to ${max}, not ${String(value)}.`,
      { [name]: value, max },
    );
  }
  return value;
}
