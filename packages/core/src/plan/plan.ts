/**
 * The one query form of Pantau: a plan is plain, JSON-serialisable data that says what a widget
 * needs (which table, which groups, which measures, which filter, in what order, how many rows),
 * never SQL. The coordinator caches plans by their key, checks them against the table's schema,
 * answers them from pre-aggregated tables, merges an interaction's plans into one statement, and
 * renders them to SQL only at the edge, in a dialect (plan/duckdb-sql.ts). A server receives the
 * same plans (DESIGN.md "Remote engines").
 */

import type { MeasureNode } from '../sql/measure/ast.ts';
import type { FilterClause } from '../sql/filter.ts';

/** The periods a time column can be cut to (a fixed list: never page text). */
export type TruncUnit = 'day' | 'week' | 'month' | 'year';

export const TRUNC_UNITS: readonly TruncUnit[] = ['day', 'week', 'month', 'year'];

/** A group key: a column as it is, or a date/time column cut to the start of its period. */
export interface PlanGroup {
  column: string;
  interval?: TruncUnit | null;
  /** The result column's name; default: the column's own name (in the schema's spelling). */
  as?: string;
}

/** A measure: the measure grammar's syntax tree (never SQL text), under its result name. */
export interface PlanMeasure {
  as: string;
  measure: MeasureNode;
  /** The text it was parsed from, for error messages that point into it. */
  text?: string;
}

export interface PlanOrder {
  /** A result column: a group's or a measure's name. */
  key: string;
  desc?: boolean;
  /** Text ordered without regard to case first (menus: "bappeda" beside "Bappeda"). */
  caseless?: boolean;
}

/**
 * The shapes beyond a grouped aggregate that widgets need:
 * - `page`: the number of result rows over all pages beside every row (a paged table, a menu
 *   that says how many values it leaves out), in the column `total`;
 * - `match`: beside the measures, how many rows contain `term` in `column` (a search box).
 */
export type PlanForm =
  { kind: 'page'; total: string } | { kind: 'match'; column: string; term: string; as: string };

/**
 * Names beside codes, without SQL: a column of a lookup table (a `<pantau-source key=...>`) shown
 * beside the plan's output that holds its key. Joined after the plan's own answer (after
 * aggregation), so a group, a cube and a cross-filter clause all stay on the code.
 */
export interface PlanLookup {
  /** The lookup table, as the engine knows it. */
  table: string;
  /** Its key column: one row per value (checked when the source loads). */
  key: string;
  /** The plan's output column whose values are the key's (a group's name, e.g. `unit_code`). */
  on: string;
  /** The lookup's column to show, e.g. `unit_name`. */
  column: string;
  /** The result column's name; it follows `on` in the answer. */
  as: string;
}

export interface QueryPlan {
  /** The table, as the engine knows it (a source's table, or a server's). */
  table: string;
  /** Lookup columns joined to the answer by key (see PlanLookup); a code with no row shows null. */
  lookups?: PlanLookup[];
  groups?: PlanGroup[];
  measures?: PlanMeasure[];
  filter?: FilterClause[];
  order?: PlanOrder[];
  limit?: number;
  offset?: number;
  form?: PlanForm;
}

/** Whether `value` is a plan rather than SQL text with parameters. */
export function isQueryPlan(value: unknown): value is QueryPlan {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { table?: unknown }).table === 'string' &&
    typeof (value as { sql?: unknown }).sql !== 'string'
  );
}

/**
 * The key a plan is cached, deduplicated and found in a snapshot by: its JSON with object keys
 * sorted, so two plans that ask the same thing have the same key however they were built.
 * Source positions in measure trees are left out: `sum(x)` asks the same wherever it was typed.
 */
export function planKey(plan: QueryPlan): string {
  const measures = plan.measures?.map(({ as, measure }) => ({ as, measure }));
  return stableJson(measures === undefined ? plan : { ...plan, measures });
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'bigint') return `"${value.toString()}n"`;
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([key, v]) => v !== undefined && key !== 'position')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
