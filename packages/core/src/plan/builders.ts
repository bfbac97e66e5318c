/**
 * Plan builders: the shapes widgets ask for, as plain data. Attribute text (measures such as
 * `avg("Waktu Proses (hari)")`) is parsed here into the measure grammar's tree, so a plan never
 * carries SQL; columns and types are checked when the plan is rendered (plan/duckdb-sql.ts) or
 * received by a server.
 */

import type { FilterClause } from '../sql/filter.ts';
import { parseMeasure } from '../sql/measure/parse.ts';
import type { PlanGroup, PlanMeasure, PlanOrder, QueryPlan, TruncUnit } from './plan.ts';

/** A measure from its text (`sum(received)`, `ikm`), named `as` (default: the text itself). */
export function measure(text: string, as: string = text): PlanMeasure {
  return { as, measure: parseMeasure(text), text };
}

/** A column's value as it is, for a plain projection (one row per table row). */
export function columnValue(column: string, as: string = column): PlanMeasure {
  return {
    as,
    measure: { kind: 'name', name: column, quoted: true, position: 0 },
    text: `"${column.replace(/"/g, '""')}"`,
  };
}

export interface AggregateSpec {
  table: string;
  /** Group keys: column names, or columns cut to a period. */
  groups?: readonly (string | PlanGroup)[];
  /** Result name -> measure text (the measure grammar). */
  measures?: Readonly<Record<string, string>>;
  filter?: readonly FilterClause[];
  order?: readonly PlanOrder[];
  limit?: number;
  offset?: number;
}

/** One row per group (or one for the whole filtered table without groups). */
export function aggregatePlan(spec: AggregateSpec): QueryPlan {
  const plan: QueryPlan = {
    table: spec.table,
    groups: (spec.groups ?? []).map((g) => (typeof g === 'string' ? { column: g } : { ...g })),
    measures: Object.entries(spec.measures ?? {}).map(([as, text]) => measure(text, as)),
    filter: [...(spec.filter ?? [])],
  };
  if (spec.order !== undefined && spec.order.length > 0) plan.order = [...spec.order];
  if (spec.limit !== undefined) plan.limit = spec.limit;
  if (spec.offset !== undefined) plan.offset = spec.offset;
  return plan;
}

/** Rows a time series may receive; more is a sign it should aggregate (set an interval). */
export const MAX_PERIOD_ROWS = 100_000;

/** One row per group (and period), ordered by the groups in their order: lines, heatmaps. */
export function periodPlan(spec: {
  table: string;
  groups: readonly PlanGroup[];
  measures: Readonly<Record<string, string>>;
  filter?: readonly FilterClause[];
  limit?: number;
}): QueryPlan {
  return aggregatePlan({
    ...spec,
    order: spec.groups.map((g) => ({ key: g.as ?? g.column })),
    limit: spec.limit ?? MAX_PERIOD_ROWS,
  });
}

/**
 * The newest `periods` periods of `time` (cut to `interval` when given), newest first: a KPI's
 * headline, the period it compares with, and its sparkline. Rows without a period belong to none.
 */
export function latestPeriodsPlan(spec: {
  table: string;
  time: string;
  interval: TruncUnit | null;
  value: string;
  filter?: readonly FilterClause[];
  periods: number;
}): QueryPlan {
  return aggregatePlan({
    table: spec.table,
    groups: [{ column: spec.time, interval: spec.interval }],
    measures: { [spec.value]: spec.value },
    filter: [...(spec.filter ?? []), { column: spec.time, predicate: 'not_null' }],
    order: [{ key: spec.time, desc: true }],
    limit: spec.periods,
  });
}

/**
 * A paged table: one page of rows in `order`, with the number of rows over all pages beside each
 * row (`total`), so the pager and the page agree in one round trip. `page: null` gives every row,
 * in order and without the count (a CSV export).
 */
export function pagePlan(spec: {
  table: string;
  groups: readonly string[];
  measures: readonly PlanMeasure[];
  filter?: readonly FilterClause[];
  order: readonly PlanOrder[];
  page: number | null;
  pageSize: number;
  total: string;
}): QueryPlan {
  const plan: QueryPlan = {
    table: spec.table,
    groups: spec.groups.map((column) => ({ column })),
    measures: [...spec.measures],
    filter: [...(spec.filter ?? [])],
    order: [...spec.order],
  };
  if (spec.page === null) return plan;
  const page = Math.max(0, Math.trunc(spec.page));
  return {
    ...plan,
    limit: spec.pageSize,
    offset: page * spec.pageSize,
    form: { kind: 'page', total: spec.total },
  };
}

/**
 * A menu's choices: the distinct non-null values of `column` with their row counts, in value
 * order (text without regard to case), at most `limit`, with `total` distinct values beside them
 * so the menu can say what it leaves out. `search` narrows them (case-insensitive substring).
 */
export function optionsPlan(spec: {
  table: string;
  column: string;
  text: boolean;
  filter: readonly FilterClause[];
  search: string;
  limit: number;
}): QueryPlan {
  const filter: FilterClause[] = [...spec.filter, { column: spec.column, predicate: 'not_null' }];
  const search = spec.search.trim();
  if (search !== '') filter.push({ column: spec.column, predicate: 'contains', value: search });
  return {
    table: spec.table,
    groups: [{ column: spec.column, as: 'value' }],
    measures: [measure('count(*)', 'count')],
    filter,
    order: [{ key: 'value', caseless: spec.text }],
    limit: spec.limit,
    form: { kind: 'page', total: 'total' },
  };
}

/** The lowest and highest value of `column`, and how many rows have one: a range's ends. */
export function extentPlan(spec: {
  table: string;
  column: string;
  filter: readonly FilterClause[];
}): QueryPlan {
  const quoted = `"${spec.column.replace(/"/g, '""')}"`;
  return {
    table: spec.table,
    measures: [
      measure(`min(${quoted})`, 'low'),
      measure(`max(${quoted})`, 'high'),
      measure(`count(${quoted})`, 'count'),
    ],
    filter: [...spec.filter],
  };
}

/** Rows under the other filters (`total`) and, with a term, how many contain it (`matches`). */
export function matchPlan(spec: {
  table: string;
  column: string;
  filter: readonly FilterClause[];
  term: string;
}): QueryPlan {
  const plan: QueryPlan = {
    table: spec.table,
    measures: [measure('count(*)', 'total')],
    filter: [...spec.filter],
  };
  const term = spec.term.trim();
  if (term !== '') plan.form = { kind: 'match', column: spec.column, term, as: 'matches' };
  return plan;
}
